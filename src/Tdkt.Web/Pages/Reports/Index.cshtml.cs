using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tdkt.Web.Data;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Reports;

public sealed class IndexModel(TdktDbContext db, CurrentUser me) : PageModel
{
    public sealed record Row(int Id, string Title, string Requester, DateOnly DueDate, bool RecursYearly, int Recipients);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var rows = await (from r in db.VisibleReportRequests(scope).AsNoTracking()
                          join u in db.OrgUnits on r.RequesterUnitId equals u.Id
                          orderby r.DueDate descending
                          select new { r.Id, r.Title, u.Name, r.DueDate, r.RecursYearly, r.RecipientUnitIds }).ToListAsync(ct);
        Rows = rows.Select(r => new Row(r.Id, r.Title, r.Name, r.DueDate, r.RecursYearly, r.RecipientUnitIds.Count)).ToList();
        return Page();
    }
}
