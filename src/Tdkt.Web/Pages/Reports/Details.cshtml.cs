using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Planning;
using Tdkt.Web.Data;
using Tdkt.Web.Infrastructure;
using Tdkt.Web.Pages.Shared;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Reports;

/// <summary>A report request for one period: the requester sees who is late and the aggregated table; a recipient its own row.</summary>
public sealed class DetailsModel(TdktDbContext db, CurrentUser me, SubmissionHandler handler, TimeProvider clock, TdktSettings settings) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "nam")]
    public int? Period { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public ReportRequest ReportRequest { get; private set; } = null!;
    public string Requester { get; private set; } = string.Empty;
    public DateOnly? Due { get; private set; }
    public IReadOnlyList<int> Periods { get; private set; } = [];
    public bool IsRequester { get; private set; }
    public Aggregate? Aggregate { get; private set; }
    public IReadOnlyList<(int Id, string Name)> MyUnits { get; private set; } = [];
    public Dictionary<int, (int Id, uint Version)> SubmissionIds { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostReturnAsync(int id, int submissionId, uint version, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var result = await handler.ReturnAsync(submissionId, version, Reason, ct);
        if (result.IsFailure)
        {
            return this.ToPageResult(result.Error!, "");
        }

        TempData["Success"] = "Đã trả lại báo cáo cho đơn vị.";
        return RedirectToPage("Details", new { id, nam = Period });
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var request = await db.VisibleReportRequests(scope).AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct);
        if (request is null)
        {
            return false;
        }

        var today = clock.Today(settings);
        ReportRequest = request;
        Periods = request.Periods(today);
        Period = Period is { } p && Periods.Contains(p) ? p : request.DefaultPeriod(today);
        Due = request.DueFor(Period.Value);
        Requester = await db.OrgUnits.Where(u => u.Id == request.RequesterUnitId).Select(u => u.Name).SingleAsync(ct);
        IsRequester = await ReportQueries.IsRequesterAsync(db, scope, request, ct);
        if (IsRequester)
        {
            Aggregate = await ReportQueries.AggregateAsync(db, request, Period.Value, today, ct);
            SubmissionIds = (await db.ReportSubmissions.AsNoTracking().Where(s => s.RequestId == id && s.Period == Period)
                .Select(s => new { s.OrgUnitId, s.Id, s.Version }).ToListAsync(ct)).ToDictionary(s => s.OrgUnitId, s => (s.Id, s.Version));
        }

        var asked = await ReportQueries.RecipientsForAsync(db, request, Period.Value, ct);
        var mine = await db.OrgUnits.AsNoTracking().VisibleTo(scope, PlanningAccess.Reporters)
            .Where(u => asked.Contains(u.Id)).OrderBy(u => u.Name).Select(u => new { u.Id, u.Name }).ToListAsync(ct);
        MyUnits = mine.Select(u => (u.Id, u.Name)).ToList();
        return true;
    }
}
