using System.Globalization;
using Tdkt.Domain.Common;

namespace Tdkt.Domain.Planning;

public enum ReportFieldKind
{
    Number,
    Text,
}

/// <summary>A field of a report form: a stable key, its label, number or text.</summary>
public sealed record ReportField(string Key, string Label, ReportFieldKind Kind);

/// <summary>
/// A request for a periodic report (báo cáo định kỳ) from a requester unit to recipient units, with a form and a
/// due date that may recur each year on the same day (seed 001: "trước ngày 20 tháng 11 hằng năm").
/// </summary>
public sealed class ReportRequest
{
    private ReportRequest()
    {
        Title = string.Empty;
    }

    public int Id { get; private set; }
    public int RequesterUnitId { get; private set; }
    public string Title { get; private set; }
    public string? Instructions { get; private set; }
    public List<ReportField> Fields { get; private set; } = [];

    /// <summary>The first (or only) due date.</summary>
    public DateOnly DueDate { get; private set; }

    /// <summary>Due on the same day and month every year from <see cref="DueDate"/>'s year.</summary>
    public bool RecursYearly { get; private set; }

    public List<int> RecipientUnitIds { get; private set; } = [];
    public int? MovementId { get; private set; }

    public static Result<ReportRequest> Create(int requesterUnitId, string? title, string? instructions, IReadOnlyList<ReportField> fields,
        DateOnly? dueDate, bool recursYearly, IReadOnlyList<int> recipients, int? movementId)
    {
        var t = VietnameseText.Normalize(title);
        if (t.Length == 0)
        {
            return new ValidationError("Title", "Tên báo cáo là bắt buộc.");
        }

        if (fields.Count == 0)
        {
            return new ValidationError("Fields", "Hãy khai báo ít nhất một chỉ tiêu của mẫu báo cáo (dạng \"Nhãn | số\" hoặc \"Nhãn | chữ\").");
        }

        if (dueDate is null)
        {
            return new ValidationError("DueDate", "Hạn nộp là bắt buộc (dd/MM/yyyy).");
        }

        if (recipients.Count == 0)
        {
            return new ValidationError("RecipientUnitIds", "Hãy chọn ít nhất một đơn vị phải báo cáo.");
        }

        return new ReportRequest
        {
            RequesterUnitId = requesterUnitId,
            Title = t,
            Instructions = Movement.NullIfEmpty(instructions),
            Fields = [.. fields],
            DueDate = dueDate.Value,
            RecursYearly = recursYearly,
            RecipientUnitIds = [.. recipients.Distinct()],
            MovementId = movementId,
        };
    }

    /// <summary>Bàn giao (ADR-0030): the closed unit's place as requester or recipient goes to its successor.</summary>
    public void HandOver(int closedUnitId, int successorId)
    {
        if (RequesterUnitId == closedUnitId)
        {
            RequesterUnitId = successorId;
        }

        if (RecipientUnitIds.Contains(closedUnitId))
        {
            RecipientUnitIds = [.. RecipientUnitIds.Select(id => id == closedUnitId ? successorId : id).Distinct()];
        }
    }

    /// <summary>Report periods (years) that exist: the due date's year, or each year from it to <paramref name="today"/>'s.</summary>
    public IReadOnlyList<int> Periods(DateOnly today) => RecursYearly
        ? Enumerable.Range(DueDate.Year, Math.Max(1, today.Year - DueDate.Year + 1)).ToList()
        : [DueDate.Year];

    public DateOnly? DueFor(int year) => RecursYearly
        ? (year >= DueDate.Year ? ReportSchedule.SameDayIn(DueDate, year) : null)
        : (year == DueDate.Year ? DueDate : null);

    /// <summary>The period shown by default: the latest existing one.</summary>
    public int DefaultPeriod(DateOnly today) => Periods(today)[^1];

    /// <summary>"Nhãn | số" / "Nhãn | chữ" per line; keys are f1, f2… in order.</summary>
    public static Result<List<ReportField>> ParseFields(string? text)
    {
        var list = new List<ReportField>();
        var n = 0;
        foreach (var line in LineList.Lines(text))
        {
            n++;
            var parts = line.Split('|').Select(p => p.Trim()).ToArray();
            var kind = parts.Length == 2 ? VietnameseText.Fold(parts[1]) switch
            {
                "so" or "number" => ReportFieldKind.Number,
                "chu" or "van ban" or "text" => ReportFieldKind.Text,
                _ => (ReportFieldKind?)null,
            } : null;
            if (kind is null || parts[0].Length == 0)
            {
                return new ValidationError("Fields", $"Dòng {n} \"{line}\" chưa đúng dạng \"Nhãn | số\" hoặc \"Nhãn | chữ\".");
            }

            list.Add(new ReportField("f" + n.ToString(CultureInfo.InvariantCulture), parts[0], kind.Value));
        }

        return list;
    }

    public static string FormatFields(IEnumerable<ReportField> fields) =>
        LineList.Join(fields.Select(f => $"{f.Label} | {(f.Kind == ReportFieldKind.Number ? "số" : "chữ")}"));
}

public enum SubmissionStatus
{
    Draft,
    Submitted,
    Returned,
}

/// <summary>A recipient's answer for one period. Submitted once; again only after the requester returns it.</summary>
public sealed class ReportSubmission
{
    private ReportSubmission()
    {
    }

    public int Id { get; private set; }
    public int RequestId { get; private set; }
    public int OrgUnitId { get; private set; }
    public int Period { get; private set; }
    public SubmissionStatus Status { get; private set; }
    public Dictionary<string, string> Values { get; private set; } = [];
    public DateTimeOffset? SubmittedAt { get; private set; }
    public string? SubmittedBy { get; private set; }
    public string? ReturnReason { get; private set; }
    public uint Version { get; private set; }

    public static ReportSubmission Start(int requestId, int orgUnitId, int period) =>
        new() { RequestId = requestId, OrgUnitId = orgUnitId, Period = period, Status = SubmissionStatus.Draft };

    public bool IsEditable => Status is SubmissionStatus.Draft or SubmissionStatus.Returned;

    /// <summary>Saves the values (numbers checked) while the submission is a draft or returned.</summary>
    public Result Fill(IReadOnlyList<ReportField> fields, IReadOnlyDictionary<string, string?> values)
    {
        if (!IsEditable)
        {
            return new ConflictError("Báo cáo đã nộp, không sửa được. Nếu cần sửa, đề nghị đơn vị yêu cầu trả lại báo cáo.");
        }

        var clean = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var f in fields)
        {
            var v = (values.TryGetValue(f.Key, out var raw) ? raw : null)?.Trim() ?? string.Empty;
            if (v.Length == 0)
            {
                continue;
            }

            if (f.Kind == ReportFieldKind.Number)
            {
                if (!ReportSchedule.TryParseNumber(v, out var number))
                {
                    return new ValidationError(f.Key, $"\"{f.Label}\": \"{v}\" không phải là số. Hãy nhập số, ví dụ 1250 hoặc 12,5.");
                }

                v = number.ToString("0.############", CultureInfo.InvariantCulture);
            }

            clean[f.Key] = v;
        }

        Values = clean;
        return Result.Success();
    }

    public Result Submit(DateTimeOffset at, string userName)
    {
        if (!IsEditable)
        {
            return new ConflictError($"Báo cáo kỳ {Period.ToString(CultureInfo.InvariantCulture)} đã được nộp; mỗi kỳ chỉ nộp một lần.");
        }

        Status = SubmissionStatus.Submitted;
        SubmittedAt = at;
        SubmittedBy = userName;
        ReturnReason = null;
        return Result.Success();
    }

    public Result Return(string? reason)
    {
        if (Status != SubmissionStatus.Submitted)
        {
            return new ConflictError("Chỉ trả lại được báo cáo đã nộp.");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return new ValidationError("Reason", "Hãy ghi lý do trả lại.");
        }

        Status = SubmissionStatus.Returned;
        ReturnReason = reason.Trim();
        return Result.Success();
    }
}

public sealed record AggregateRow(int UnitId, string UnitName, SubmissionStatus? Status, bool Late, DateTimeOffset? SubmittedAt,
    IReadOnlyDictionary<string, string> Values);

public sealed record Aggregate(IReadOnlyList<ReportField> Fields, IReadOnlyList<AggregateRow> Rows, IReadOnlyDictionary<string, decimal> Sums,
    int SubmittedCount, int LateCount);

public static class ReportSchedule
{
    /// <summary>Same day and month in another year; 29/02 becomes 28/02 in common years.</summary>
    public static DateOnly SameDayIn(DateOnly date, int year) =>
        new(year, date.Month, Math.Min(date.Day, DateTime.DaysInMonth(year, date.Month)));

    /// <summary>Numbers as Vietnamese users type them: "1.250" (thousands) or "12,5" (decimal) or plain "1250".</summary>
    public static bool TryParseNumber(string text, out decimal value)
    {
        var t = text.Trim().Replace(" ", string.Empty, StringComparison.Ordinal);
        if (decimal.TryParse(t, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value))
        {
            return true;
        }

        return decimal.TryParse(t, NumberStyles.AllowLeadingSign | NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint,
            ViFormat.Culture, out value);
    }

    /// <summary>Late: not submitted (draft, returned or nothing) and the due date has passed.</summary>
    public static bool IsLate(SubmissionStatus? status, DateOnly? due, DateOnly today) =>
        status != SubmissionStatus.Submitted && due is { } d && d < today;

    /// <summary>Per-unit rows (every recipient, answered or not) and sums of the numeric fields over submitted reports.</summary>
    public static Aggregate Aggregate(IReadOnlyList<ReportField> fields, IEnumerable<(int UnitId, string UnitName)> recipients,
        IEnumerable<ReportSubmission> submissions, DateOnly? due, DateOnly today)
    {
        var byUnit = submissions.ToDictionary(s => s.OrgUnitId);
        var rows = new List<AggregateRow>();
        var sums = fields.Where(f => f.Kind == ReportFieldKind.Number).ToDictionary(f => f.Key, _ => 0m, StringComparer.Ordinal);
        foreach (var (unitId, name) in recipients)
        {
            byUnit.TryGetValue(unitId, out var s);
            var submitted = s?.Status == SubmissionStatus.Submitted;
            var values = submitted ? s!.Values : new Dictionary<string, string>();
            if (submitted)
            {
                foreach (var key in sums.Keys.ToList())
                {
                    if (values.TryGetValue(key, out var v) && decimal.TryParse(v, NumberStyles.Number, CultureInfo.InvariantCulture, out var d))
                    {
                        sums[key] += d;
                    }
                }
            }

            rows.Add(new AggregateRow(unitId, name, s?.Status, IsLate(s?.Status, due, today), submitted ? s!.SubmittedAt : null, values));
        }

        return new Aggregate(fields, rows, sums, rows.Count(r => r.Status == SubmissionStatus.Submitted), rows.Count(r => r.Late));
    }

    public static string Vietnamese(this SubmissionStatus? s) => s switch
    {
        null => "Chưa báo cáo",
        SubmissionStatus.Submitted => "Đã nộp",
        SubmissionStatus.Returned => "Bị trả lại",
        _ => "Đang soạn",
    };
}
