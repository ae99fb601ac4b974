using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Common;
using Tdkt.Domain.Organizations;
using Tdkt.Web.Data;
using Tdkt.Web.Pages.Shared;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.OrgUnits;

/// <summary>Chuyển đơn vị: a new parent for a unit and its whole subtree (paths rebased in one transaction).</summary>
public sealed class MoveModel(TdktDbContext db, CurrentUser me, MoveOrgUnitHandler handler) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public OrgUnit Unit { get; private set; } = null!;
    public string? CurrentParentName { get; private set; }
    public List<SelectListItem> ParentOptions { get; private set; } = [];

    public sealed class InputModel
    {
        [Display(Name = "Đơn vị cha mới")]
        public int? ParentId { get; set; }

        [Required(ErrorMessage = OrgUnitAdmin.MissingVersion)]
        public uint Version { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Input = new InputModel { Version = Unit.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (Input.ParentId is null)
        {
            ModelState.AddModelError("Input.ParentId", "Hãy chọn đơn vị cha mới.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await handler.HandleAsync(new MoveOrgUnitCommand(id, Input.ParentId!.Value, Input.Version), ct);
        if (result.IsFailure)
        {
            return this.ToPageResult(result.Error!);
        }

        TempData["Success"] = "Đã chuyển đơn vị (cùng các đơn vị trực thuộc) sang đơn vị cha mới.";
        return RedirectToPage("Details", new { id });
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var unit = await db.Administered(scope).AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, ct);
        if (unit is null)
        {
            return false;
        }

        Unit = unit;
        CurrentParentName = unit.ParentId is { } pid
            ? await db.OrgUnits.AsNoTracking().Where(u => u.Id == pid).Select(u => u.Name).SingleAsync(ct)
            : null;
        ParentOptions = (await OrgUnitAdmin.UnitOptionsAsync(db, scope, ct, excludeSubtreeOf: unit.Path))
            .Where(o => o.Value != unit.ParentId?.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
        return true;
    }
}

public sealed record MoveOrgUnitCommand(int Id, int NewParentId, uint Version);

public sealed class MoveOrgUnitHandler(TdktDbContext db, CurrentUser me)
{
    public async Task<Result> HandleAsync(MoveOrgUnitCommand cmd, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);

        await using var tx = await db.BeginTreeWriteAsync(ct);
        var unit = await db.Administered(scope).SingleOrDefaultAsync(u => u.Id == cmd.Id, ct);
        var newParent = await db.Administered(scope).SingleOrDefaultAsync(u => u.Id == cmd.NewParentId, ct);
        if (unit is null || newParent is null)
        {
            return new NotFoundError();
        }

        var moved = unit.MoveUnder(newParent);
        if (moved.IsFailure)
        {
            return moved.Error!;
        }

        var oldPath = moved.Value!;
        var newPath = unit.Path;
        db.Entry(unit).Property(u => u.Version).OriginalValue = cmd.Version;
        try
        {
            db.AuditAction = "Chuyển đơn vị";
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return OrgUnitAdmin.ChangedByOthers();
        }

        await db.OrgUnits
            .Where(u => u.Path.StartsWith(oldPath) && u.Id != unit.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.Path, u => newPath + u.Path.Substring(oldPath.Length)), ct);
        await tx.CommitAsync(ct);
        return Result.Success();
    }
}
