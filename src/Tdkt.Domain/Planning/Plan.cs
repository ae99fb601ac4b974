using Tdkt.Domain.Common;

namespace Tdkt.Domain.Planning;

/// <summary>Kinds of plan section, as Vietnamese plans head them.</summary>
public enum PlanSectionKind
{
    /// <summary>Mục đích, yêu cầu.</summary>
    Purpose,
    /// <summary>Nội dung.</summary>
    Content,
    /// <summary>Giải pháp.</summary>
    Solutions,
    /// <summary>Tiến độ thực hiện.</summary>
    Schedule,
    /// <summary>Tổ chức thực hiện.</summary>
    Implementation,
    /// <summary>Kinh phí.</summary>
    Budget,
    /// <summary>Khác.</summary>
    Other,
}

/// <summary>One section of a plan: its kind, the heading as written, the text.</summary>
public sealed record PlanSection(PlanSectionKind Kind, string Heading, string Text);

public static class PlanNames
{
    public static string Vietnamese(this PlanSectionKind kind) => kind switch
    {
        PlanSectionKind.Purpose => "Mục đích, yêu cầu",
        PlanSectionKind.Content => "Nội dung",
        PlanSectionKind.Solutions => "Giải pháp",
        PlanSectionKind.Schedule => "Tiến độ thực hiện",
        PlanSectionKind.Implementation => "Tổ chức thực hiện",
        PlanSectionKind.Budget => "Kinh phí",
        PlanSectionKind.Other => "Khác",
    };

    public static string Vietnamese(this TimeframeKind kind) => kind switch
    {
        TimeframeKind.Range => "Khoảng thời gian",
        TimeframeKind.Deadline => "Hạn hoàn thành",
        TimeframeKind.Recurring => "Định kỳ",
        TimeframeKind.Continuous => "Thường xuyên",
        TimeframeKind.Relative => "Tính theo sự kiện",
        TimeframeKind.Unknown => "Chưa xác định",
        TimeframeKind.Date => "Ngày cụ thể",
        TimeframeKind.Duration => "Thời lượng",
    };

    public static string Vietnamese(this TaskProgressStatus status) => status switch
    {
        TaskProgressStatus.NotStarted => "Chưa bắt đầu",
        TaskProgressStatus.InProgress => "Đang thực hiện",
        TaskProgressStatus.Done => "Hoàn thành",
        TaskProgressStatus.Paused => "Tạm dừng",
    };
}

public sealed record PlanData(
    string? Title,
    string? Number,
    int OwnerUnitId,
    int Year,
    DateOnly? IssuedOn,
    int? MovementId,
    int? ParentPlanId,
    IReadOnlyList<string> LegalBases,
    IReadOnlyList<PlanSection> Sections);

/// <summary>
/// A plan (kế hoạch) of a unit: sections and a task table. It may implement a movement and/or a parent plan.
/// A parsed document (PlanDraft) maps onto it field by field: title, legal bases, sections (kind + text), tasks.
/// </summary>
public sealed class Plan
{
    public const int TitleMaxLength = 500;

    private Plan()
    {
        Title = string.Empty;
    }

    public int Id { get; private set; }
    public string Title { get; private set; }

    /// <summary>Số ký hiệu ("2055/KH-UBND"), empty while the document has no number.</summary>
    public string? Number { get; private set; }

    public int OwnerUnitId { get; private set; }

    /// <summary>The plan's year: the year timeframes without a year are read in.</summary>
    public int Year { get; private set; }

    public DateOnly? IssuedOn { get; private set; }
    public int? MovementId { get; private set; }
    public int? ParentPlanId { get; private set; }
    public List<string> LegalBases { get; private set; } = [];
    public List<PlanSection> Sections { get; private set; } = [];
    public uint Version { get; private set; }

    public static Result<Plan> Create(PlanData data)
    {
        var p = new Plan();
        var error = p.Apply(data, null);
        return error is null ? p : error;
    }

    public Result Edit(PlanData data)
    {
        if (data.OwnerUnitId != OwnerUnitId)
        {
            return new ValidationError("OwnerUnitId", "Không thể đổi đơn vị ban hành của kế hoạch đã tạo.");
        }

        var error = Apply(data, Id);
        return error is null ? Result.Success() : error;
    }

    /// <summary>Bàn giao (ADR-0030): the plan of a closed unit is carried on by its successor.</summary>
    public void HandOver(int successorId) => OwnerUnitId = successorId;

    private ValidationError? Apply(PlanData d, int? selfId)
    {
        var title = VietnameseText.Normalize(d.Title);
        if (title.Length == 0)
        {
            return new ValidationError("Title", "Tên kế hoạch là bắt buộc.");
        }

        if (title.Length > TitleMaxLength)
        {
            return new ValidationError("Title", $"Tên kế hoạch tối đa {TitleMaxLength} ký tự.");
        }

        if (d.Year is < 1945 or > 2200)
        {
            return new ValidationError("Year", "Năm của kế hoạch không hợp lệ (ví dụ 2023).");
        }

        if (selfId is not null && d.ParentPlanId == selfId)
        {
            return new ValidationError("ParentPlanId", "Kế hoạch không thể là kế hoạch cấp trên của chính nó.");
        }

        Title = title;
        Number = Movement.NullIfEmpty(d.Number);
        OwnerUnitId = d.OwnerUnitId;
        Year = d.Year;
        IssuedOn = d.IssuedOn;
        MovementId = d.MovementId;
        ParentPlanId = d.ParentPlanId;
        LegalBases = [.. d.LegalBases];
        Sections = [.. d.Sections.Where(s => s.Text.Trim().Length > 0)];
        return null;
    }
}
