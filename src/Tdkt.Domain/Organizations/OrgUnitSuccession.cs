namespace Tdkt.Domain.Organizations;

/// <summary>A link from a closed (or split) unit to the unit that carries it on.</summary>
public sealed class OrgUnitSuccession
{
    private OrgUnitSuccession() { }

    public OrgUnitSuccession(int predecessorId, int successorId, SuccessionKind kind, DateOnly effectiveOn, string? note)
    {
        PredecessorId = predecessorId;
        SuccessorId = successorId;
        Kind = kind;
        EffectiveOn = effectiveOn;
        Note = note;
    }

    public int Id { get; private set; }
    public int PredecessorId { get; private set; }
    public int SuccessorId { get; private set; }
    public SuccessionKind Kind { get; private set; }

    /// <summary>First day the successor carries the predecessor on.</summary>
    public DateOnly EffectiveOn { get; private set; }

    /// <summary>The act that made the change, e.g. "Nghị quyết 1670/NQ-UBTVQH15".</summary>
    public string? Note { get; private set; }
}
