using Tdkt.Domain.Common;

namespace Tdkt.Domain.Planning;

/// <summary>Tình trạng thực hiện nhiệm vụ.</summary>
public enum TaskProgressStatus
{
    NotStarted,
    InProgress,
    Done,
    Paused,
}

/// <summary>
/// One row of a plan's task table (nội dung nhiệm vụ): content, lead unit (đơn vị chủ trì), coordinating units
/// (đơn vị phối hợp) and the timeframe as written with its dates. A lead unit written as text that matches no
/// unit keeps the text and no id: the row is flagged until someone picks the unit.
/// </summary>
public sealed class PlanTask
{
    private PlanTask()
    {
        Content = string.Empty;
        TimeframeText = string.Empty;
    }

    public int Id { get; private set; }
    public int PlanId { get; private set; }
    public int Order { get; private set; }
    public string Content { get; private set; }
    public int? LeadUnitId { get; private set; }

    /// <summary>The lead unit as the plan writes it ("Phòng Nội vụ").</summary>
    public string? LeadUnitText { get; private set; }

    public List<int> CoordinatingUnitIds { get; private set; } = [];

    /// <summary>Coordinating units as the plan writes them (groups like "UBND các xã, thị trấn" stay text).</summary>
    public string? CoordinatingText { get; private set; }

    public string TimeframeText { get; private set; }
    public TimeframeKind TimeframeKind { get; private set; }
    public DateOnly? Start { get; private set; }
    public DateOnly? End { get; private set; }
    public string? Recurrence { get; private set; }
    public int? OffsetDays { get; private set; }
    public string? RelativeTo { get; private set; }
    public bool Estimated { get; private set; }

    /// <summary>True when a person set the kind/dates by hand instead of the parser.</summary>
    public bool DatesCorrected { get; private set; }

    public TaskProgressStatus Status { get; private set; }
    public int Percent { get; private set; }
    public string? LastNote { get; private set; }
    public DateTimeOffset? LastReportAt { get; private set; }
    public uint Version { get; private set; }

    /// <summary>The lead unit was written but not matched to a unit: shown flagged with suggestions.</summary>
    public bool LeadUnitUnmatched => LeadUnitId is null;

    public DateOnly? DueDate => End;

    public static Result<PlanTask> Create(int planId, int order, string? content, int? leadUnitId, string? leadUnitText,
        IReadOnlyList<int> coordinatingUnitIds, string? coordinatingText, string? timeframeText, int planYear)
    {
        var c = Movement.NullIfEmpty(content);
        if (c is null)
        {
            return new ValidationError("Content", "Nội dung nhiệm vụ là bắt buộc.");
        }

        var lead = VietnameseText.Normalize(leadUnitText);
        if (leadUnitId is null && lead.Length == 0)
        {
            return new ValidationError("LeadUnitText", "Đơn vị chủ trì là bắt buộc: chọn đơn vị hoặc gõ tên đơn vị như kế hoạch ghi.");
        }

        var task = new PlanTask
        {
            PlanId = planId,
            Order = order,
            Content = c,
            LeadUnitId = leadUnitId,
            LeadUnitText = lead.Length == 0 ? null : lead,
            CoordinatingUnitIds = [.. coordinatingUnitIds.Distinct()],
            CoordinatingText = Movement.NullIfEmpty(coordinatingText),
            Status = TaskProgressStatus.NotStarted,
        };
        task.SetTimeframe(TimeframeParser.Parse(timeframeText, planYear));
        return task;
    }

    /// <summary>Re-reads the timeframe text (kept as written) and drops any manual correction.</summary>
    public void SetTimeframe(Timeframe t)
    {
        TimeframeText = t.Text;
        TimeframeKind = t.Kind;
        Start = t.Start;
        End = t.End;
        Recurrence = t.Recurrence;
        OffsetDays = t.OffsetDays;
        RelativeTo = t.RelativeTo;
        Estimated = t.Estimated;
        DatesCorrected = false;
    }

    /// <summary>A person corrects what the parser read; the text stays as the plan wrote it.</summary>
    public Result CorrectDates(TimeframeKind kind, DateOnly? start, DateOnly? end)
    {
        if (kind == TimeframeKind.Unknown)
        {
            if (start is not null || end is not null)
            {
                return new ValidationError("Kind", "Loại \"Chưa xác định\" không có ngày. Hãy chọn loại khác hoặc xóa ngày.");
            }
        }
        else if (end is null)
        {
            return new ValidationError("End", "Hãy nhập ngày kết thúc (hạn) theo dạng dd/MM/yyyy.");
        }

        if (start is { } s && end is { } e && e < s)
        {
            return new ValidationError("End", $"Ngày kết thúc ({ViFormat.Date(e)}) không được trước ngày bắt đầu ({ViFormat.Date(s)}).");
        }

        TimeframeKind = kind;
        Start = kind == TimeframeKind.Deadline ? null : start;
        End = end;
        Recurrence = kind == TimeframeKind.Recurring ? "yearly" : null;
        if (kind != TimeframeKind.Relative)
        {
            OffsetDays = null;
            RelativeTo = null;
        }

        DatesCorrected = true;
        return Result.Success();
    }

    public void Edit(int order, string content, string? coordinatingText, IReadOnlyList<int> coordinatingUnitIds)
    {
        Order = order;
        Content = Movement.NullIfEmpty(content) ?? Content;
        CoordinatingText = Movement.NullIfEmpty(coordinatingText);
        CoordinatingUnitIds = [.. coordinatingUnitIds.Distinct()];
    }

    /// <summary>Someone picks the unit for a lead written as text; the text is kept.</summary>
    public void AssignLeadUnit(int unitId) => LeadUnitId = unitId;

    /// <summary>The lead unit reports progress. Returns the report to keep as a history row.</summary>
    public Result<TaskProgressReport> Report(TaskProgressStatus status, int percent, string? note, DateTimeOffset at, string? userId, string userName)
    {
        var check = TaskProgress.Check(Status, status, percent, note);
        if (check.IsFailure)
        {
            return check.Error!;
        }

        var pct = TaskProgress.Normalize(status, percent);
        Status = status;
        Percent = pct;
        LastNote = Movement.NullIfEmpty(note);
        LastReportAt = at;
        return new TaskProgressReport(Id, at, userId, userName, status, pct, LastNote);
    }
}

/// <summary>One progress report on a task (history row; never updated).</summary>
public sealed class TaskProgressReport
{
    private TaskProgressReport()
    {
        UserName = string.Empty;
    }

    public TaskProgressReport(int taskId, DateTimeOffset at, string? userId, string userName, TaskProgressStatus status, int percent, string? note)
    {
        TaskId = taskId;
        At = at;
        UserId = userId;
        UserName = userName;
        Status = status;
        Percent = percent;
        Note = note;
    }

    public long Id { get; private set; }
    public int TaskId { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string? UserId { get; private set; }
    public string UserName { get; private set; }
    public TaskProgressStatus Status { get; private set; }
    public int Percent { get; private set; }
    public string? Note { get; private set; }
}

/// <summary>Rules of progress reports and of what is overdue or due soon.</summary>
public static class TaskProgress
{
    public const int DefaultReminderDays = 7;

    /// <summary>
    /// Allowed: any status to any other, with these rules: percentage 0–100; "Hoàn thành" means 100 %;
    /// "Chưa bắt đầu" means 0 % and cannot be reported once work has started; pausing and reopening a
    /// finished task need a note saying why.
    /// </summary>
    public static Result Check(TaskProgressStatus from, TaskProgressStatus to, int percent, string? note)
    {
        if (percent is < 0 or > 100)
        {
            return new ValidationError("Percent", "Tỷ lệ hoàn thành phải từ 0 đến 100 (%).");
        }

        var hasNote = !string.IsNullOrWhiteSpace(note);
        if (to == TaskProgressStatus.NotStarted && from != TaskProgressStatus.NotStarted)
        {
            return new ValidationError("Status", "Nhiệm vụ đã bắt đầu thực hiện, không thể chuyển về \"Chưa bắt đầu\". Hãy chọn \"Tạm dừng\" nếu ngừng thực hiện.");
        }

        if (to == TaskProgressStatus.NotStarted && percent > 0)
        {
            return new ValidationError("Percent", "Nhiệm vụ chưa bắt đầu thì tỷ lệ hoàn thành là 0 %.");
        }

        if (to == TaskProgressStatus.Paused && !hasNote)
        {
            return new ValidationError("Note", "Hãy ghi lý do tạm dừng vào phần ghi chú.");
        }

        if (from == TaskProgressStatus.Done && to != TaskProgressStatus.Done && !hasNote)
        {
            return new ValidationError("Note", "Nhiệm vụ đã hoàn thành; muốn mở lại hãy ghi lý do vào phần ghi chú.");
        }

        if (to == TaskProgressStatus.InProgress && percent == 100)
        {
            return new ValidationError("Percent", "Tỷ lệ 100 % nghĩa là đã hoàn thành: hãy chọn trạng thái \"Hoàn thành\".");
        }

        return Result.Success();
    }

    public static int Normalize(TaskProgressStatus status, int percent) => status switch
    {
        TaskProgressStatus.Done => 100,
        TaskProgressStatus.NotStarted => 0,
        _ => percent,
    };

    /// <summary>Overdue: the due date has passed (strictly before today) and the task is not done.</summary>
    public static bool IsOverdue(DateOnly? due, TaskProgressStatus status, DateOnly today) =>
        due is { } d && d < today && status != TaskProgressStatus.Done;

    /// <summary>Due soon: not done and due between today and today + <paramref name="days"/> (inclusive).</summary>
    public static bool IsDueSoon(DateOnly? due, TaskProgressStatus status, DateOnly today, int days = DefaultReminderDays) =>
        due is { } d && status != TaskProgressStatus.Done && d >= today && d <= today.AddDays(days);
}
