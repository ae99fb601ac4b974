using Microsoft.AspNetCore.Mvc.RazorPages;
using Tdkt.Domain.Conferences;
using Tdkt.Web.Data;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Congress;

/// <summary>Delegate planner: a unit's staff count and tier give the number of delegates and the rule that produced it.</summary>
public sealed class DelegatesModel(TdktDbContext db, CurrentUser me) : PageModel
{
    public CongressTier Tier { get; private set; } = CongressTier.Department;
    public int? Staff { get; private set; }
    public DelegateCount? Result { get; private set; }
    public string? Error { get; private set; }
    public DelegateRuleSet RuleSet { get; private set; } = DelegateRuleSet.LaiChau2024;

    /// <summary>The link to the rule sets shows only to whom that page opens (a province administrator).</summary>
    public bool CanManageRuleSets { get; private set; }

    public static string TierName(CongressTier t) => t switch
    {
        CongressTier.Commune => "Cấp xã, phường",
        CongressTier.Enterprise => "Doanh nghiệp",
        CongressTier.Department => "Sở, ngành, huyện",
        CongressTier.Province => "Cấp tỉnh",
    };

    public async Task OnGetAsync(CongressTier? tier, int? staff, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        RuleSet = await DelegateRuleSets.ForAsync(db, scope, ct);
        CanManageRuleSets = scope.RuleSetProvinces().Count > 0;
        Tier = tier ?? CongressTier.Department;
        Staff = staff;
        if (staff is null && tier is null)
        {
            return;
        }

        var r = RuleSet.Compute(Tier, staff ?? 0);
        if (r.IsFailure)
        {
            Error = r.Error!.Message;
        }
        else
        {
            Result = r.Value;
        }
    }
}
