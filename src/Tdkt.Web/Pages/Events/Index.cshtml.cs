using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Conferences;
using Tdkt.Web.Data;
using Tdkt.Web.Infrastructure;
using Tdkt.Web.Security;

namespace Tdkt.Web.Pages.Events;

/// <summary>Events and congresses in the caller's scope: a list and a month calendar.</summary>
public sealed class IndexModel(TdktDbContext db, CurrentUser me, TimeProvider clock, TdktSettings settings) : PageModel
{
    public sealed record Row(ConferenceEvent Event, string Organiser, DocumentsStatus Documents);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
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
    }
}
