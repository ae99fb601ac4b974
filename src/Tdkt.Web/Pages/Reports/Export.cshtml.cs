using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tdkt.Web.Data;
using Tdkt.Web.Infrastructure;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Reports;

/// <summary>The aggregated table of one period as .xlsx (requester only).</summary>
public sealed class ExportModel(TdktDbContext db, CurrentUser me, TimeProvider clock, TdktSettings settings) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, int? nam, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var request = await db.VisibleReportRequests(scope).AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct);
        if (request is null || !await ReportQueries.IsRequesterAsync(db, scope, request, ct))
        {
            return NotFound();
        }

        var today = clock.Today(settings);
        var period = nam is { } p && request.Periods(today).Contains(p) ? p : request.DefaultPeriod(today);
        var aggregate = await ReportQueries.AggregateAsync(db, request, period, today, ct);
        var bytes = ReportExcel.Build(request.Title, period, aggregate, settings.TimeZone);
        return File(bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            $"tong-hop-bao-cao-{id}-{period}.xlsx");
    }
}
