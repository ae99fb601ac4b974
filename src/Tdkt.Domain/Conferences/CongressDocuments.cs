using Tdkt.Domain.Planning;

namespace Tdkt.Domain.Conferences;

/// <summary>
/// Seed 004 (mục III.1): units send their congress plan, schedule, report and content to the standing agency
/// (Sở Nội vụ) "trước 15 ngày" — a relative timeframe of −15 days from the event, read by the same parser as plans.
/// </summary>
public static class CongressDocuments
{
    public const string RuleText = "trước 15 ngày";

    /// <summary>Days before the event a reminder turns into "sắp đến hạn".</summary>
    public const int DueSoonDays = 7;

    public static readonly Timeframe Rule = TimeframeParser.Parse(RuleText, 2024);

    /// <summary>The day the documents are due for an event on <paramref name="eventDate"/>: 15 days before.</summary>
    public static DateOnly? DueDate(DateOnly? eventDate) =>
        eventDate is { } d && Rule.OffsetDays is { } offset ? d.AddDays(offset) : null;

    public static DocumentsStatus Status(DateOnly? eventDate, DateOnly? sentOn, DateOnly today)
    {
        if (DueDate(eventDate) is not { } due)
        {
            return sentOn is null ? DocumentsStatus.NotApplicable : DocumentsStatus.Sent;
        }

        if (sentOn is { } s)
        {
            return s <= due ? DocumentsStatus.Sent : DocumentsStatus.SentLate;
        }

        if (today > due)
        {
            return DocumentsStatus.Late;
        }

        return today >= due.AddDays(-DueSoonDays) ? DocumentsStatus.DueSoon : DocumentsStatus.NotDue;
    }
}

/// <summary>The delegate composition: groups with expected counts, their sum and the expected total.</summary>
public sealed record DelegateComposition(IReadOnlyList<DelegateGroup> Groups, int? ExpectedTotal)
{
    public int Sum => Groups.Sum(g => g.Expected);

    /// <summary>True when an expected total is given and the groups do not add up to it.</summary>
    public bool Mismatch => ExpectedTotal is { } t && Groups.Count > 0 && Sum != t;

    public IEnumerable<(string Level, int Sum)> ByLevel =>
        Groups.GroupBy(g => g.Level).Select(g => (g.Key, g.Sum(x => x.Expected)));

    /// <summary>Lines "Cấp | Thành phần | Số lượng" (the level may be left out: "Thành phần | Số lượng").</summary>
    public static Common.Result<List<DelegateGroup>> ParseLines(string? text)
    {
        var result = new List<DelegateGroup>();
        var n = 0;
        foreach (var line in LineList.Lines(text))
        {
            n++;
            var parts = line.Split('|', StringSplitOptions.TrimEntries);
            if (parts.Length is < 2 or > 3 || !int.TryParse(parts[^1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var count))
            {
                return new Common.ValidationError("DelegateGroups", $"Dòng {n} \"{line}\": hãy ghi \"Cấp | Thành phần | Số lượng\", số lượng là số nguyên.");
            }

            var level = parts.Length == 3 ? parts[0] : string.Empty;
            var name = parts.Length == 3 ? parts[1] : parts[0];
            if (name.Length == 0)
            {
                return new Common.ValidationError("DelegateGroups", $"Dòng {n}: thiếu tên thành phần.");
            }

            result.Add(new DelegateGroup(level, name, count));
        }

        return result;
    }
}
