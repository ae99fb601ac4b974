using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Organizations;
using Tdkt.Domain.Security;
using Tdkt.Web.Data;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Clusters;

/// <summary>Emulation clusters/blocs whose organising unit or a member unit is in the caller's scope.</summary>
public sealed class IndexModel(TdktDbContext db, CurrentUser me) : PageModel
{
    public IReadOnlyList<ClusterView> Clusters { get; private set; } = [];
    public bool MayCreate { get; private set; }

    public sealed record ClusterView(int Id, string Code, string Name, ClusterKind Kind, string Owner,
        IReadOnlyList<string> Members, IReadOnlyList<(int Year, string Leader, string? Deputy)> Leaders);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        MayCreate = scope.Has(Role.Admin) || scope.Has(Role.Appraiser);
        var clusters = await db.VisibleClusters(scope).AsNoTracking()
            .Include(c => c.Members).Include(c => c.Leaders)
            .OrderBy(c => c.Name)
            .ToListAsync(ct);
        var ids = clusters.SelectMany(c => c.Members.Select(m => m.OrgUnitId).Append(c.OwnerOrgUnitId)).Distinct().ToList();
        var names = await db.OrgUnits.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        Clusters = clusters.Select(c => new ClusterView(c.Id, c.Code, c.Name, c.Kind, names[c.OwnerOrgUnitId],
            c.Members.Where(m => m.ToYear is null).Select(m => names[m.OrgUnitId]).Order(StringComparer.Ordinal).ToList(),
            c.Leaders.OrderByDescending(l => l.Year)
                .Select(l => (l.Year, names.GetValueOrDefault(l.LeaderOrgUnitId, "?"), l.DeputyOrgUnitId is { } d ? names.GetValueOrDefault(d, "?") : null))
                .ToList())).ToList();
    }
}
