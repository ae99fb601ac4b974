using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Common;
using Tdkt.Domain.Organizations;
using Tdkt.Web.Data;
using Tdkt.Web.Infrastructure;
using Tdkt.Web.Pages.Shared;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.OrgUnits;

/// <summary>Đóng đơn vị (giải thể, sáp nhập, chia tách, đổi tên): last day, reason, optional successor.</summary>
public sealed class CloseModel(TdktDbContext db, CurrentUser me, CloseOrgUnitHandler handler, TimeProvider clock, TdktSettings settings)
    : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public OrgUnit Unit { get; private set; } = null!;
    public List<SelectListItem> SuccessorOptions { get; private set; } = [];
    public List<SelectListItem> SuccessionKindOptions { get; } = OrgUnitAdmin.SuccessionKindOptions();

    public sealed class InputModel
    {
        [Display(Name = "Ngày cuối cùng hoạt động")]
        public string? ValidTo { get; set; }

        [Display(Name = "Lý do")]
        public string? Reason { get; set; }

        [Display(Name = "Đơn vị kế thừa")]
        public int? SuccessorId { get; set; }

        [Display(Name = "Hình thức kế thừa")]
        public SuccessionKind? SuccessionKind { get; set; }

        [Display(Name = "Ngày đơn vị kế thừa tiếp nhận")]
        public string? EffectiveOn { get; set; }

        [Display(Name = "Văn bản quyết định")]
        public string? Note { get; set; }

        [Required(ErrorMessage = OrgUnitAdmin.MissingVersion)]
        public uint Version { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Input = new InputModel { ValidTo = ViFormat.Date(clock.Today(settings)), Version = Unit.Version };
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

        var result = await handler.HandleAsync(new CloseOrgUnitCommand(id, Input.ValidTo, Input.Reason, Input.SuccessorId,
            Input.SuccessionKind, Input.EffectiveOn, Input.Note, Input.Version), ct);
        if (result.IsFailure)
        {
            return this.ToPageResult(result.Error!);
        }

        TempData["Success"] = $"Đã đóng đơn vị \"{Unit.Name}\".";
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
        var idText = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        SuccessorOptions = (await OrgUnitAdmin.UnitOptionsAsync(db, scope, ct)).Where(o => o.Value != idText).ToList();
        return true;
    }
}

public sealed record CloseOrgUnitCommand(int Id, string? LastDay, string? Reason, int? SuccessorId, SuccessionKind? SuccessionKind,
    string? EffectiveOn, string? Note, uint Version);

public sealed class CloseOrgUnitHandler(TdktDbContext db, CurrentUser me)
{
    public const int ReasonMaxLength = 1000;
    public const int NoteMaxLength = 500;

    public async Task<Result> HandleAsync(CloseOrgUnitCommand cmd, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        await using var tx = await db.BeginTreeWriteAsync(ct);
        var unit = await db.Administered(scope).SingleOrDefaultAsync(u => u.Id == cmd.Id, ct);
        if (unit is null)
        {
            return new NotFoundError();
        }

        var lastDay = OrgUnitAdmin.ParseDate(cmd.LastDay, "ValidTo", "Ngày cuối cùng hoạt động", required: true);
        if (lastDay.IsFailure)
        {
            return lastDay.Error!;
        }

        var reason = VietnameseText.Normalize(cmd.Reason);
        if (reason.Length == 0)
        {
            return new ValidationError("Reason", "Lý do là bắt buộc. Hãy ghi lý do đóng đơn vị, ví dụ: sáp nhập theo Nghị quyết số …");
        }

        if (reason.Length > ReasonMaxLength)
        {
            return new ValidationError("Reason", $"Lý do tối đa {ReasonMaxLength} ký tự.");
        }

        var note = VietnameseText.Normalize(cmd.Note);
        if (note.Length > NoteMaxLength)
        {
            return new ValidationError("Note", $"Văn bản quyết định tối đa {NoteMaxLength} ký tự.");
        }

        var end = lastDay.Value!.Value;
        OrgUnitSuccession? succession = null;
        if (cmd.SuccessorId is { } successorId)
        {
            var successor = await db.Administered(scope).AsNoTracking().SingleOrDefaultAsync(u => u.Id == successorId, ct);
            if (successor is null)
            {
                return new NotFoundError();
            }

            if (successor.Id == unit.Id)
            {
                return new ValidationError("SuccessorId", "Đơn vị kế thừa phải là đơn vị khác. Hãy chọn lại.");
            }

            if (cmd.SuccessionKind is not { } kind)
            {
                return new ValidationError("SuccessionKind", "Hãy chọn hình thức kế thừa (sáp nhập, chia tách hoặc đổi tên).");
            }

            var effective = OrgUnitAdmin.ParseDate(cmd.EffectiveOn, "EffectiveOn", "Ngày đơn vị kế thừa tiếp nhận", required: false);
            if (effective.IsFailure)
            {
                return effective.Error!;
            }

            var on = effective.Value ?? end.AddDays(1);
            if (on <= end)
            {
                return new ValidationError("EffectiveOn",
                    $"Ngày tiếp nhận phải sau ngày cuối cùng hoạt động ({ViFormat.Date(end)}), thường là ngày {ViFormat.Date(end.AddDays(1))}.");
            }

            if (!successor.IsOpenOn(on))
            {
                return new ValidationError("SuccessorId",
                    $"Đơn vị kế thừa \"{successor.Name}\" không hoạt động vào ngày {ViFormat.Date(on)}. Hãy chọn đơn vị khác hoặc sửa ngày tiếp nhận.");
            }

            succession = new OrgUnitSuccession(unit.Id, successor.Id, kind, on, note.Length == 0 ? null : note);
        }

        var hasOpenChildren = await db.OrgUnits.AnyAsync(c => c.ParentId == unit.Id && (c.ValidTo == null || c.ValidTo > end), ct);
        var closed = unit.Close(end, hasOpenChildren);
        if (closed.IsFailure)
        {
            return closed;
        }

        if (succession is not null)
        {
            db.OrgUnitSuccessions.Add(succession);
        }

        db.Entry(unit).Property(u => u.Version).OriginalValue = cmd.Version;
        db.AuditAction = "Đóng đơn vị";
        db.AuditReason = reason;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return OrgUnitAdmin.ChangedByOthers();
        }

        await tx.CommitAsync(ct);
        return Result.Success();
    }
}
