using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Common;
using Tdkt.Domain.Planning;
using Tdkt.Web.Data;
using Tdkt.Web.Pages.Shared;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Plans;

/// <summary>Hiệu chỉnh nhiệm vụ: pick the lead unit (suggestions for unmatched text), correct or re-read the timeframe.</summary>
public sealed class EditTaskModel(TdktDbContext db, CurrentUser me, SaveTaskHandler handler) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public PlanTask Task { get; private set; } = null!;
    public string? LeadUnitName { get; private set; }
    public List<UnitSuggestion> Suggestions { get; private set; } = [];
    public List<SelectListItem> Units { get; private set; } = [];

    public static List<SelectListItem> Kinds() =>
        Enum.GetValues<TimeframeKind>().Select(k => new SelectListItem(k.Vietnamese(), k.ToString())).ToList();

    public sealed class InputModel
    {
        [Display(Name = "Đơn vị chủ trì")]
        public int? LeadUnitId { get; set; }

        [Display(Name = "Thời gian thực hiện (như kế hoạch ghi)")]
        public string? TimeframeText { get; set; }

        [Display(Name = "Loại thời gian")]
        public TimeframeKind Kind { get; set; }

        [Display(Name = "Từ ngày")]
        public string? Start { get; set; }

        [Display(Name = "Đến ngày (hạn)")]
        public string? End { get; set; }

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
            LeadUnitId = Task.LeadUnitId,
            TimeframeText = Task.TimeframeText,
            Kind = Task.TimeframeKind,
            Start = ViFormat.Date(Task.Start),
            End = ViFormat.Date(Task.End),
            Version = Task.Version,
        };
        return Page();
    }

    /// <summary>Saves the picked lead unit and the corrected kind/dates.</summary>
    public Task<IActionResult> OnPostAsync(int id, CancellationToken ct) => SaveAsync(id, reparse: false, ct);

    /// <summary>Re-reads the timeframe text (after fixing it) and drops the manual correction.</summary>
    public Task<IActionResult> OnPostReparseAsync(int id, CancellationToken ct) => SaveAsync(id, reparse: true, ct);

    private async Task<IActionResult> SaveAsync(int id, bool reparse, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var result = await handler.CorrectAsync(new CorrectTaskCommand(id, Input.Version, Input.LeadUnitId, reparse, Input.TimeframeText,
            Input.Kind, Input.Start, Input.End), ct);
        if (result.IsFailure)
        {
            return this.ToPageResult(result.Error!);
        }

        TempData["Success"] = "Đã lưu hiệu chỉnh nhiệm vụ.";
        return RedirectToPage("Details", new { id = result.Value });
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var task = await db.PlanTasks.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id && db.VisiblePlans(scope).Any(p => p.Id == t.PlanId), ct);
        if (task is null)
        {
            return false;
        }

        var ownerPath = await (from p in db.Plans join u in db.OrgUnits on p.OwnerUnitId equals u.Id where p.Id == task.PlanId select u.Path).SingleAsync(ct);
        if (!scope.CanManage(ownerPath))
        {
            return false;
        }

        Task = task;
        LeadUnitName = task.LeadUnitId is { } l ? await db.OrgUnits.Where(u => u.Id == l).Select(u => u.Name).SingleAsync(ct) : null;
        if (task.LeadUnitId is null && task.LeadUnitText is { } text)
        {
            Suggestions = await UnitMatcher.SuggestAsync(db, text, ownerPath, ct);
        }

        Units = await PlanningAccess.TreeUnitOptionsAsync(db, scope, ct);
        return true;
    }
}
