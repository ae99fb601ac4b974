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
    public sealed record ObjectionRow(int Id, int NoticeId, string Nominee, string Award, DateTimeOffset At, string Content, ObjectionOutcome Outcome);

    [BindProperty(SupportsGet = true)]
    public bool All { get; set; }

    public IReadOnlyList<NoticeSummary> Notices { get; private set; } = [];
    public IReadOnlyList<ObjectionRow> Objections { get; private set; } = [];
    public bool CanPublish { get; private set; }
    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var bodies = NoticeData.StaffBodies(scope);
        CanPublish = NoticeData.AppraiserBodies(scope).Count > 0;
        Today = service.Today;
        Notices = await service.ListAsync(ct);
        Objections = await (from o in db.Objections().AsNoTracking()
                            join e in db.NoticeEntries().AsNoTracking() on o.EntryId equals e.Id
                            where bodies.Contains(o.OrgUnitId) && (All || o.Outcome == ObjectionOutcome.Open)
                            orderby o.Outcome, o.SubmittedAt
                            select new ObjectionRow(o.Id, o.NoticeId, e.Name, e.AwardName, o.SubmittedAt, o.Content, o.Outcome)).Take(500).ToListAsync(ct);
    }
}
