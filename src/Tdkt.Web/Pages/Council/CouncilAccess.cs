using Tdkt.Domain.Security;
using Tdkt.Web.Pages.Nominations;

namespace Tdkt.Web.Pages.Council;

/// <summary>Who does what with a level's council (ADR-0010). Grants count on exactly the council's unit (the
/// receiving body), as for dossiers (ADR-0008); everything else answers 404.</summary>
public static class CouncilAccess
{
    /// <summary>Membership: the unit's administrator or the council secretary.</summary>
    public static bool CanManageMembers(OrgScope scope, int unitId) =>
        NominationAccess.AtBody(scope, unitId, Role.Admin, Role.CouncilSecretary);

    /// <summary>Schedule, attendance, open/close voting, written votes, minutes: the secretary (or the unit's admin).</summary>
    public static bool CanRun(OrgScope scope, int unitId) =>
        NominationAccess.AtBody(scope, unitId, Role.CouncilSecretary, Role.Admin);

    /// <summary>See a session: secretary, admin or a council-member grant on the unit, or a member on its roster.</summary>
    public static bool CanSee(OrgScope scope, int unitId, bool onRoster) =>
        onRoster || NominationAccess.AtBody(scope, unitId, Role.CouncilSecretary, Role.CouncilMember, Role.Admin);
}
