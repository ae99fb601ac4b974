using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Conferences;
using Tdkt.Domain.Organizations;
using Tdkt.Domain.Security;
using Tdkt.Web.Data;

namespace Tdkt.Web.Security;

/// <summary>Who may see and do what with conferences, congresses, delegates and pilots (ADR-0009).</summary>
public static class ConferenceAccess
{
    /// <summary>
    /// Events organised inside the caller's scope, organised by an ancestor of it (the event is addressed to the
    /// units below: wards see the city's conference they nominate to), or with the standing agency in scope.
    /// </summary>
    public static IQueryable<ConferenceEvent> VisibleEvents(this TdktDbContext db, OrgScope scope)
    {
        var visible = db.OrgUnits.VisibleTo(scope).Select(u => u.Id);
        var ancestors = scope.Roots().SelectMany(OrgPath.Ids).Distinct().ToList();
        return db.ConferenceEvents.Where(e => visible.Contains(e.OrganiserUnitId) || ancestors.Contains(e.OrganiserUnitId)
            || (e.StandingAgencyId != null && visible.Contains(e.StandingAgencyId.Value)));
    }

    /// <summary>Paths of the organiser and the standing agency, for the role checks below.</summary>
    public sealed record EventPaths(string Organiser, string? StandingAgency)
    {
        /// <summary>Edit the event, its delegates, RSVP, attendance, invitations, documents sent, held: the organiser's staff.</summary>
        public bool CanManage(OrgScope scope) => scope.CanManage(Organiser);

        /// <summary>The delegate list (names of people): a grant on the organiser or on the standing agency.</summary>
        public bool CanSeeDelegates(OrgScope scope) =>
            scope.Covers(Organiser) || (StandingAgency is not null && scope.Covers(StandingAgency));

        /// <summary>Pilots and the cascade board: managers of the standing agency or of the organiser.</summary>
        public bool CanSteer(OrgScope scope) =>
            scope.CanManage(Organiser) || (StandingAgency is not null && scope.CanManage(StandingAgency));

        /// <summary>Record that the documents were received: the organiser's or the standing agency's staff.</summary>
        public bool CanRecordDocuments(OrgScope scope) => CanSteer(scope);
    }

    public static async Task<EventPaths> PathsAsync(this TdktDbContext db, ConferenceEvent e, CancellationToken ct)
    {
        var ids = new[] { e.OrganiserUnitId, e.StandingAgencyId ?? 0 };
        var paths = await db.OrgUnits.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Path, ct);
        return new EventPaths(paths[e.OrganiserUnitId], e.StandingAgencyId is { } s ? paths.GetValueOrDefault(s) : null);
    }

    /// <summary>A district picks its commune pilot: a manager on a strict ancestor of the pilot unit may mark it.</summary>
    public static bool CanMarkPilotOf(this OrgScope scope, string unitPath) =>
        scope.Grants.Any(g => PlanningAccess.Managers.Contains(g.Role) && g.Path != unitPath && OrgPath.IsWithin(unitPath, g.Path));

    /// <summary>Rule sets are edited by an admin whose grant is on the province (root) unit.</summary>
    public static IReadOnlyList<int> RuleSetProvinces(this OrgScope scope) =>
        scope.Grants.Where(g => g.Role == Role.Admin && OrgPath.Ids(g.Path).Count == 1).Select(g => g.OrgUnitId).Distinct().ToList();

    /// <summary>The provinces (root units) of the caller's grants: whose rule sets the planner offers.</summary>
    public static IReadOnlyList<int> Provinces(this OrgScope scope) =>
        scope.Grants.Select(g => OrgPath.Ids(g.Path)[0]).Distinct().ToList();
}
