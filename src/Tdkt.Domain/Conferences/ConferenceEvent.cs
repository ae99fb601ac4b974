using System.Globalization;
using System.Text.RegularExpressions;
using Tdkt.Domain.Common;
using Tdkt.Domain.Planning;

namespace Tdkt.Domain.Conferences;

/// <summary>Loại hội nghị, đại hội.</summary>
public enum EventKind
{
    /// <summary>Hội nghị sơ kết.</summary>
    MidTermReview,
    /// <summary>Hội nghị tổng kết.</summary>
    FinalReview,
    /// <summary>Hội nghị biểu dương điển hình tiên tiến.</summary>
    ExemplaryHonouring,
    /// <summary>Hội nghị biểu dương người tốt, việc tốt.</summary>
    GoodDeeds,
    /// <summary>Đại hội Thi đua yêu nước.</summary>
    PatrioticCongress,
    /// <summary>Đại hội Thi đua Quyết thắng (lực lượng vũ trang).</summary>
    DeterminedToWinCongress,
    /// <summary>Đại hội Thi đua Vì an ninh Tổ quốc (công an).</summary>
    SecurityCongress,
}

/// <summary>Tình trạng gửi kế hoạch, lịch tổ chức, báo cáo về cơ quan thường trực.</summary>
public enum DocumentsStatus
{
    /// <summary>No standing agency or no date yet: nothing to check.</summary>
    NotApplicable,
    Sent,
    SentLate,
    NotDue,
    DueSoon,
    Late,
}

/// <summary>A group of delegates (thành phần) with its level and expected count: "Đại biểu tỉnh", 4.</summary>
public sealed record DelegateGroup(string Level, string Name, int Expected);

/// <summary>Awards per subject kind for a unit (phân bổ khen thưởng): ward X gets 2 individuals + 1 household.</summary>
public sealed record UnitQuota(int OrgUnitId, int Collectives, int Individuals, int Households);

public static class EventNames
{
    public static string Vietnamese(this EventKind kind) => kind switch
    {
        EventKind.MidTermReview => "Hội nghị sơ kết",
        EventKind.FinalReview => "Hội nghị tổng kết",
        EventKind.ExemplaryHonouring => "Hội nghị biểu dương điển hình tiên tiến",
        EventKind.GoodDeeds => "Hội nghị biểu dương người tốt, việc tốt",
        EventKind.PatrioticCongress => "Đại hội Thi đua yêu nước",
        EventKind.DeterminedToWinCongress => "Đại hội Thi đua Quyết thắng",
        EventKind.SecurityCongress => "Đại hội Thi đua Vì an ninh Tổ quốc",
    };

    /// <summary>Congresses (and the honouring conferences seed 004 allows in their place) take part in the cascade.</summary>
    public static bool IsCongress(this EventKind kind) =>
        kind is EventKind.PatrioticCongress or EventKind.DeterminedToWinCongress or EventKind.SecurityCongress;

    public static string Vietnamese(this DocumentsStatus s) => s switch
    {
        DocumentsStatus.NotApplicable => "Không áp dụng",
        DocumentsStatus.Sent => "Đã gửi",
        DocumentsStatus.SentLate => "Đã gửi (muộn)",
        DocumentsStatus.NotDue => "Chưa đến hạn",
        DocumentsStatus.DueSoon => "Sắp đến hạn",
        DocumentsStatus.Late => "Chậm gửi",
    };

    public static string Vietnamese(this PilotStatus s) => s switch
    {
        PilotStatus.Done => "Đã tổ chức",
        PilotStatus.DoneLate => "Đã tổ chức (sau thời hạn)",
        PilotStatus.Pending => "Chưa tổ chức",
        PilotStatus.Overdue => "Quá hạn, chưa tổ chức",
    };
}

/// <summary>The fields of an event, as the handler collected and parsed them.</summary>
public sealed record EventData(
    EventKind Kind,
    string? Title,
    int OrganiserUnitId,
    int? StandingAgencyId,
    int? MovementId,
    int? ParentEventId,
    int Year,
    string? TimeText,
    DateOnly? ExactDate,
    string? Venue,
    IReadOnlyList<string> Agenda,
    IReadOnlyList<DelegateGroup> DelegateGroups,
    int? ExpectedDelegates,
    decimal? BudgetAmount,
    string? FundingSource,
    string? BudgetDecision,
    int QuotaCollectives,
    int QuotaIndividuals,
    int QuotaHouseholds,
    IReadOnlyList<UnitQuota> UnitQuotas,
    DateOnly? DossierDeadline);

/// <summary>
/// A conference or congress (hội nghị sơ kết/tổng kết, biểu dương, đại hội thi đua): time as written and read by the
/// <see cref="TimeframeParser"/>, venue, agenda, delegate composition, budget, the award quota allotted to it, the
/// dossier deadline. Its assignments are the tasks of a linked <see cref="Plan"/>. Congresses in a cascade name
/// their parent event and send their documents to the standing agency (<see cref="CongressDocuments"/>).
/// </summary>
public sealed partial class ConferenceEvent
{
    public const int TitleMaxLength = 500;

    private ConferenceEvent()
    {
        Title = string.Empty;
        TimeText = string.Empty;
    }

    public int Id { get; private set; }
    public EventKind Kind { get; private set; }
    public string Title { get; private set; }
    public int OrganiserUnitId { get; private set; }
    public int? StandingAgencyId { get; private set; }
    public int? MovementId { get; private set; }
    public int? ParentEventId { get; private set; }

    /// <summary>Plan whose tasks are the assignments (tổ chức thực hiện).</summary>
    public int? PlanId { get; private set; }

    public int Year { get; private set; }

    /// <summary>The time as written: "Dự kiến trong tháng 12", "01 buổi, hoàn thành trong quý II năm 2025".</summary>
    public string TimeText { get; private set; }

    /// <summary>"01 buổi", "01 ngày" when the text starts with a duration.</summary>
    public string? Duration { get; private set; }

    public TimeframeKind TimeKind { get; private set; }
    public DateOnly? TimeStart { get; private set; }
    public DateOnly? TimeEnd { get; private set; }
    public bool TimeEstimated { get; private set; }
    public DateOnly? ExactDate { get; private set; }
    public string? Venue { get; private set; }
    public List<string> Agenda { get; private set; } = [];
    public List<DelegateGroup> DelegateGroups { get; private set; } = [];
    public int? ExpectedDelegates { get; private set; }
    public decimal? BudgetAmount { get; private set; }
    public string? FundingSource { get; private set; }
    public string? BudgetDecision { get; private set; }
    public int QuotaCollectives { get; private set; }
    public int QuotaIndividuals { get; private set; }
    public int QuotaHouseholds { get; private set; }
    public List<UnitQuota> UnitQuotas { get; private set; } = [];
    public DateOnly? DossierDeadline { get; private set; }

    /// <summary>Kế hoạch, lịch tổ chức, báo cáo sent to the standing agency: date, document number, optional file.</summary>
    public DateOnly? DocumentsSentOn { get; private set; }
    public string? DocumentsNumber { get; private set; }
    public int? DocumentsFileId { get; private set; }

    /// <summary>The day the organiser dates the giấy mời (issue 12): printed in the invitation's header; null = a
    /// blank day for the clerk.</summary>
    public DateOnly? InvitationDate { get; private set; }

    /// <summary>The day the giấy mời is dated: not after the event's day (an invitation goes out before the event).</summary>
    public Result SetInvitationDate(DateOnly? date)
    {
        if (date is { } d && EventDate is { } day && d > day)
        {
            return new ValidationError("InvitationDate",
                $"Ngày giấy mời {ViFormat.Date(d)} sau ngày tổ chức {ViFormat.Date(day)}: giấy mời phải đề ngày trước ngày tổ chức.");
        }

        InvitationDate = date;
        return Result.Success();
    }

    /// <summary>The day it was actually held (đã tổ chức).</summary>
    public DateOnly? HeldOn { get; private set; }

    public uint Version { get; private set; }

    /// <summary>The day the event takes place: the exact date, else the end of the written period (latest possible).</summary>
    public DateOnly? EventDate => ExactDate ?? TimeEnd;

    public EventQuota Quota => new(QuotaCollectives, QuotaIndividuals, QuotaHouseholds, UnitQuotas);

    public DelegateComposition Composition => new(DelegateGroups, ExpectedDelegates);

    public static Result<ConferenceEvent> Create(EventData data)
    {
        var e = new ConferenceEvent();
        var error = e.Apply(data, null);
        return error is null ? e : error;
    }

    public Result Edit(EventData data)
    {
        if (data.OrganiserUnitId != OrganiserUnitId)
        {
            return new ValidationError("OrganiserUnitId", "Không thể đổi đơn vị tổ chức của hội nghị đã tạo.");
        }

        var error = Apply(data, Id);
        return error is null ? Result.Success() : error;
    }

    public void LinkPlan(int? planId) => PlanId = planId;

    public Result RecordDocumentsSent(DateOnly sentOn, string? number, int? fileId)
    {
        var n = Movement.NullIfEmpty(number);
        if (n is null && fileId is null && DocumentsFileId is null)
        {
            return new ValidationError("DocumentsNumber", "Hãy nhập số văn bản hoặc tải lên tệp kế hoạch, lịch tổ chức, báo cáo.");
        }

        if (n is { Length: > 60 })
        {
            return new ValidationError("DocumentsNumber", "Số văn bản tối đa 60 ký tự.");
        }

        DocumentsSentOn = sentOn;
        DocumentsNumber = n ?? DocumentsNumber;
        DocumentsFileId = fileId ?? DocumentsFileId;
        return Result.Success();
    }

    public Result MarkHeld(DateOnly heldOn, DateOnly today)
    {
        if (heldOn > today)
        {
            return new ValidationError("HeldOn", $"Ngày tổ chức ({ViFormat.Date(heldOn)}) không được sau hôm nay ({ViFormat.Date(today)}).");
        }

        HeldOn = heldOn;
        return Result.Success();
    }

    /// <summary>Only a unit's event in a cascade (it has a parent congress) sends its documents to the standing agency.</summary>
    public DocumentsStatus DocumentsStatus(DateOnly today) =>
        ParentEventId is null || StandingAgencyId is null || StandingAgencyId == OrganiserUnitId
            ? Conferences.DocumentsStatus.NotApplicable
            : CongressDocuments.Status(EventDate, DocumentsSentOn, today);

    /// <summary>Reads "01 buổi, hoàn thành trong quý II năm 2025": the duration is kept apart, the rest is a timeframe.</summary>
    public static (string? Duration, Timeframe Time) ParseTime(string? text, int year)
    {
        var t = VietnameseText.Normalize(text);
        var m = DurationPrefix().Match(t);
        if (!m.Success)
        {
            return (null, TimeframeParser.Parse(t, year));
        }

        var rest = t[m.Length..];
        var parsed = TimeframeParser.Parse(rest, year);
        return (m.Groups["d"].Value.Trim(), parsed with { Text = t });
    }

    private ValidationError? Apply(EventData d, int? selfId)
    {
        var title = VietnameseText.Normalize(d.Title);
        if (title.Length == 0)
        {
            return new ValidationError("Title", "Tên hội nghị là bắt buộc.");
        }

        if (title.Length > TitleMaxLength)
        {
            return new ValidationError("Title", $"Tên hội nghị tối đa {TitleMaxLength} ký tự.");
        }

        if (d.Year is < 1945 or > 2200)
        {
            return new ValidationError("Year", "Năm tổ chức không hợp lệ (ví dụ 2023).");
        }

        var timeText = VietnameseText.Normalize(d.TimeText);
        if (timeText.Length == 0 && d.ExactDate is null)
        {
            return new ValidationError("TimeText", "Hãy ghi thời gian tổ chức (ví dụ \"Dự kiến trong tháng 12\") hoặc nhập ngày cụ thể.");
        }

        if (selfId is not null && d.ParentEventId == selfId)
        {
            return new ValidationError("ParentEventId", "Hội nghị không thể là hội nghị cấp trên của chính nó.");
        }

        if (d.BudgetAmount is < 0)
        {
            return new ValidationError("BudgetAmount", "Kinh phí không được âm.");
        }

        if (d.ExpectedDelegates is < 0 || d.DelegateGroups.Any(g => g.Expected < 0))
        {
            return new ValidationError("DelegateGroups", "Số đại biểu không được âm.");
        }

        var quota = new EventQuota(d.QuotaCollectives, d.QuotaIndividuals, d.QuotaHouseholds, d.UnitQuotas);
        if (quota.Validate() is { } quotaError)
        {
            return quotaError;
        }

        var (duration, time) = timeText.Length == 0 ? (null, Timeframe.Unknown(string.Empty)) : ParseTime(timeText, d.Year);
        Kind = d.Kind;
        Title = title;
        OrganiserUnitId = d.OrganiserUnitId;
        StandingAgencyId = d.StandingAgencyId;
        MovementId = d.MovementId;
        ParentEventId = d.ParentEventId;
        Year = d.Year;
        TimeText = time.Text;
        Duration = duration;
        TimeKind = time.Kind;
        TimeStart = time.Start;
        TimeEnd = time.End;
        TimeEstimated = time.Estimated;
        ExactDate = d.ExactDate;
        Venue = Movement.NullIfEmpty(d.Venue);
        Agenda = [.. d.Agenda.Select(a => a.Trim()).Where(a => a.Length > 0)];
        DelegateGroups = [.. d.DelegateGroups];
        ExpectedDelegates = d.ExpectedDelegates;
        BudgetAmount = d.BudgetAmount;
        FundingSource = Movement.NullIfEmpty(d.FundingSource);
        BudgetDecision = Movement.NullIfEmpty(d.BudgetDecision);
        QuotaCollectives = d.QuotaCollectives;
        QuotaIndividuals = d.QuotaIndividuals;
        QuotaHouseholds = d.QuotaHouseholds;
        UnitQuotas = [.. d.UnitQuotas];
        DossierDeadline = d.DossierDeadline;
        return null;
    }

    /// <summary>When the event is, in words: "Dự kiến trong tháng 12 (01/12/2023 – 31/12/2023)" or the exact date.</summary>
    public string WhenText => ExactDate is { } x
        ? ViFormat.Date(x) + (TimeText.Length > 0 ? $" ({TimeText})" : string.Empty)
        : TimeStart is { } s && TimeEnd is { } e
            ? $"{TimeText} ({ViFormat.Date(s)} – {ViFormat.Date(e)})"
            : TimeEnd is { } due ? $"{TimeText} (chậm nhất {ViFormat.Date(due)})" : TimeText;

    [GeneratedRegex(@"^(?<d>\d{1,2}\s+(buổi|ngày))\s*,\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DurationPrefix();

    internal static string Int(int n) => n.ToString(CultureInfo.InvariantCulture);
}
