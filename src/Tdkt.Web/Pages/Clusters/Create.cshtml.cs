using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Organizations;
using Tdkt.Web.Data;
using Tdkt.Web.Pages.OrgUnits;
using Tdkt.Web.Pages.Shared;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Clusters;

/// <summary>Thêm cụm, khối thi đua: the organiser unit must be in the caller's Admin or Appraiser scope.</summary>
public sealed class CreateModel(TdktDbContext db, CurrentUser me) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public List<SelectListItem> OwnerOptions { get; private set; } = [];

    public sealed class InputModel
    {
        [Display(Name = "Mã cụm, khối")]
        public string? Code { get; set; }

        [Display(Name = "Tên cụm, khối")]
        public string? Name { get; set; }

        [Display(Name = "Loại")]
        public ClusterKind Kind { get; set; } = ClusterKind.Bloc;

        [Display(Name = "Đơn vị tổ chức")]
        public int? OwnerOrgUnitId { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        var scope = await me.ScopeAsync(ct);
        if (Input.OwnerOrgUnitId is not { } ownerId
            || !await db.OrgUnits.VisibleTo(scope, ClusterAccess.OrganiserRoles).AnyAsync(u => u.Id == ownerId, ct))
        {
            ModelState.AddModelError("Input.OwnerOrgUnitId", "Hãy chọn đơn vị tổ chức cụm, khối (trong phạm vi bạn quản lý).");
            return Page();
        }

        var created = EmulationCluster.Create(Input.Code ?? string.Empty, Input.Name ?? string.Empty, Input.Kind, ownerId);
        if (created.IsFailure)
        {
            return this.ToPageResult(created.Error!);
        }

        var cluster = created.Value!;
        if (await db.EmulationClusters.AnyAsync(c => c.Code == cluster.Code, ct))
        {
            return this.ToPageResult(OrgUnitAdmin.DuplicateCode(cluster.Code));
        }

        db.EmulationClusters.Add(cluster);
        db.AuditAction = "Thêm cụm, khối thi đua";
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (OrgUnitAdmin.IsUniqueViolation(e))
        {
            db.ChangeTracker.Clear();
            return this.ToPageResult(OrgUnitAdmin.DuplicateCode(cluster.Code));
        }

        TempData["Success"] = $"Đã thêm {ClusterAccess.KindName(cluster.Kind).ToLowerInvariant()} \"{cluster.Name}\". Hãy thêm đơn vị thành viên.";
        return RedirectToPage("Details", new { id = cluster.Id });
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var rows = await db.OrgUnits.AsNoTracking().VisibleTo(scope, ClusterAccess.OrganiserRoles)
            .Where(u => u.ValidTo == null || u.ValidTo >= new DateOnly(2000, 1, 1))
            .OrderBy(u => u.Path).Select(u => new { u.Id, u.Name, u.Code }).Take(2000).ToListAsync(ct);
        OwnerOptions = rows.Select(r => new SelectListItem($"{r.Name} ({r.Code})", r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        return rows.Count > 0;
    }
}
