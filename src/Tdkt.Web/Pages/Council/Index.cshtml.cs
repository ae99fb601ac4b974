using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Council;
using Tdkt.Web.Pages.Awards;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Council;

/// <summary>The councils the caller runs or sits on, with their sessions; the province Admin's link to the default
/// session settings.</summary>
public sealed class IndexModel(CouncilQueries council, CurrentUser me, AwardData data) : PageModel
{
    public IReadOnlyList<(int UnitId, string UnitName, bool CanRun, bool CanManage, IReadOnlyList<CouncilSession> Sessions)> Councils { get; private set; } = [];

    public bool CanEditDefaults { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Councils = await council.OverviewAsync(ct);
        CanEditDefaults = await data.AdministeredProvinces(await me.ScopeAsync(ct)).AnyAsync(ct);
    }
}
