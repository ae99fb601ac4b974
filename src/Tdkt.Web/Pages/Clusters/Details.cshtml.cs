using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Emulation;
using Tdkt.Domain.Organizations;
using Tdkt.Web.Data;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Clusters;

/// <summary>One cluster/bloc: members by year, leaders by year, covenants, score sheets.</summary>
public sealed class DetailsModel(TdktDbContext db, CurrentUser me) : PageModel
{
    public EmulationCluster Cluster { get; private set; } = null!;
    public Dictionary<int, string> Names { get; private set; } = [];
    public IReadOnlyList<ClusterCovenant> Covenants { get; private set; } = [];
    public IReadOnlyList<ScoreSheet> Sheets { get; private set; } = [];
    public bool IsOrganiser { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var cluster = await db.VisibleClusters(scope).AsNoTracking().Include(c => c.Members).Include(c => c.Leaders)
            .SingleOrDefaultAsync(c => c.Id == id, ct);
        if (cluster is null)
        {
            return NotFound();
        }

        Cluster = cluster;
        IsOrganiser = await db.OrganisedClusters(scope).AnyAsync(c => c.Id == id, ct);
        Names = await ClusterAccess.UnitNamesAsync(db, cluster.Members.Select(m => m.OrgUnitId).Append(cluster.OwnerOrgUnitId), ct);
        Covenants = await db.ClusterCovenants.AsNoTracking().Where(c => c.ClusterId == id).OrderByDescending(c => c.Year).ToListAsync(ct);
        Sheets = await db.ScoreSheets.AsNoTracking().Where(s => s.ClusterId == id).OrderByDescending(s => s.Year).ThenByDescending(s => s.Period).ToListAsync(ct);
        return Page();
    }

    public string Name(int? id) => id is { } i ? Names.GetValueOrDefault(i, "?") : string.Empty;
}
