using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Common;
using Tdkt.Domain.Organizations;
using Tdkt.Domain.Security;
using Tdkt.Web.Data;
using Tdkt.Web.Infrastructure;
using Tdkt.Web.Pages.Shared;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.OrgUnits;

/// <summary>Thêm đơn vị: under a parent the caller administers (or a root, for who administers every root).</summary>
public sealed class CreateModel(TdktDbContext db, CurrentUser me, CreateOrgUnitHandler handler, TimeProvider clock, TdktSettings settings)
    : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public List<SelectListItem> ParentOptions { get; private set; } = [];
    public List<SelectListItem> KindOptions { get; } = OrgUnitAdmin.KindOptions();
    public bool MayCreateRoot { get; private set; }

    public sealed class InputModel
    {
        [Display(Name = "Mã đơn vị")]
        public string? Code { get; set; }

        [Display(Name = "Tên đơn vị")]
        public string? Name { get; set; }

        [Display(Name = "Loại đơn vị")]
        [Required(ErrorMessage = "Hãy chọn loại đơn vị.")]
        public OrgUnitKind Kind { get; set; } = OrgUnitKind.ProvincialAgency;

        [Display(Name = "Đơn vị cha")]
        public int? ParentId { get; set; }

        [Display(Name = "Ngày bắt đầu hiệu lực")]
        public string? ValidFrom { get; set; }

        [Display(Name = "Ngày kết thúc hiệu lực")]
        public string? ValidTo { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(int? parentId, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        if (!scope.Has(Role.Admin))
        {
            return NotFound();
        }

        if (parentId is { } pid && !await db.Administered(scope).AnyAsync(u => u.Id == pid, ct))
        {
            return NotFound();
        }

        Input.ParentId = parentId;
        Input.ValidFrom = ViFormat.Date(clock.Today(settings));
        await LoadOptionsAsync(scope, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        if (!scope.Has(Role.Admin))
        {
            return NotFound();
        }

        await LoadOptionsAsync(scope, ct);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await handler.HandleAsync(
            new CreateOrgUnitCommand(Input.Code, Input.Name, Input.Kind, Input.ParentId, Input.ValidFrom, Input.ValidTo), ct);
        if (result.IsFailure)
        {
            return this.ToPageResult(result.Error!);
        }

        TempData["Success"] = $"Đã thêm đơn vị \"{VietnameseText.Normalize(Input.Name)}\".";
        return RedirectToPage("Details", new { id = result.Value });
    }

    private async Task LoadOptionsAsync(OrgScope scope, CancellationToken ct)
    {
        ParentOptions = await OrgUnitAdmin.UnitOptionsAsync(db, scope, ct);
        MayCreateRoot = await OrgUnitAdmin.AdministersAllRootsAsync(db, scope, ct);
    }
}

public sealed record CreateOrgUnitCommand(string? Code, string? Name, OrgUnitKind Kind, int? ParentId, string? ValidFrom, string? ValidTo);

public sealed class CreateOrgUnitHandler(TdktDbContext db, CurrentUser me)
{
    /// <returns>The new unit's id.</returns>
    public async Task<Result<int>> HandleAsync(CreateOrgUnitCommand cmd, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        if (!scope.Has(Role.Admin))
        {
            return new NotFoundError();
        }

        await using var tx = await db.BeginTreeWriteAsync(ct);

        var from = OrgUnitAdmin.ParseDate(cmd.ValidFrom, "ValidFrom", "Ngày bắt đầu hiệu lực", required: true);
        if (from.IsFailure)
        {
            return from.Error!;
        }

        var to = OrgUnitAdmin.ParseDate(cmd.ValidTo, "ValidTo", "Ngày kết thúc hiệu lực", required: false);
        if (to.IsFailure)
        {
            return to.Error!;
        }

        OrgUnit? parent = null;
        if (cmd.ParentId is { } parentId)
        {
            parent = await db.Administered(scope).SingleOrDefaultAsync(u => u.Id == parentId, ct);
            if (parent is null)
            {
                return new NotFoundError();
            }
        }
        else if (!await OrgUnitAdmin.AdministersAllRootsAsync(db, scope, ct))
        {
            return new ValidationError("ParentId", "Hãy chọn đơn vị cha. Chỉ người quản trị toàn bộ các đơn vị cấp cao nhất mới được tạo đơn vị cấp cao nhất.");
        }

        var created = OrgUnit.Create(cmd.Code ?? string.Empty, cmd.Name ?? string.Empty, cmd.Kind, parent, from.Value!.Value, to.Value);
        if (created.IsFailure)
        {
            return created.Error!;
        }

        var unit = created.Value!;
        if (await db.OrgUnits.AnyAsync(u => u.Code == unit.Code, ct))
        {
            return OrgUnitAdmin.DuplicateCode(unit.Code);
        }

        db.OrgUnits.Add(unit);
        unit.PlaceInTree();
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (OrgUnitAdmin.IsUniqueViolation(e))
        {
            db.ChangeTracker.Clear();
            return OrgUnitAdmin.DuplicateCode(unit.Code);
        }

        await tx.CommitAsync(ct);
        return unit.Id;
    }
}
