using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tdkt.Web.Data;

namespace Tdkt.Web.Pages.Notices;

/// <summary>/cong-khai: the notices open today, for anyone, without login (ADR-0011).</summary>
[AllowAnonymous]
public sealed class PublicListModel(TdktDbContext db, NoticeService service) : PageModel
{
    public sealed record Row(int Id, string Title, string Body, DateOnly Start, DateOnly End, int Count);

    public IReadOnlyList<Row> Notices { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var today = service.Today;
        var entries = db.NoticeEntries();
        Notices = await (from n in db.Notices().AsNoTracking()
                         join u in db.OrgUnits.AsNoTracking() on n.OrgUnitId equals u.Id
                         where n.StartDate <= today && n.EndDate >= today
                         orderby n.EndDate, n.Id
                         select new Row(n.Id, n.Title, u.Name, n.StartDate, n.EndDate, entries.Count(e => e.NoticeId == n.Id))).ToListAsync(ct);
    }
}
