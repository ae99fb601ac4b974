using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Conferences;
using Tdkt.Web.Data;
using Tdkt.Web.Infrastructure;
using Tdkt.Web.Security;

namespace Tdkt.Web.Api;

/// <summary>Conferences and congresses under /api/v1, scoped like the pages (ADR-0009): out of scope answers 404.</summary>
public static class ConferencesApi
{
    public sealed record QuotaLineDto(string Kind, int Allotted, int Used, int Remaining);

    public sealed record EventDto(int Id, string Kind, string Title, int OrganiserUnitId, int? StandingAgencyId, int? MovementId,
        int? ParentEventId, int? PlanId, string TimeText, DateOnly? TimeStart, DateOnly? TimeEnd, bool Estimated, DateOnly? ExactDate,
        string? Venue, IReadOnlyList<string> Agenda, IReadOnlyList<DelegateGroup> DelegateGroups, int DelegatesSum, int? ExpectedDelegates,
        bool CompositionMismatch, decimal? BudgetAmount, string? FundingSource, string? BudgetDecision, IReadOnlyList<QuotaLineDto> Quota,
        IReadOnlyList<UnitQuota> UnitQuotas, DateOnly? DossierDeadline, DateOnly? DocumentsDue, string DocumentsStatus, DateOnly? HeldOn);

    public static IEndpointRouteBuilder MapConferencesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").RequireAuthorization().WithTags("Tdkt API v1 — hội nghị, đại hội");

        api.MapGet("/events", async (int? year, CurrentUser me, TdktDbContext db, TimeProvider clock, TdktSettings settings, CancellationToken ct) =>
        {
            var scope = await me.ScopeAsync(ct);
            var q = db.VisibleEvents(scope).AsNoTracking();
            if (year is { } y)
            {
                q = q.Where(e => e.Year == y);
            }

            var today = clock.Today(settings);
            return Results.Ok((await q.OrderBy(e => e.Year).ThenBy(e => e.Id).ToListAsync(ct)).Select(e => ToDto(e, today)));
        }).WithName("ListEvents").WithSummary("Hội nghị, đại hội trong phạm vi người gọi (year: lọc theo năm)");

        api.MapGet("/events/{id:int}", async (int id, CurrentUser me, TdktDbContext db, TimeProvider clock, TdktSettings settings, CancellationToken ct) =>
        {
            var scope = await me.ScopeAsync(ct);
            var e = await db.VisibleEvents(scope).AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
            return e is null
                ? Results.Problem(statusCode: 404, title: "Không tìm thấy", detail: "Không tìm thấy dữ liệu yêu cầu.")
                : Results.Ok(ToDto(e, clock.Today(settings)));
        }).WithName("GetEvent").WithSummary("Một hội nghị, đại hội (404 nếu ngoài phạm vi)");

        return app;
    }

    private static string Camel(string s) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(s);

    private static EventDto ToDto(ConferenceEvent e, DateOnly today)
    {
        var c = e.Composition;
        // Nomination dossiers will add their uses here (QuotaUse per proposed subject referencing the event id).
        var ledger = e.Quota.Ledger([]).Select(l => new QuotaLineDto(Camel(l.Kind.ToString()), l.Allotted, l.Used, l.Remaining)).ToList();
        return new EventDto(e.Id, Camel(e.Kind.ToString()), e.Title, e.OrganiserUnitId, e.StandingAgencyId, e.MovementId, e.ParentEventId, e.PlanId,
            e.TimeText, e.TimeStart, e.TimeEnd, e.TimeEstimated, e.ExactDate, e.Venue, e.Agenda, e.DelegateGroups, c.Sum, e.ExpectedDelegates,
            c.Mismatch, e.BudgetAmount, e.FundingSource, e.BudgetDecision, ledger, e.UnitQuotas, e.DossierDeadline,
            CongressDocuments.DueDate(e.EventDate), Camel(e.DocumentsStatus(today).ToString()), e.HeldOn);
    }
}
