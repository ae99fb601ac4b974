using Tdkt.Domain.Council;

namespace Tdkt.Web.Data;

/// <summary>A province's default council session settings (<see cref="CouncilDefaults"/>), one row per province unit.
/// No row means <see cref="CouncilDefaults.Standard"/>.</summary>
public sealed class CouncilSetting
{
    public int Id { get; set; }
    public int OrgUnitId { get; set; }
    public QuorumRule Quorum { get; set; } = QuorumRule.TwoThirds;
    public bool ExcludeSameUnit { get; set; }
    public uint Version { get; set; }

    public CouncilDefaults ToDefaults() => new(Quorum, ExcludeSameUnit);
}
