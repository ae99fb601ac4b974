using Microsoft.AspNetCore.Mvc.RazorPages;
using Tdkt.Domain.Conferences;

namespace Tdkt.Web.Pages.Congress;

/// <summary>Delegate planner: a unit's staff count and tier give the number of delegates and the rule that produced it.</summary>
public sealed class DelegatesModel : PageModel
{
    public CongressTier Tier { get; private set; } = CongressTier.Department;
    public int? Staff { get; private set; }
    public DelegateCount? Result { get; private set; }
    public string? Error { get; private set; }
    public DelegateRuleSet RuleSet => DelegateRuleSet.LaiChau2024;

    public static string TierName(CongressTier t) => t switch
    {
        CongressTier.Commune => "Cấp xã, phường",
        CongressTier.Enterprise => "Doanh nghiệp",
        CongressTier.Department => "Sở, ngành, huyện",
        CongressTier.Province => "Cấp tỉnh",
    };

    public void OnGet(CongressTier? tier, int? staff)
    {
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
