using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Notices;
using Tdkt.Web.Data;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Notices;

/// <summary>The body's notices and the objections against their nominees (open ones first). Staff of the body only
/// (a body role on exactly the publishing unit); anyone else sees an empty list.</summary>
public sealed class IndexModel(TdktDbContext db, CurrentUser me, NoticeService service) : PageModel
{
    public sealed record NoticeRow(int Id, string Title, string Body, DateOnly Start, DateOnly End, int Entries, int OpenObjections);

    public sealed record ObjectionRow(int Id, int NoticeId, string Nominee, string Award, DateTimeOffset At, string Content, ObjectionOutcome Outcome);

    [BindProperty(SupportsGet = true)]
    public bool All { get; set; }

    public IReadOnlyList<NoticeRow> Notices { get; private set; } = [];
    public IReadOnlyList<ObjectionRow> Objections { get; private set; } = [];
    public bool CanPublish { get; private set; }
    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var bodies = NoticeData.StaffBodies(scope);
        CanPublish = NoticeData.AppraiserBodies(scope).Count > 0;
        Today = service.Today;
        var entries = db.NoticeEntries();
        var objections = db.Objections();
        Notices = await (from n in db.Notices().AsNoTracking()
                         join u in db.OrgUnits.AsNoTracking() on n.OrgUnitId equals u.Id
                         where bodies.Contains(n.OrgUnitId)
                         orderby n.StartDate descending, n.Id descending
                         select new NoticeRow(n.Id, n.Title, u.Name, n.StartDate, n.EndDate, entries.Count(e => e.NoticeId == n.Id),
                             objections.Count(o => o.NoticeId == n.Id && o.Outcome == ObjectionOutcome.Open))).ToListAsync(ct);
        Objections = await (from o in db.Objections().AsNoTracking()
                            join e in db.NoticeEntries().AsNoTracking() on o.EntryId equals e.Id
                            where bodies.Contains(o.OrgUnitId) && (All || o.Outcome == ObjectionOutcome.Open)
                            orderby o.Outcome, o.SubmittedAt
                            select new ObjectionRow(o.Id, o.NoticeId, e.Name, e.AwardName, o.SubmittedAt, o.Content, o.Outcome)).Take(500).ToListAsync(ct);
    }
}
