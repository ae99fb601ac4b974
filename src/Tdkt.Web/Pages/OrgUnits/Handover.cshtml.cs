using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Organizations;
using Tdkt.Domain.Security;
using Tdkt.Web.Data;
using Tdkt.Web.Pages.Shared;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.OrgUnits;

/// <summary>
/// Bàn giao công việc của đơn vị đã đóng (ADR-0030). Without an id: the grants that still point at closed units in the
/// admin's subtree, for re-mapping. With an id: choose the successor, preview what moves, then hand it over.
/// </summary>
public sealed class HandoverModel(TdktDbContext db, CurrentUser me, HandoverOrgUnitHandler handler) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public OrgUnit? Unit { get; private set; }
    public List<SelectListItem> SuccessorOptions { get; private set; } = [];
    public HandoverPlan? Plan { get; private set; }
    public IReadOnlyList<ClosedGrant> ClosedGrants { get; private set; } = [];

    public sealed record ClosedGrant(int UnitId, string UnitName, DateOnly ClosedAfter, string UserId, string UserName, string FullName, Role Role);

    public sealed class InputModel
    {
        [Display(Name = "Đơn vị tiếp nhận")]
        public int? SuccessorId { get; set; }

        [Display(Name = "Lý do bàn giao")]
        public string? Reason { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        if (id is null)
        {
            await LoadClosedGrantsAsync(ct);
            return Page();
        }

        if (!await LoadAsync(id.Value, ct))
        {
            return NotFound();
        }

        Input.SuccessorId = await db.OrgUnitSuccessions.AsNoTracking().Where(s => s.PredecessorId == id)
            .OrderByDescending(s => s.EffectiveOn).Select(s => (int?)s.SuccessorId).FirstOrDefaultAsync(ct);
        return Page();
    }

    public Task<IActionResult> OnPostPreviewAsync(int id, CancellationToken ct) => RunAsync(id, preview: true, ct);

    public Task<IActionResult> OnPostAsync(int id, CancellationToken ct) => RunAsync(id, preview: false, ct);

    private async Task<IActionResult> RunAsync(int id, bool preview, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var result = await handler.HandleAsync(new HandoverCommand(id, Input.SuccessorId, Input.Reason, preview), ct);
        if (result.IsFailure)
        {
            var error = result.Error!;
            return error is Domain.Common.ValidationError v
                ? this.ToPageResult(new Domain.Common.ValidationError(FormField(v.Field), v.Message))
                : this.ToPageResult(error);
        }

        if (preview)
        {
            Plan = result.Value;
            return Page();
        }

        var count = result.Value!.Items.Count;
        TempData["Success"] = count == 0
            ? $"Đơn vị \"{Unit!.Name}\" không còn công việc nào phải bàn giao."
            : $"Đã bàn giao {count} mục từ \"{Unit!.Name}\" sang \"{result.Value.SuccessorName}\".";
        return RedirectToPage("Details", new { id });
    }

    private static string FormField(string apiField) => apiField switch
    {
        "successorId" => nameof(InputModel.SuccessorId),
        "reason" => nameof(InputModel.Reason),
        _ => string.Empty,
    };

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        Unit = await db.Administered(scope).AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, ct);
        if (Unit is null)
        {
            return false;
        }

        var idText = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var open = await db.Administered(scope).AsNoTracking().Where(u => u.ValidTo == null).Select(u => u.Id).ToListAsync(ct);
        var openText = open.Select(o => o.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToHashSet(StringComparer.Ordinal);
        SuccessorOptions = (await OrgUnitAdmin.UnitOptionsAsync(db, scope, ct)).Where(o => o.Value != idText && openText.Contains(o.Value)).ToList();
        return true;
    }

    private async Task LoadClosedGrantsAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        ClosedGrants = (await (from g in db.RoleGrants.AsNoTracking()
                               join u in db.Administered(scope).AsNoTracking() on g.OrgUnitId equals u.Id
                               join p in db.Users.AsNoTracking() on g.UserId equals p.Id
                               where u.ValidTo != null
                               orderby u.Name, p.UserName
                               select new { u.Id, u.Name, u.ValidTo, g.UserId, p.UserName, p.FullName, g.Role }).ToListAsync(ct))
            .Select(r => new ClosedGrant(r.Id, r.Name, r.ValidTo!.Value, r.UserId, r.UserName ?? string.Empty, r.FullName, r.Role))
            .ToList();
    }
}
