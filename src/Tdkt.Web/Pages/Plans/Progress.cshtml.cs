using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Planning;
using Tdkt.Web.Data;
using Tdkt.Web.Pages.Shared;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Plans;

/// <summary>Báo cáo tiến độ: the lead unit's clerk reports status, percentage and a note (no attachment yet).</summary>
public sealed class ProgressModel(TdktDbContext db, CurrentUser me, ReportProgressHandler handler) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public PlanTask Task { get; private set; } = null!;
    public string LeadUnit { get; private set; } = string.Empty;
    public IReadOnlyList<TaskProgressReport> History { get; private set; } = [];

    public static List<SelectListItem> Statuses() =>
        Enum.GetValues<TaskProgressStatus>().Select(s => new SelectListItem(s.Vietnamese(), s.ToString())).ToList();

    public sealed class InputModel
    {
        [Display(Name = "Tình trạng")]
        public TaskProgressStatus Status { get; set; }

        [Display(Name = "Tỷ lệ hoàn thành (%)")]
        public int Percent { get; set; }

        [Display(Name = "Ghi chú")]
        public string? Note { get; set; }

        public uint Version { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Input = new InputModel { Status = Task.Status, Percent = Task.Percent, Version = Task.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var result = await handler.HandleAsync(new ReportProgressCommand(id, Input.Version, Input.Status, Input.Percent, Input.Note), ct);
        if (result.IsFailure)
        {
            return this.ToPageResult(result.Error!);
        }

        TempData["Success"] = "Đã ghi nhận báo cáo tiến độ.";
        return RedirectToPage("Details", new { id = result.Value });
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var task = await db.PlanTasks.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id && db.VisiblePlans(scope).Any(p => p.Id == t.PlanId), ct);
        if (task?.LeadUnitId is not { } lead)
        {
            return false;
        }

        var unit = await db.OrgUnits.AsNoTracking().SingleAsync(u => u.Id == lead, ct);
        if (!scope.CanReport(unit.Path))
        {
            return false;
        }

        Task = task;
        LeadUnit = unit.Name;
        History = await db.TaskProgressReports.AsNoTracking().Where(r => r.TaskId == id).OrderByDescending(r => r.At).ToListAsync(ct);
        return true;
    }
}
