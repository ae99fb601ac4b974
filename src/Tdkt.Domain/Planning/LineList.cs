using System.Globalization;
using Tdkt.Domain.Common;

namespace Tdkt.Domain.Planning;

/// <summary>
/// Lists typed in a text area, one item per line, parts separated by "|": how the movement form takes
/// content items, participant groups, award quotas and milestones without a grid editor.
/// </summary>
public static class LineList
{
    public static List<string> Lines(string? text) =>
        (text ?? string.Empty).Split('\n')
            .Select(l => VietnameseText.Normalize(l.TrimStart('-', '•', ' ', '\t')))
            .Where(l => l.Length > 0)
            .ToList();

    public static string Join(IEnumerable<string> lines) => string.Join("\n", lines);

    public static List<ParticipantGroup> ParticipantGroups(string? text)
    {
        var list = new List<ParticipantGroup>();
        foreach (var line in Lines(text))
        {
            var parts = line.Split('|', 2);
            list.Add(new ParticipantGroup(parts[0].Trim(), parts.Length > 1 ? parts[1].Trim() : string.Empty));
        }

        return list;
    }

    /// <summary>"BK_TINH | 10 | Tập thể" per line.</summary>
    public static Result<List<AwardQuota>> AwardQuotas(string? text, string field)
    {
        var list = new List<AwardQuota>();
        var n = 0;
        foreach (var line in Lines(text))
        {
            n++;
            var parts = line.Split('|').Select(p => p.Trim()).ToArray();
            if (parts.Length < 2 || parts[0].Length == 0
                || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var quota))
            {
                return new ValidationError(field,
                    $"Dòng {n} \"{line}\" chưa đúng dạng \"Mã hình thức | Số lượng | Đối tượng\", ví dụ \"BK_TINH | 10 | Tập thể\".");
            }

            list.Add(new AwardQuota(parts[0].ToUpperInvariant(), quota, parts.Length > 2 ? parts[2] : string.Empty));
        }

        return list;
    }

    /// <summary>"Sơ kết giữa kỳ | 30/06/2023" per line.</summary>
    public static Result<List<Milestone>> Milestones(string? text, string field)
    {
        var list = new List<Milestone>();
        var n = 0;
        foreach (var line in Lines(text))
        {
            n++;
            var parts = line.Split('|').Select(p => p.Trim()).ToArray();
            if (parts.Length != 2 || parts[0].Length == 0 || !ViFormat.TryParseDate(parts[1], out var date))
            {
                return new ValidationError(field,
                    $"Dòng {n} \"{line}\" chưa đúng dạng \"Tên mốc | dd/MM/yyyy\", ví dụ \"Sơ kết giữa kỳ | 30/06/2023\".");
            }

            list.Add(new Milestone(parts[0], date));
        }

        return list;
    }

    public static string Format(IEnumerable<ParticipantGroup> groups) =>
        Join(groups.Select(g => g.Criteria.Length == 0 ? g.Name : $"{g.Name} | {g.Criteria}"));

    public static string Format(IEnumerable<AwardQuota> quotas) =>
        Join(quotas.Select(q => $"{q.AwardCode} | {q.Quota.ToString(CultureInfo.InvariantCulture)} | {q.SubjectKind}"));

    public static string Format(IEnumerable<Milestone> milestones) =>
        Join(milestones.Select(m => $"{m.Name} | {ViFormat.Date(m.Date)}"));

    /// <summary>A period bound typed as a year ("2021") or a date; a year means 01/01 (start) or 31/12 (end).</summary>
    public static Result<DateOnly?> PeriodBound(string? text, bool isEnd, string field, string label)
    {
        var t = (text ?? string.Empty).Trim();
        if (t.Length == 0)
        {
            return Result<DateOnly?>.Success(null);
        }

        if (t.Length == 4 && int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1945 and <= 2200)
        {
            return Result<DateOnly?>.Success(isEnd ? new DateOnly(year, 12, 31) : new DateOnly(year, 1, 1));
        }

        return ViFormat.TryParseDate(t, out var d)
            ? Result<DateOnly?>.Success(d)
            : new ValidationError(field, $"{label} \"{t}\" không hợp lệ. Hãy nhập năm (ví dụ 2021) hoặc ngày dd/MM/yyyy.");
    }
}
