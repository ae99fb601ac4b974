using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Common;
using Tdkt.Domain.Nominations;
using Tdkt.Domain.Security;
using Tdkt.Web.Data;
using Tdkt.Web.Infrastructure;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Nominations;

/// <summary>Dossiers the caller may see (proposing side by subtree, receiving body by exact unit), filtered by the
/// URL (<see cref="DossierFilter"/>), sorted, paged, counted and exported to .xlsx; the overdue ones shown first.</summary>
public sealed class IndexModel(TdktDbContext db, CurrentUser me, DossierInbox inbox) : PageModel
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

    public async Task OnGetAsync(CancellationToken ct)
    {
        var scope = await LoadAsync(ct);
        var page = Math.Min(Filter.Page, Pages);
        Rows = [.. Rows.Skip((page - 1) * PageSize).Take(PageSize)];
        Filter = Filter with { Page = page };
        await OptionsAsync(scope, ct);
    }

    /// <summary>The filtered rows (all pages) as .xlsx.</summary>
    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
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

    private async Task<OrgScope> LoadAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        Filter = DossierFilter.From(Request.Query);
        CanCreate = scope.Grants.Any(g => NominationAccess.Proposers.Contains(g.Role));
        var rows = await inbox.ListAsync(scope, Filter, ct);
        Total = rows.Count;
        Rows = rows;
        Overdue = Filter.Deadline == DossierFilter.Overdue ? [] : [.. rows.Where(r => r.WorkingDaysLeft < 0).Take(20)];
        return scope;
    }

    private async Task OptionsAsync(OrgScope scope, CancellationToken ct)
    {
        // One read of the visible dossiers' keys serves the unit, year, award and movement choices (was three scans).
        var visible = await NominationAccess.Visible(db, scope).AsNoTracking()
            .Select(d => new { d.Id, d.ProposingUnitId, d.Year, d.MovementId }).ToListAsync(ct);
        var unitIds = visible.Select(d => d.ProposingUnitId).Distinct().ToList();
        Units = [.. (await db.OrgUnits.AsNoTracking().Where(u => unitIds.Contains(u.Id)).Select(u => new { u.Id, u.Name }).Take(1000).ToListAsync(ct))
            .OrderBy(u => u.Name, StringComparer.Create(ViFormat.Culture, ignoreCase: true))
            .Select(u => (u.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), u.Name))];
        Years = [.. visible.Select(d => d.Year).Distinct().OrderByDescending(y => y)];
        var ids = visible.Select(d => d.Id).ToList();
        Awards = [.. (await db.Nominees.AsNoTracking().Where(n => ids.Contains(n.DossierId)).Select(n => n.AwardCode).Distinct().Take(200).ToListAsync(ct))
            .Select(c => (c, CodeNames.Award(c))).OrderBy(a => a.Item2, StringComparer.Create(ViFormat.Culture, ignoreCase: true))];
        var movementIds = visible.Where(d => d.MovementId != null).Select(d => d.MovementId!.Value).Distinct().ToList();
        Movements = [.. (await db.Movements.AsNoTracking().Where(m => movementIds.Contains(m.Id)).Select(m => new { m.Id, m.Name }).Take(500).ToListAsync(ct))
            .Select(m => (m.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), m.Name))];
    }
}
