using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Conferences;
using Tdkt.Web.Data;
using Tdkt.Web.Infrastructure;
using Tdkt.Web.Pages.Shared;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Events;

/// <summary>Events and congresses in the caller's scope: a month calendar and a list filtered by the URL (words, year, kind,
/// organiser), sorted, paged, counted and exported.</summary>
public sealed class IndexModel(TdktDbContext db, CurrentUser me, TimeProvider clock, TdktSettings settings) : PageModel
{
    public sealed record Row(ConferenceEvent Event, string Organiser, DocumentsStatus Documents);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public static readonly IReadOnlyList<(string Value, string Name)> Sorts =
        [("moi", "Thời gian mới nhất"), ("cu", "Thời gian cũ nhất"), ("ten", "Tên A–Z")];

    /// <summary>The filtered list (the calendar shows every event).</summary>
    public ListPage<Row> List { get; private set; } = null!;
    public IReadOnlyList<(int Id, string Name)> Units { get; private set; } = [];
    public IReadOnlyList<int> Years { get; private set; } = [];
    public IReadOnlyList<EventKind> Kinds { get; private set; } = [];
    public string? Q { get; private set; }
    public int? Year { get; private set; }
    public int? UnitId { get; private set; }
    public EventKind? Kind { get; private set; }
    public string Sort { get; private set; } = "moi";
    public DateOnly Month { get; private set; }
    public bool CanCreate { get; private set; }
    public DateOnly Today { get; private set; }

    /// <summary>Events with a fixed day in the month, by day.</summary>
    public ILookup<int, Row> OnDay { get; private set; } = Array.Empty<Row>().ToLookup(r => 0);

    /// <summary>Events whose written time covers the month but have no fixed day yet.</summary>
    public IReadOnlyList<Row> InMonth { get; private set; } = [];

    public async Task OnGetAsync(string? month, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        Today = clock.Today(settings);
        CanCreate = scope.Roots(PlanningAccess.Managers).Count > 0;
        var events = await db.VisibleEvents(scope).AsNoTracking().ToListAsync(ct);
        var ids = events.Select(e => e.OrganiserUnitId).Distinct().ToList();
        var names = await db.OrgUnits.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        Rows = events.OrderByDescending(e => e.EventDate ?? DateOnly.MinValue).ThenBy(e => e.Title)
            .Select(e => new Row(e, names[e.OrganiserUnitId], e.DocumentsStatus(Today))).ToList();

        Month = DateOnly.TryParseExact(month, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var m)
            ? m : (Rows.FirstOrDefault(r => r.Event.EventDate is { } d && d >= Today)?.Event.EventDate is { } next ? new DateOnly(next.Year, next.Month, 1) : new DateOnly(Today.Year, Today.Month, 1));
        var first = new DateOnly(Month.Year, Month.Month, 1);
        var last = first.AddMonths(1).AddDays(-1);
        OnDay = Rows.Where(r => r.Event.ExactDate is { } d && d >= first && d <= last).ToLookup(r => r.Event.ExactDate!.Value.Day);
        InMonth = Rows.Where(r => r.Event.ExactDate is null && r.Event.TimeEnd is { } end && end >= first && (r.Event.TimeStart ?? end) <= last).ToList();
        Filter();
    }

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        await OnGetAsync(null, ct);
        var n = 0;
        var bytes = Xlsx.Write("Hoi nghi", ["STT", "Hội nghị", "Loại", "Đơn vị tổ chức", "Thời gian"],
            List.All.Select(r => (IReadOnlyList<object?>)[++n, r.Event.Title, r.Event.Kind.Vietnamese(), r.Organiser, r.Event.WhenText]));
        return File(bytes, Xlsx.ContentType, $"hoi-nghi-{Today:yyyyMMdd}.xlsx");
    }

    private static int? YearOf(ConferenceEvent e) => (e.EventDate ?? e.TimeStart ?? e.TimeEnd)?.Year;

    private void Filter()
    {
        var vi = StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), false);
        Units = [.. Rows.Select(r => (r.Event.OrganiserUnitId, r.Organiser)).Distinct().OrderBy(u => u.Organiser, vi)];
        Years = [.. Rows.Select(r => YearOf(r.Event)).OfType<int>().Distinct().OrderDescending()];
        Kinds = [.. Rows.Select(r => r.Event.Kind).Distinct().Order()];
        Q = ListFilters.Text(Request, "q");
        Year = ListFilters.Int(Request, "nam");
        UnitId = ListFilters.Int(Request, "donvi");
        Kind = Enum.TryParse<EventKind>(ListFilters.Text(Request, "loai"), out var k) && Enum.IsDefined(k) && ListFilters.Int(Request, "loai") is null ? k : null;
        Sort = Sorts.Any(s => s.Value == ListFilters.Text(Request, "sap")) ? ListFilters.Text(Request, "sap")! : "moi";
        var rows = Rows.Where(r => ListFilters.Matches(Q, r.Event.Title) && (Year is null || YearOf(r.Event) == Year)
            && (UnitId is null || r.Event.OrganiserUnitId == UnitId) && (Kind is null || r.Event.Kind == Kind));
        rows = Sort switch
        {
            "cu" => rows.OrderBy(r => r.Event.EventDate ?? r.Event.TimeStart ?? DateOnly.MaxValue).ThenBy(r => r.Event.Title, vi),
            "ten" => rows.OrderBy(r => r.Event.Title, vi),
            _ => rows,
        };
        List = new ListPage<Row>(Request, [.. rows]);
    }
}
