using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Planning;
using Tdkt.Web.Data;
using Tdkt.Web.Infrastructure;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Registrations;

/// <summary>Registrations of a year in the caller's scope: who registered, status, what to review.</summary>
public sealed class IndexModel(TdktDbContext db, CurrentUser me, TimeProvider clock, TdktSettings settings) : PageModel
{
    public sealed record Row(int Id, string Unit, RegistrationStatus Status, int Entries, bool CanReview);

    [BindProperty(SupportsGet = true, Name = "nam")]
    public int? Year { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        Year ??= clock.Today(settings).Year;
        var rows = await (from r in db.VisibleRegistrations(scope).AsNoTracking()
                          join u in db.OrgUnits on r.OrgUnitId equals u.Id
                          where r.Year == Year
                          orderby u.Path
                          select new { r.Id, u.Name, u.Path, r.Status, r.Entries }).ToListAsync(ct);
        Rows = rows.Select(r => new Row(r.Id, r.Name, r.Status, r.Entries.Count, scope.CanReview(r.Path))).ToList();
        return Page();
    }
}
