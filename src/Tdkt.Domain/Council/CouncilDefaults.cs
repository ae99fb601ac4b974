namespace Tdkt.Domain.Council;

/// <summary>A province's default session settings (set by the province Admin), offered when a secretary of any council
/// in the province schedules a session; each session keeps its own choice (ADR-0010).</summary>
/// <param name="Quorum">Members who must be present: 2/3 (the general rule) or 80 % (provincial practice for award sessions).</param>
/// <param name="ExcludeSameUnit">Members from the nominee's unit may not vote on that nominee.</param>
public sealed record CouncilDefaults(QuorumRule Quorum, bool ExcludeSameUnit)
{
    /// <summary>No province setting: 2/3, members of the nominee's unit may vote.</summary>
    public static readonly CouncilDefaults Standard = new(QuorumRule.TwoThirds, false);
}
