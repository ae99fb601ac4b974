namespace Tdkt.Domain.Statistics;

/// <summary>Awards of one form to one kind of subject in the year (not revoked): count and money; for individuals,
/// how many were women, ethnic-minority people and direct workers (as recorded).</summary>
public sealed record ReportFact(string Level, string Code, string Subject, long Count, decimal Money,
    long Women = 0, long Minority = 0, long DirectWorkers = 0);

/// <summary>One line of the annual report: a form (<see cref="Code"/> set), a level subtotal (<see cref="Code"/> null,
/// <see cref="Level"/> set) or the grand total (both empty).</summary>
public sealed record ReportLine(string Level, string? Code, long Individuals, long Collectives, long Households, decimal Money,
    long Women, long Minority, long DirectWorkers)
{
    public long Total => Individuals + Collectives + Households;
    public bool IsSubtotal => Code is null && Level.Length > 0;
    public bool IsGrandTotal => Code is null && Level.Length == 0;
}

/// <summary>
/// Báo cáo thống kê công tác khen thưởng năm (issue 14 item 4), built from the registry: for each level (Trung ương,
/// cấp tỉnh, cấp cơ sở) a subtotal line then one line per form, and the grand total; columns cá nhân, tập thể (village
/// counted as collective), hộ gia đình, tổng số, tiền thưởng, and among individuals: nữ, dân tộc thiểu số, người lao động
/// trực tiếp. The official table of the Home Affairs statistical regime could not be read (docs/statistics-report.md),
/// so the columns follow domain.md §7's minimum data.
/// </summary>
public static class AnnualReport
{
    /// <summary>Levels in report order.</summary>
    public static readonly IReadOnlyList<string> Levels = ["TW", "TINH", "CS", ""];

    public static IReadOnlyList<ReportLine> Build(IEnumerable<ReportFact> facts, Func<string, string> formOrder)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(formOrder);
        var list = facts.ToList();
        var lines = new List<ReportLine>();
        foreach (var level in Levels)
        {
            var ofLevel = list.Where(f => f.Level == level).ToList();
            if (ofLevel.Count == 0)
            {
                continue;
            }

            lines.Add(Line(level, null, ofLevel));
            lines.AddRange(ofLevel.GroupBy(f => f.Code, StringComparer.Ordinal)
                .OrderBy(g => formOrder(g.Key), StringComparer.Ordinal).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => Line(level, g.Key, g)));
        }

        lines.Add(Line(string.Empty, null, list));
        return lines;
    }

    private static ReportLine Line(string level, string? code, IEnumerable<ReportFact> facts)
    {
        long individuals = 0, collectives = 0, households = 0, women = 0, minority = 0, workers = 0;
        decimal money = 0;
        foreach (var f in facts)
        {
            switch (f.Subject)
            {
                case "Individual":
                    individuals += f.Count;
                    women += f.Women;
                    minority += f.Minority;
                    workers += f.DirectWorkers;
                    break;
                case "Household":
                    households += f.Count;
                    break;
                default:
                    collectives += f.Count;
                    break;
            }

            money += f.Money;
        }

        return new ReportLine(level, code, individuals, collectives, households, money, women, minority, workers);
    }
}
