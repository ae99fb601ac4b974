using Tdkt.Domain.Common;

namespace Tdkt.Domain.Conferences;

public enum PilotStatus
{
    /// <summary>Held on or before the due date.</summary>
    Done,
    /// <summary>Held, but after the due date.</summary>
    DoneLate,
    Pending,
    Overdue,
}

/// <summary>
/// A pilot unit (đơn vị chỉ đạo điểm) of a congress cascade: seed 004 picks Sở Y tế and huyện Than Uyên at province
/// level (done in April 2025) and one commune per district (done in February 2025).
/// </summary>
public sealed class CongressPilot
{
    private CongressPilot()
    {
    }

    public int Id { get; private set; }

    /// <summary>The congress whose cascade this is (the provincial congress).</summary>
    public int EventId { get; private set; }

    public int OrgUnitId { get; private set; }
    public DateOnly DueDate { get; private set; }
    public string? Note { get; private set; }

    public static Result<CongressPilot> Create(int eventId, int orgUnitId, DateOnly? dueDate, string? note)
    {
        if (dueDate is not { } due)
        {
            return new ValidationError("DueDate", "Hãy nhập thời hạn hoàn thành Đại hội (Hội nghị) điểm theo dạng dd/MM/yyyy.");
        }

        var n = (note ?? string.Empty).Trim();
        return new CongressPilot { EventId = eventId, OrgUnitId = orgUnitId, DueDate = due, Note = n.Length == 0 ? null : n };
    }

    /// <summary>Done when the unit's own event in the cascade has been held.</summary>
    public static PilotStatus Status(DateOnly dueDate, DateOnly? heldOn, DateOnly today) => heldOn switch
    {
        { } h when h <= dueDate => PilotStatus.Done,
        not null => PilotStatus.DoneLate,
        null when today > dueDate => PilotStatus.Overdue,
        _ => PilotStatus.Pending,
    };
}
