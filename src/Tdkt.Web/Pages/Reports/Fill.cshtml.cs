using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Planning;
using Tdkt.Web.Data;
using Tdkt.Web.Pages.Shared;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Reports;

/// <summary>A recipient fills its report for a period: save as draft, then submit once.</summary>
public sealed class FillModel(TdktDbContext db, CurrentUser me, SubmissionHandler handler) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "donVi")]
    public int UnitId { get; set; }

    [BindProperty(SupportsGet = true, Name = "nam")]
    public int Period { get; set; }

    [BindProperty]
    public Dictionary<string, string?> Values { get; set; } = [];

    public ReportRequest ReportRequest { get; private set; } = null!;
    public string Unit { get; private set; } = string.Empty;
    public DateOnly? Due { get; private set; }
    public ReportSubmission? Submission { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Values = Submission?.Values.ToDictionary(kv => kv.Key, kv => (string?)kv.Value) ?? [];
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(int id, CancellationToken ct) => ActAsync(id, SubmissionAction.Save, ct);

    public Task<IActionResult> OnPostSubmitAsync(int id, CancellationToken ct) => ActAsync(id, SubmissionAction.Submit, ct);

    private async Task<IActionResult> ActAsync(int id, SubmissionAction action, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var result = await handler.HandleAsync(new SubmissionCommand(id, UnitId, Period, action, Values), ct);
        if (result.IsFailure)
        {
            return this.ToPageResult(result.Error!, "Values");
        }

        TempData["Success"] = action == SubmissionAction.Submit ? "Đã nộp báo cáo." : "Đã lưu nháp báo cáo.";
        return RedirectToPage("Fill", new { id, donVi = UnitId, nam = Period });
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var request = await db.VisibleReportRequests(scope).AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct);
        if (request is null || !(await ReportQueries.RecipientsForAsync(db, request, Period, ct)).Contains(UnitId))
        {
            return false;
        }

        var unit = await db.OrgUnits.AsNoTracking().SingleAsync(u => u.Id == UnitId, ct);
        if (!scope.CanReport(unit.Path))
        {
            return false;
        }

        ReportRequest = request;
        Unit = unit.Name;
        Due = request.DueFor(Period);
        Submission = await db.ReportSubmissions.AsNoTracking().SingleOrDefaultAsync(s => s.RequestId == id && s.OrgUnitId == UnitId && s.Period == Period, ct);
        return true;
    }
}
