using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Nominations;
using Tdkt.Domain.Security;
using Tdkt.Web.Data;
using Tdkt.Web.Infrastructure;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Nominations;

/// <summary>Dossiers the caller may see (proposing side by subtree, receiving body by exact unit), filtered by the
/// URL (<see cref="DossierFilter"/>), sorted, paged, counted and exported to .xlsx; the overdue ones shown first.</summary>
public sealed class IndexModel(TdktDbContext db, CurrentUser me, DossierInbox inbox, InboxChoices choices) : PageModel
{
    public const int PageSize = 50;

    public DossierFilter Filter { get; private set; } = new();
    public IReadOnlyList<DossierInbox.Row> Rows { get; private set; } = [];
    public IReadOnlyList<DossierInbox.Row> Overdue { get; private set; } = [];
    public int Total { get; private set; }
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
    public bool CanCreate { get; private set; }
    public DateOnly Today => inbox.Today;
    public IReadOnlyList<(string Value, string Name)> Units { get; private set; } = [];
    public IReadOnlyList<int> Years { get; private set; } = [];
    public IReadOnlyList<(string Value, string Name)> Awards { get; private set; } = [];
    public IReadOnlyList<(string Value, string Name)> Movements { get; private set; } = [];

    public sealed record ListItem(Dossier D, string Name);

    /// <summary>The unfiltered list as SQL (measured by bench/Tdkt.Nominations.Benchmarks): visible dossiers, newest first, 500 at most.</summary>
    public static IQueryable<ListItem> ListQuery(TdktDbContext db, OrgScope scope) =>
        (from d in NominationAccess.Visible(db, scope).AsNoTracking()
         join u in db.OrgUnits.AsNoTracking() on d.ProposingUnitId equals u.Id
         orderby d.CreatedAt descending
         select new ListItem(d, u.Name)).Take(500);

    /// <summary>More matches than the in-memory sorts read (<see cref="DossierInbox.MaxRows"/>): the page says so.</summary>
    public bool Capped { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        Filter = DossierFilter.From(Request.Query);
        CanCreate = scope.Grants.Any(g => NominationAccess.Proposers.Contains(g.Role));
        var page = await inbox.PageAsync(scope, Filter, PageSize, ct);
        (Rows, Total, Capped, Overdue) = (page.Rows, page.Total, page.Capped, page.Overdue);
        Filter = Filter with { Page = Math.Min(Filter.Page, Pages) };
        await OptionsAsync(scope, ct);
    }

    /// <summary>The filtered rows (all pages) as .xlsx.</summary>
    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        Filter = DossierFilter.From(Request.Query);
        Rows = await inbox.ListAsync(scope, Filter, ct);
        var n = 0;
        // Dates as real dates (shown dd/MM/yyyy), so the officer can sort and filter them in Excel.
        var bytes = Xlsx.Write("Hồ sơ đề nghị", Headers, Rows.Select(r => (IReadOnlyList<object?>)
        [
            ++n, r.Dossier.Title, r.Unit, r.Dossier.Year, r.Dossier.Status.Vietnamese(),
            r.Dossier.SubmitBefore is { } before ? before : string.Empty, r.Due is { } due ? due : string.Empty,
            r.WorkingDaysLeft is { } w ? CodeNames.WorkingDaysLeft(w) : string.Empty,
        ]));
        return File(bytes, Xlsx.ContentType, $"ho-so-de-nghi-{inbox.Today:yyyyMMdd}.xlsx");
    }

    public static readonly string[] Headers = ["STT", "Hồ sơ", "Đơn vị đề nghị", "Năm", "Bước", "Hạn nộp", "Hạn thẩm định", "Thời hạn thẩm định"];

    private async Task OptionsAsync(OrgScope scope, CancellationToken ct)
    {
        var c = await choices.GetAsync(db, scope, ct);
        (Units, Years, Awards, Movements) = (c.Units, c.Years, c.Awards, c.Movements);
    }
}
