using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Common;
using Tdkt.Domain.Organizations;
using Tdkt.Web.Data;
using Tdkt.Web.Pages.Shared;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Clusters;

/// <summary>The organiser's cluster pages: load the cluster scoped to the organiser (else 404), decide, save once.</summary>
public abstract class ClusterPageBase(TdktDbContext db, CurrentUser me) : PageModel
{
    protected TdktDbContext Db => db;
    protected CurrentUser Me => me;

    public EmulationCluster Cluster { get; private set; } = null!;
    public Dictionary<int, string> Names { get; private set; } = [];

    public string Name(int? id) => id is { } i ? Names.GetValueOrDefault(i, "?") : string.Empty;

    /// <summary>Loads the cluster (tracked) when the caller organises it.</summary>
    protected async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var cluster = await db.OrganisedClusters(scope).Include(c => c.Members).Include(c => c.Leaders)
            .SingleOrDefaultAsync(c => c.Id == id, ct);
        if (cluster is null)
        {
            return false;
        }

        Cluster = cluster;
        Names = await ClusterAccess.UnitNamesAsync(db, cluster.Members.Select(m => m.OrgUnitId).Append(cluster.OwnerOrgUnitId), ct);
        return true;
    }

    /// <summary>Saves once with the audit action; a clash with a concurrent change becomes a message.</summary>
    protected async Task<IActionResult> SaveAsync(string action, string? reason, string success, CancellationToken ct, string inputPrefix = "Input")
    {
        db.AuditAction = action;
        db.AuditReason = reason;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            await LoadAsync(Cluster.Id, ct);
            return this.ToPageResult(ClusterAccess.ChangedByOthers(), inputPrefix);
        }

        TempData["Success"] = success;
        return RedirectToPage(new { id = Cluster.Id });
    }

    protected IActionResult Fail(Error error, string inputPrefix = "Input") => this.ToPageResult(error, inputPrefix);
}
