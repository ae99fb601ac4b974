using Tdkt.Domain.Common;
using Tdkt.Domain.Council;

namespace Tdkt.Domain.Organizations;

/// <summary>What a hand-over of a closed unit's open work moves (bàn giao công việc của đơn vị đã ngừng hoạt động).</summary>
public enum HandoverItemKind
{
    Dossier,
    Plan,
    ReportRequest,
    CouncilMember,
    Grant,
    UserHomeUnit,
}

/// <summary>
/// The 2025 reform carried through (ADR-0030): a closed unit's open work goes to its successor. Pure rules: who may
/// receive, the reason, which body receives a re-addressed dossier, and which council office a moved member holds.
/// </summary>
public static class Handover
{
    public const int ReasonMaxLength = 1000;

    /// <summary>Checks a hand-over request; returns the normalised reason (a preview may go without one). Errors name
    /// the field (id, successorId, reason).</summary>
    public static Result<string> Check(OrgUnit unit, OrgUnit successor, string? reason, DateOnly today, bool preview = false)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(successor);
        if (unit.ValidTo is null)
        {
            return new ValidationError("id", $"Đơn vị \"{unit.Name}\" đang hoạt động: chỉ bàn giao công việc của đơn vị đã đóng (đã có ngày cuối cùng hoạt động).");
        }

        if (successor.Id == unit.Id)
        {
            return new ValidationError("successorId", "Đơn vị tiếp nhận phải là đơn vị khác đơn vị đã đóng. Hãy chọn lại.");
        }

        if (successor.ValidTo is { } end)
        {
            return new ValidationError("successorId",
                $"Đơn vị tiếp nhận \"{successor.Name}\" cũng đã đóng (hoạt động đến {ViFormat.Date(end)}). Hãy chọn đơn vị đang hoạt động.");
        }

        if (successor.ValidFrom > today)
        {
            return new ValidationError("successorId",
                $"Đơn vị tiếp nhận \"{successor.Name}\" chỉ bắt đầu hoạt động từ {ViFormat.Date(successor.ValidFrom)}. Hãy bàn giao từ ngày đó.");
        }

        var text = VietnameseText.Normalize(reason);
        if (text.Length == 0 && !preview)
        {
            return new ValidationError("reason", "Lý do bàn giao là bắt buộc, ví dụ: sáp nhập theo Nghị quyết số … của Ủy ban Thường vụ Quốc hội.");
        }

        if (text.Length > ReasonMaxLength)
        {
            return new ValidationError("reason", $"Lý do bàn giao tối đa {ReasonMaxLength} ký tự.");
        }

        return text;
    }

    /// <summary>
    /// The receiving body of a dossier whose proposing unit moves: the closed unit's own inbox goes to the successor;
    /// a receiving body that is itself closed goes to its recorded successor, else to the body above the successor;
    /// an open receiving body stays.
    /// </summary>
    public static int ReceivingBody(int closedUnitId, int successorId, int? successorParentId, int receivingId,
        bool receivingClosed, int? receivingSuccessorId) =>
        receivingId == closedUnitId ? successorId
        : !receivingClosed ? receivingId
        : receivingSuccessorId ?? successorParentId ?? successorId;

    /// <summary>A moved member keeps the office unless the successor's council already has its holder (chair, standing
    /// vice-chair, secretary are held by one person): then the member sits as an ordinary member.</summary>
    public static CouncilOffice OfficeAtSuccessor(CouncilOffice office, IReadOnlyCollection<CouncilOffice> heldAtSuccessor)
    {
        ArgumentNullException.ThrowIfNull(heldAtSuccessor);
        var single = office is CouncilOffice.Chair or CouncilOffice.StandingViceChair or CouncilOffice.Secretary;
        return single && heldAtSuccessor.Contains(office) ? CouncilOffice.Member : office;
    }

    public static string Vietnamese(this HandoverItemKind kind) => kind switch
    {
        HandoverItemKind.Dossier => "Hồ sơ đề nghị khen thưởng",
        HandoverItemKind.Plan => "Kế hoạch",
        HandoverItemKind.ReportRequest => "Yêu cầu báo cáo",
        HandoverItemKind.CouncilMember => "Thành viên Hội đồng",
        HandoverItemKind.Grant => "Quyền người dùng",
        HandoverItemKind.UserHomeUnit => "Đơn vị công tác của người dùng",
        _ => kind.ToString(),
    };
}
