namespace Tdkt.Domain.Nominations;

/// <summary>A public holiday (ngày nghỉ lễ, Tết) as stored data: the actual day off in that year.</summary>
public sealed record PublicHoliday(DateOnly Date, string Name);

/// <summary>
/// Working days (ngày làm việc): Monday to Friday except public holidays (Labour Code 2019 Art 112). The holidays
/// are data, because Tết, Giỗ Tổ (lunar) and the day next to 2/9 move every year and the Government fixes them.
/// </summary>
public sealed class WorkingCalendar
{
    private readonly HashSet<DateOnly> _holidays;

    public WorkingCalendar(IEnumerable<DateOnly> holidays)
    {
        _holidays = [.. holidays];
    }

    public static WorkingCalendar Default { get; } = new(VietnamHolidays.Defaults.Select(h => h.Date));

    public bool IsWorkingDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidays.Contains(day);

    /// <summary>The day on which a limit of <paramref name="workingDays"/> working days counted from the day after
    /// <paramref name="start"/> ends (a dossier received on Friday with 1 working day is due on Monday).</summary>
    public DateOnly AddWorkingDays(DateOnly start, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var day = start;
        var left = workingDays;
        while (left > 0)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                left--;
            }
        }

        return day;
    }

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/> (negative when
    /// <paramref name="to"/> is earlier).</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            return -WorkingDaysBetween(to, from);
        }

        var n = 0;
        for (var d = from.AddDays(1); d <= to; d = d.AddDays(1))
        {
            if (IsWorkingDay(d))
            {
                n++;
            }
        }

        return n;
    }
}

/// <summary>Default holiday data for 2023–2027 (Labour Code 2019 Art 112 and the yearly notices of the Ministry of
/// Labour / Home Affairs). Administrators correct and extend it in the app; 2026–2027 Tết and the day next to 2/9
/// are estimates until the Government's notice.</summary>
public static class VietnamHolidays
{
    public const string NewYear = "Tết Dương lịch";
    public const string LunarNewYear = "Tết Nguyên đán";
    public const string HungKings = "Giỗ Tổ Hùng Vương (10/3 âm lịch)";
    public const string Reunification = "Ngày Chiến thắng (30/4)";
    public const string Labour = "Ngày Quốc tế lao động (1/5)";
    public const string National = "Quốc khánh (2/9)";
    public const string NationalAdjacent = "Quốc khánh (ngày liền kề)";
    public const string Compensatory = "Nghỉ bù";

    public static IReadOnlyList<PublicHoliday> Defaults { get; } = Build();

    private static List<PublicHoliday> Build()
    {
        var list = new List<PublicHoliday>();
        void Add(int y, int m, int d, string name) => list.Add(new PublicHoliday(new DateOnly(y, m, d), name));
        void Range(DateOnly from, DateOnly to, string name)
        {
            for (var d = from; d <= to; d = d.AddDays(1))
            {
                list.Add(new PublicHoliday(d, name));
            }
        }

        foreach (var y in new[] { 2023, 2024, 2025, 2026, 2027 })
        {
            Add(y, 1, 1, NewYear);
            Add(y, 4, 30, Reunification);
            Add(y, 5, 1, Labour);
            Add(y, 9, 2, National);
        }

        // Tết Nguyên đán: the days off announced for civil servants (weekends inside the range included).
        Range(new(2023, 1, 20), new(2023, 1, 26), LunarNewYear);
        Range(new(2024, 2, 8), new(2024, 2, 14), LunarNewYear);
        Range(new(2025, 1, 25), new(2025, 2, 2), LunarNewYear);
        Range(new(2026, 2, 14), new(2026, 2, 22), LunarNewYear);
        Range(new(2027, 2, 4), new(2027, 2, 10), LunarNewYear);

        // Giỗ Tổ Hùng Vương, 10/3 âm lịch.
        Add(2023, 4, 29, HungKings);
        Add(2024, 4, 18, HungKings);
        Add(2025, 4, 7, HungKings);
        Add(2026, 4, 26, HungKings);
        Add(2027, 4, 16, HungKings);

        // The day before or after 2/9 (Art 112(1)(đ)), as the Government chose.
        Add(2023, 9, 1, NationalAdjacent);
        Add(2024, 9, 3, NationalAdjacent);
        Add(2025, 9, 1, NationalAdjacent);
        Add(2026, 9, 1, NationalAdjacent);
        Add(2027, 9, 3, NationalAdjacent);

        // Holidays falling on a weekend are taken on the next working day (Art 111(3)).
        Add(2023, 1, 2, Compensatory);
        Add(2023, 5, 2, Compensatory);
        Add(2023, 5, 3, Compensatory);
        Add(2023, 9, 4, Compensatory);
        Add(2026, 4, 27, Compensatory);
        Add(2027, 5, 3, Compensatory);
        return [.. list.DistinctBy(h => h.Date).OrderBy(h => h.Date)];
    }
}
