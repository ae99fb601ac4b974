using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Tdkt.Web.Data;
using Tdkt.Web.Pages.Shared;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Plans;

/// <summary>Thêm nhiệm vụ: the lead unit is picked or typed as the plan writes it (matched, else flagged).</summary>
public sealed class AddTaskModel(TdktDbContext db, CurrentUser me, SaveTaskHandler handler) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string PlanTitle { get; private set; } = string.Empty;
    public int PlanId { get; private set; }
    public List<SelectListItem> Units { get; private set; } = [];

    public sealed class InputModel
    {
        [Display(Name = "Số thứ tự")]
        public int? Order { get; set; }

        [Display(Name = "Nội dung, nhiệm vụ")]
        public string? Content { get; set; }

        [Display(Name = "Đơn vị chủ trì")]
        public int? LeadUnitId { get; set; }

        [Display(Name = "hoặc gõ tên đơn vị chủ trì như kế hoạch ghi")]
        public string? LeadUnitText { get; set; }

        [Display(Name = "Đơn vị phối hợp")]
        public List<int> CoordinatingUnitIds { get; set; } = [];

        [Display(Name = "Đơn vị phối hợp (như kế hoạch ghi)")]
        public string? CoordinatingText { get; set; }

        [Display(Name = "Thời gian thực hiện")]
        public string? TimeframeText { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var result = await handler.AddAsync(new AddTaskCommand(id, Input.Order, Input.Content, Input.LeadUnitId, Input.LeadUnitText,
            Input.CoordinatingUnitIds, Input.CoordinatingText, Input.TimeframeText), ct);
        if (result.IsFailure)
        {
            return this.ToPageResult(result.Error!);
        }

        var matched = await db.PlanTasks.Where(t => t.Id == result.Value).Select(t => t.LeadUnitId).SingleAsync(ct);
        TempData["Success"] = matched is null
            ? "Đã thêm nhiệm vụ. Đơn vị chủ trì chưa khớp với đơn vị nào: hãy bấm \"Hiệu chỉnh\" để chọn đơn vị."
            : "Đã thêm nhiệm vụ.";
        return RedirectToPage("Details", new { id });
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var plan = await db.VisiblePlans(scope).AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
        if (plan is null || !scope.CanManage(await db.OrgUnits.Where(u => u.Id == plan.OwnerUnitId).Select(u => u.Path).SingleAsync(ct)))
        {
            return false;
        }

        PlanId = id;
        PlanTitle = plan.Title;
        Units = await PlanningAccess.TreeUnitOptionsAsync(db, scope, ct);
        return true;
    }
}
