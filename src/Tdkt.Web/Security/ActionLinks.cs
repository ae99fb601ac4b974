using Tdkt.Domain.Security;
using Tdkt.Web.Data;

namespace Tdkt.Web.Security;

/// <summary>
/// Whether an action button may show (issue 13 item 8, ADR-0025): the same condition the target page checks before
/// answering 404, so a button never leads to a dead end.
/// </summary>
public static class ActionLinks
{
    /// <summary>Plans (create, import), report requests and events: a unit where the user manages planning.</summary>
    public static async Task<bool> CanManagePlanningAsync(TdktDbContext db, CurrentUser me) =>
        (await PlanningAccess.UnitOptionsAsync(db, await me.ScopeAsync(), CancellationToken.None, PlanningAccess.Managers)).Count > 0;

    /// <summary>Registrations: a unit where the user reports.</summary>
    public static async Task<bool> CanRegisterAsync(TdktDbContext db, CurrentUser me) =>
        (await PlanningAccess.UnitOptionsAsync(db, await me.ScopeAsync(), CancellationToken.None, PlanningAccess.Reporters)).Count > 0;

    /// <summary>Award quotas (/Nominations/Quotas).</summary>
    public static bool CanEditQuotas(OrgScope scope) =>
        scope.Grants.Any(g => Pages.Nominations.QuotasModel.Editors.Contains(g.Role));
}
