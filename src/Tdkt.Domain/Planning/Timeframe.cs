using System.Globalization;
using System.Text.RegularExpressions;
using Tdkt.Domain.Common;

namespace Tdkt.Domain.Planning;

public enum TimeframeKind
{
    /// <summary>A span of dates (Tháng 5, 6, 7; Quý I; Năm 2023; Giai đoạn 2022-2025).</summary>
    Range,
    /// <summary>A due date (Trước ngày 24/11/2023; Hoàn thành trong tháng 02 năm 2025): <see cref="Timeframe.End"/>.</summary>
    Deadline,
    /// <summary>A yearly due date (trước ngày 20 tháng 11 hằng năm): dates for the given year.</summary>
    Recurring,
    /// <summary>All along the period (Thường xuyên trong năm).</summary>
    Continuous,
    /// <summary>Relative to an event (trước 15 ngày): <see cref="Timeframe.OffsetDays"/>.</summary>
    Relative,
    /// <summary>Not understood: the text is kept and nothing is guessed.</summary>
    Unknown,
}

/// <summary>
/// A timeframe as Vietnamese plans write it, turned into dates. Start and End are inclusive. "Trước ngày X"
/// is read as due on X (the date the plan names), which is how officers file it.
/// </summary>
public sealed record Timeframe(
    TimeframeKind Kind,
    DateOnly? Start,
    DateOnly? End,
    string? Recurrence,
    int? OffsetDays,
    string? RelativeTo,
    bool Estimated,
    string Text)
{
    public static Timeframe Unknown(string text) => new(TimeframeKind.Unknown, null, null, null, null, null, false, text);

    /// <summary>The day the work is due: End for every kind that has dates.</summary>
    public DateOnly? DueDate => End;
}

/// <summary>
/// Reads the timeframe column of Vietnamese plans ("Thường xuyên trong năm", "Trong quý I", "Tháng 5, 6, 7",
/// "Trước ngày 24/11/2023", "trước ngày 20 tháng 11 hằng năm", "trước 15 ngày"...). Text it cannot read
/// for certain comes back <see cref="TimeframeKind.Unknown"/>: never a wrong date.
/// </summary>
public static partial class TimeframeParser
{
    /// <param name="text">The text as written in the plan.</param>
    /// <param name="year">The plan's year, used when the text names no year.</param>
    public static Timeframe Parse(string? text, int year)
    {
        var original = VietnameseText.Normalize(text);
        if (original.Length == 0 || year is < 1900 or > 2200)
        {
            return Timeframe.Unknown(original);
        }

        var t = Clean(VietnameseText.Fold(original));
        var estimated = false;
        if (t.StartsWith("du kien", StringComparison.Ordinal))
        {
            estimated = true;
            t = Clean(t["du kien".Length..]);
        }

        try
        {
            var result = ParseCore(t, year, original);
            return result with { Estimated = estimated && result.Kind != TimeframeKind.Unknown };
        }
        catch (ArgumentOutOfRangeException)
        {
            return Timeframe.Unknown(original); // e.g. 31/02: an impossible date is not guessed
        }
    }

    private static Timeframe ParseCore(string t, int year, string original)
    {
        Timeframe Make(TimeframeKind kind, DateOnly? start, DateOnly? end, string? recurrence = null, int? offset = null, string? relativeTo = null) =>
            new(kind, start, end, recurrence, offset, relativeTo, false, original);

        // "Thường xuyên", "Thường xuyên trong năm", "Thường xuyên, liên tục"
        if (Continuous().IsMatch(t))
        {
            return Make(TimeframeKind.Continuous, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        }

        // "trước 15 ngày", "sau 5 ngày làm việc kể từ ngày họp"
        if (RelativeDays().Match(t) is { Success: true } rel)
        {
            var days = Int(rel.Groups["n"].Value);
            var sign = rel.Groups["dir"].Value == "truoc" ? -1 : 1;
            var to = rel.Groups["to"].Value.Trim();
            return Make(TimeframeKind.Relative, null, null, offset: sign * days, relativeTo: to.Length == 0 ? "sự kiện" : RelativeToText(original));
        }

        var recurring = YearlyWords().IsMatch(t);
        var tNoYearly = Clean(YearlyWords().Replace(t, " "));
        var deadline = StartsDeadline().IsMatch(tNoYearly);
        var body = Clean(StartsDeadline().Replace(tNoYearly, string.Empty));
        body = Clean(Fillers().Replace(body, string.Empty));

        // "Trước ngày 24/11/2023", "trước ngày 20 tháng 11 hằng năm", "ngày 15/12"
        if (SingleDate().Match(body) is { Success: true } d && d.Length == body.Length)
        {
            var dy = d.Groups["y"].Success ? Int(d.Groups["y"].Value) : year;
            if (recurring && d.Groups["y"].Success)
            {
                return Timeframe.Unknown(original); // "hằng năm" with a fixed year contradicts itself
            }

            var date = new DateOnly(dy, Int(d.Groups["m"].Value), Int(d.Groups["d"].Value));
            if (recurring)
            {
                return Make(TimeframeKind.Recurring, null, date, recurrence: "yearly");
            }

            return deadline ? Make(TimeframeKind.Deadline, null, date) : Make(TimeframeKind.Range, date, date);
        }

        // "Từ ngày 01/3 đến ngày 31/3/2023"
        if (DateToDate().Match(body) is { Success: true } dd)
        {
            var y2 = dd.Groups["y2"].Success ? Int(dd.Groups["y2"].Value) : year;
            var y1 = dd.Groups["y1"].Success ? Int(dd.Groups["y1"].Value) : y2;
            var start = new DateOnly(y1, Int(dd.Groups["m1"].Value), Int(dd.Groups["d1"].Value));
            var end = new DateOnly(y2, Int(dd.Groups["m2"].Value), Int(dd.Groups["d2"].Value));
            return end < start ? Timeframe.Unknown(original) : Make(deadline ? TimeframeKind.Deadline : TimeframeKind.Range, start, end);
        }

        (DateOnly Start, DateOnly End)? span = null;
        if (Months().Match(body) is { Success: true } m && m.Length == body.Length)
        {
            var months = MonthNumbers(m.Groups["list"].Value);
            var my = m.Groups["y"].Success ? Int(m.Groups["y"].Value) : year;
            if (months is null || months.Any(x => x is < 1 or > 12) || !Contiguous(months))
            {
                return Timeframe.Unknown(original);
            }

            span = (new DateOnly(my, months[0], 1), EndOfMonth(my, months[^1]));
        }
        else if (MonthToMonth().Match(body) is { Success: true } mm && mm.Length == body.Length)
        {
            var my = mm.Groups["y"].Success ? Int(mm.Groups["y"].Value) : year;
            int a = Int(mm.Groups["a"].Value), b = Int(mm.Groups["b"].Value);
            if (a is < 1 or > 12 || b is < 1 or > 12 || b < a)
            {
                return Timeframe.Unknown(original);
            }

            span = (new DateOnly(my, a, 1), EndOfMonth(my, b));
        }
        else if (Quarters().Match(body) is { Success: true } q && q.Length == body.Length)
        {
            var quarters = q.Groups["list"].Value.Split([',', ' ', '-'], StringSplitOptions.RemoveEmptyEntries)
                .Where(s => s != "va" && s != "quy").Select(Quarter).ToList();
            var qy = q.Groups["y"].Success ? Int(q.Groups["y"].Value) : year;
            if (quarters.Count == 0 || quarters.Any(x => x is null) || !Contiguous(quarters.Select(x => x!.Value).ToList()))
            {
                return Timeframe.Unknown(original);
            }

            span = (new DateOnly(qy, (quarters[0]!.Value * 3) - 2, 1), EndOfMonth(qy, quarters[^1]!.Value * 3));
        }
        else if (HalfYear().Match(body) is { Success: true } h && h.Length == body.Length)
        {
            var hy = h.Groups["y"].Success ? Int(h.Groups["y"].Value) : year;
            span = h.Groups["which"].Value == "dau"
                ? (new DateOnly(hy, 1, 1), new DateOnly(hy, 6, 30))
                : (new DateOnly(hy, 7, 1), new DateOnly(hy, 12, 31));
        }
        else if (Years().Match(body) is { Success: true } y && y.Length == body.Length)
        {
            var y1 = Int(y.Groups["a"].Value);
            var y2 = y.Groups["b"].Success ? Int(y.Groups["b"].Value) : y1;
            if (y2 < y1 || y2 - y1 > 20)
            {
                return Timeframe.Unknown(original);
            }

            span = (new DateOnly(y1, 1, 1), new DateOnly(y2, 12, 31));
        }
        else if (body is "nam" or "ca nam" or "trong nam" or "nam nay")
        {
            span = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        }

        if (span is not { } s)
        {
            if (recurring && body.Length == 0)
            {
                return Make(TimeframeKind.Recurring, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), recurrence: "yearly");
            }

            return Timeframe.Unknown(original);
        }

        if (recurring)
        {
            return Make(TimeframeKind.Recurring, s.Start, s.End, recurrence: "yearly");
        }

        return Make(deadline ? TimeframeKind.Deadline : TimeframeKind.Range, s.Start, s.End);
    }

    private static string Clean(string t)
    {
        t = Regex.Replace(t, @"[\.;:]+$", string.Empty);
        t = Regex.Replace(t, @"\s+", " ");
        t = Regex.Replace(t, @"\s*,\s*", ", ");
        t = Regex.Replace(t, @"\s*-\s*", "-");
        t = Regex.Replace(t, @"\s*/\s*", "/");
        t = Regex.Replace(t, @"^[,\s]+|[,\s]+$", string.Empty);
        return t.Trim();
    }

    private static string RelativeToText(string original)
    {
        var i = original.IndexOf("kể từ", StringComparison.OrdinalIgnoreCase);
        if (i < 0)
        {
            i = original.IndexOf("so với", StringComparison.OrdinalIgnoreCase);
        }

        return i < 0 ? "sự kiện" : original[i..].Trim();
    }

    private static int Int(string s) => int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);

    private static DateOnly EndOfMonth(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));

    private static List<int>? MonthNumbers(string list)
    {
        var parts = list.Replace("thang", " ", StringComparison.Ordinal).Replace(" va ", ",", StringComparison.Ordinal)
            .Split([',', ' '], StringSplitOptions.RemoveEmptyEntries);
        var result = new List<int>();
        foreach (var p in parts)
        {
            if (!int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                return null;
            }

            result.Add(n);
        }

        return result.Count == 0 ? null : result;
    }

    private static bool Contiguous(List<int> values)
    {
        for (var i = 1; i < values.Count; i++)
        {
            if (values[i] != values[i - 1] + 1)
            {
                return false;
            }
        }

        return true;
    }

    private static int? Quarter(string s) => s switch
    {
        "i" or "1" => 1,
        "ii" or "2" => 2,
        "iii" or "3" => 3,
        "iv" or "4" => 4,
        _ => null,
    };

    [GeneratedRegex(@"^thuong xuyen(,? lien tuc)?( trong (nam|ca nam|nam \d{4}|suot (ca )?nam))?( va hang nam| hang nam)?$")]
    private static partial Regex Continuous();

    [GeneratedRegex(@"^(?<dir>truoc|sau) (it nhat )?(?<n>\d{1,3}) ngay( lam viec)?(?<to>( (ke tu|so voi|truoc khi|sau khi) .*)?)$")]
    private static partial Regex RelativeDays();

    [GeneratedRegex(@"\b(dinh ky )?hang nam\b|\bmoi nam\b")]
    private static partial Regex YearlyWords();

    [GeneratedRegex(@"^(hoan thanh|cham nhat|khong muon hon|truoc|han chot|toi da)\b[^0-9]*?(?=(ngay |thang |quy |nam |\d|6 thang))")]
    private static partial Regex StartsDeadline();

    [GeneratedRegex(@"^((trong|vao|dip|thuc hien|to chuc|thoi gian)\s+)+")]
    private static partial Regex Fillers();

    [GeneratedRegex(@"(ngay )?(?<d>\d{1,2})(/| thang )(?<m>\d{1,2})((/| nam )(?<y>\d{4}))?$")]
    private static partial Regex SingleDate();

    [GeneratedRegex(@"^tu (ngay )?(?<d1>\d{1,2})/(?<m1>\d{1,2})(/(?<y1>\d{4}))? (den|toi)(-| )?(ngay )?(?<d2>\d{1,2})/(?<m2>\d{1,2})(/(?<y2>\d{4}))?$")]
    private static partial Regex DateToDate();

    [GeneratedRegex(@"^thang (?<list>\d{1,2}((, | va |, thang | va thang )\d{1,2})*)((/| nam )(?<y>\d{4}))?$")]
    private static partial Regex Months();

    [GeneratedRegex(@"^tu thang (?<a>\d{1,2}) (den|toi) (het )?thang (?<b>\d{1,2})((/| nam )(?<y>\d{4}))?$")]
    private static partial Regex MonthToMonth();

    [GeneratedRegex(@"^quy (?<list>(i{1,3}|iv|[1-4])((, | va |-|, quy | va quy )(i{1,3}|iv|[1-4]))*)((/| nam )(?<y>\d{4}))?$")]
    private static partial Regex Quarters();

    [GeneratedRegex(@"^6 thang (?<which>dau|cuoi) nam( (?<y>\d{4}))?$")]
    private static partial Regex HalfYear();

    [GeneratedRegex(@"^(giai doan |nam |cac nam )?(?<a>\d{4})((-| den | den nam )(?<b>\d{4}))?$")]
    private static partial Regex Years();
}
