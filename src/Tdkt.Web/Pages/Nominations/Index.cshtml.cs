using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Nominations;
using Tdkt.Domain.Security;
using Tdkt.Web.Data;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Nominations;

/// <summary>Dossiers the caller may see (proposing side by subtree, receiving body by exact unit), with the
/// appraisal clock and the overdue ones first.</summary>
public sealed class IndexModel(TdktDbContext db, CurrentUser me, DossierService service, NominationChecks checks) : PageModel
{
    public sealed record Row(Dossier Dossier, string Unit, DateOnly? Due, int? WorkingDaysLeft);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IReadOnlyList<Row> Overdue { get; private set; } = [];

    public sealed record ListItem(Dossier D, string Name);

    /// <summary>The list as SQL (also measured by bench/Tdkt.Nominations.Benchmarks): visible dossiers, newest first, 500 at most.</summary>
    public static IQueryable<ListItem> ListQuery(TdktDbContext db, OrgScope scope) =>
        (from d in NominationAccess.Visible(db, scope).AsNoTracking()
         join u in db.OrgUnits.AsNoTracking() on d.ProposingUnitId equals u.Id
         orderby d.CreatedAt descending
         select new ListItem(d, u.Name)).Take(500);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var list = await ListQuery(db, scope).ToListAsync(ct);
        var calendar = await checks.CalendarAsync(ct);
        var today = service.Today;
        Rows = [.. list.Select(x =>
        {
            DateOnly? due = x.D.ReceivedOn is { } r && x.D.Status is DossierStatus.Received or DossierStatus.UnderAppraisal
                ? calendar.AddWorkingDays(r, x.D.AppraisalWorkingDays) : null;
            return new Row(x.D, x.Name, due, due is { } dd ? calendar.WorkingDaysBetween(today, dd) : null);
        })];
        Overdue = [.. Rows.Where(r => r.WorkingDaysLeft < 0)];
    }
}
