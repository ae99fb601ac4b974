using Microsoft.AspNetCore.Mvc.RazorPages;
using Tdkt.Domain.Council;

namespace Tdkt.Web.Pages.Council;

/// <summary>The councils the caller runs or sits on, with their sessions.</summary>
public sealed class IndexModel(CouncilService council) : PageModel
{
    public IReadOnlyList<(int UnitId, string UnitName, bool CanRun, bool CanManage, IReadOnlyList<CouncilSession> Sessions)> Councils { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Councils = await council.OverviewAsync(ct);
}
