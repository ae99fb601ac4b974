using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Organizations;
using Tdkt.Web.Data;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Clusters;

/// <summary>Emulation clusters/blocs whose organising unit is in the caller's scope.</summary>
public sealed class IndexModel(TdktDbContext db, CurrentUser me) : PageModel
{
    public IReadOnlyList<ClusterView> Clusters { get; private set; } = [];

    public sealed record ClusterView(int Id, string Code, string Name, ClusterKind Kind, string Owner,
        IReadOnlyList<string> Members, IReadOnlyList<(int Year, string Leader, string? Deputy)> Leaders);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var owners = db.OrgUnits.VisibleTo(scope).Select(u => u.Id);
        var clusters = await db.EmulationClusters.AsNoTracking()
            .Include(c => c.Members).Include(c => c.Leaders)
            .Where(c => owners.Contains(c.OwnerOrgUnitId))
            .OrderBy(c => c.Name)
            .ToListAsync(ct);
        var ids = clusters.SelectMany(c => c.Members.Select(m => m.OrgUnitId).Append(c.OwnerOrgUnitId)).Distinct().ToList();
        var names = await db.OrgUnits.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        Clusters = clusters.Select(c => new ClusterView(c.Id, c.Code, c.Name, c.Kind, names[c.OwnerOrgUnitId],
            c.Members.Select(m => names[m.OrgUnitId]).Order(StringComparer.Ordinal).ToList(),
            c.Leaders.OrderByDescending(l => l.Year)
                .Select(l => (l.Year, names.GetValueOrDefault(l.LeaderOrgUnitId, "?"), l.DeputyOrgUnitId is { } d ? names.GetValueOrDefault(d, "?") : null))
                .ToList())).ToList();
    }
}
