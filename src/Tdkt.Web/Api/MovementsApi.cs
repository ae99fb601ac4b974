using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Planning;
using Tdkt.Web.Data;
using Tdkt.Web.Security;

namespace Tdkt.Web.Api;

/// <summary>Movements and plans under /api/v1, scoped like the pages (ADR-0006): out of scope answers 404.</summary>
public static class MovementsApi
{
    public sealed record MovementDto(int Id, string Name, int LaunchingUnitId, string Level, string Form, DateOnly From, DateOnly To,
        int? StandingAgencyId, string? StandingAgencyNote, string? Objectives, IReadOnlyList<string> ContentItems,
        IReadOnlyList<ParticipantGroup> ParticipantGroups, IReadOnlyList<AwardQuota> AwardQuotas, IReadOnlyList<Milestone> Milestones,
        IReadOnlyList<string> LegalBases, int? ParentMovementId, int QuotaCollectives, int QuotaIndividuals, int QuotaHouseholds);

    public sealed record TaskDto(int Id, int Order, string Content, int? LeadUnitId, string? LeadUnitText, IReadOnlyList<int> CoordinatingUnitIds,
        string? CoordinatingText, string TimeframeText, string TimeframeKind, DateOnly? Start, DateOnly? End, bool DatesCorrected, string Status, int Percent);

    public sealed record SectionDto(string Kind, string Heading, string Text);

    public sealed record PlanDto(int Id, string Title, string? Number, int OwnerUnitId, int Year, DateOnly? IssuedOn, int? MovementId, int? ParentPlanId,
        IReadOnlyList<string> LegalBases, IReadOnlyList<SectionDto>? Sections, IReadOnlyList<TaskDto>? Tasks);

    public static IEndpointRouteBuilder MapMovementsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").RequireAuthorization().WithTags("Tdkt API v1");
        api.MapPlanImportPreview();

        api.MapGet("/movements", async (CurrentUser me, TdktDbContext db, CancellationToken ct) =>
        {
            var scope = await me.ScopeAsync(ct);
            var list = await db.VisibleMovements(scope).AsNoTracking().OrderByDescending(m => m.From).ThenBy(m => m.Id).ToListAsync(ct);
            return Results.Ok(list.Select(ToDto));
        }).WithName("ListMovements").WithSummary("Phong trào thi đua trong phạm vi người gọi");

        api.MapGet("/movements/{id:int}", async (int id, CurrentUser me, TdktDbContext db, CancellationToken ct) =>
        {
            var scope = await me.ScopeAsync(ct);
            var m = await db.VisibleMovements(scope).AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
            return m is null ? NotFound() : Results.Ok(ToDto(m));
        }).WithName("GetMovement").WithSummary("Một phong trào (404 nếu ngoài phạm vi)");

        api.MapGet("/plans", async (int? movementId, CurrentUser me, TdktDbContext db, CancellationToken ct) =>
        {
            var scope = await me.ScopeAsync(ct);
            var plans = db.VisiblePlans(scope).AsNoTracking();
            if (movementId is { } mid)
            {
                plans = plans.Where(p => p.MovementId == mid);
            }

            var list = await plans.OrderByDescending(p => p.Year).ThenBy(p => p.Id).ToListAsync(ct);
            return Results.Ok(list.Select(p => ToDto(p, null)));
        }).WithName("ListPlans").WithSummary("Kế hoạch trong phạm vi người gọi (movementId: kế hoạch thực hiện một phong trào)");

        api.MapGet("/plans/{id:int}", async (int id, CurrentUser me, TdktDbContext db, CancellationToken ct) =>
        {
            var scope = await me.ScopeAsync(ct);
            var p = await db.VisiblePlans(scope).AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
            if (p is null)
            {
                return NotFound();
            }

            var tasks = await db.PlanTasks.AsNoTracking().Where(t => t.PlanId == id).OrderBy(t => t.Order).ToListAsync(ct);
            return Results.Ok(ToDto(p, tasks));
        }).WithName("GetPlan").WithSummary("Một kế hoạch với các mục và bảng nhiệm vụ (404 nếu ngoài phạm vi)");

        return app;
    }

    private static IResult NotFound() =>
        Results.Problem(statusCode: 404, title: "Không tìm thấy", detail: "Không tìm thấy dữ liệu yêu cầu.");

    private static MovementDto ToDto(Movement m) =>
        new(m.Id, m.Name, m.LaunchingUnitId, m.Level.ToString(), m.Form.ToString(), m.From, m.To, m.StandingAgencyId, m.StandingAgencyNote,
            m.Objectives, m.ContentItems, m.ParticipantGroups, m.AwardQuotas, m.Milestones, m.LegalBases, m.ParentMovementId,
            m.QuotaCollectives, m.QuotaIndividuals, m.QuotaHouseholds);

    private static PlanDto ToDto(Plan p, List<PlanTask>? tasks) =>
        new(p.Id, p.Title, p.Number, p.OwnerUnitId, p.Year, p.IssuedOn, p.MovementId, p.ParentPlanId, p.LegalBases,
            tasks is null ? null : p.Sections.Select(s => new SectionDto(s.Kind.ToString(), s.Heading, s.Text)).ToList(),
            tasks?.Select(t => new TaskDto(t.Id, t.Order, t.Content, t.LeadUnitId, t.LeadUnitText, t.CoordinatingUnitIds, t.CoordinatingText,
                t.TimeframeText, t.TimeframeKind.ToString(), t.Start, t.End, t.DatesCorrected, t.Status.ToString(), t.Percent)).ToList());
}
