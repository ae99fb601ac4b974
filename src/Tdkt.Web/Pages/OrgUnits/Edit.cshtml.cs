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

/// <summary>Sửa đơn vị: code, name, kind and dates, with optimistic concurrency on the xmin token.</summary>
public sealed class EditModel(TdktDbContext db, CurrentUser me, EditOrgUnitHandler handler) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public OrgUnit Unit { get; private set; } = null!;
    public List<SelectListItem> KindOptions { get; } = OrgUnitAdmin.KindOptions();

    public sealed class InputModel
    {
        [Display(Name = "Mã đơn vị")]
        public string? Code { get; set; }

        [Display(Name = "Tên đơn vị")]
        public string? Name { get; set; }

        [Display(Name = "Loại đơn vị")]
        [Required(ErrorMessage = "Hãy chọn loại đơn vị.")]
        public OrgUnitKind Kind { get; set; }

        [Display(Name = "Ngày bắt đầu hiệu lực")]
        public string? ValidFrom { get; set; }

        [Display(Name = "Ngày kết thúc hiệu lực")]
        public string? ValidTo { get; set; }

        [Required(ErrorMessage = OrgUnitAdmin.MissingVersion)]
        public uint Version { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Input = new InputModel
        {
            Code = Unit.Code,
            Name = Unit.Name,
            Kind = Unit.Kind,
            ValidFrom = ViFormat.Date(Unit.ValidFrom),
            ValidTo = ViFormat.Date(Unit.ValidTo),
            Version = Unit.Version,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await handler.HandleAsync(
            new EditOrgUnitCommand(id, Input.Code, Input.Name, Input.Kind, Input.ValidFrom, Input.ValidTo, Input.Version), ct);
        if (result.IsFailure)
        {
            return this.ToPageResult(result.Error!);
        }

        TempData["Success"] = "Đã lưu thay đổi của đơn vị.";
        return RedirectToPage("Details", new { id });
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var unit = await db.Administered(scope).AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, ct);
        Unit = unit!;
        return unit is not null;
    }
}

public sealed record EditOrgUnitCommand(int Id, string? Code, string? Name, OrgUnitKind Kind, string? ValidFrom, string? ValidTo, uint Version);

public sealed class EditOrgUnitHandler(TdktDbContext db, CurrentUser me)
{
    public async Task<Result> HandleAsync(EditOrgUnitCommand cmd, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        await using var tx = await db.BeginTreeWriteAsync(ct);
        var unit = await db.Administered(scope).Include(u => u.Parent).SingleOrDefaultAsync(u => u.Id == cmd.Id, ct);
        if (unit is null)
        {
            return new NotFoundError();
        }

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

        var code = OrgUnitAdmin.NormalizeCode(cmd.Code);
        if (code != unit.Code && await db.OrgUnits.AnyAsync(u => u.Code == code && u.Id != unit.Id, ct))
        {
            return OrgUnitAdmin.DuplicateCode(code);
        }

        // A unit cannot end while a unit under it still runs after that day (the same rule as closing).
        if (to.Value is { } end && end != unit.ValidTo
            && await db.OrgUnits.AnyAsync(c => c.ParentId == unit.Id && (c.ValidTo == null || c.ValidTo > end), ct))
        {
            return new ValidationError("ValidTo",
                $"Đơn vị còn đơn vị trực thuộc hoạt động sau ngày {ViFormat.Date(end)}. Hãy chuyển hoặc đóng các đơn vị trực thuộc trước.");
        }

        var edited = unit.Edit(cmd.Code ?? string.Empty, cmd.Name ?? string.Empty, cmd.Kind, from.Value!.Value, to.Value);
        if (edited.IsFailure)
        {
            return edited;
        }

        db.Entry(unit).Property(u => u.Version).OriginalValue = cmd.Version;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return OrgUnitAdmin.ChangedByOthers();
        }
        catch (DbUpdateException e) when (OrgUnitAdmin.IsUniqueViolation(e))
        {
            db.ChangeTracker.Clear();
            return OrgUnitAdmin.DuplicateCode(code);
        }

        await tx.CommitAsync(ct);
        return Result.Success();
    }
}
