using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Common;
using System.Text.Json;
using Tdkt.Domain.Conferences;
using Tdkt.Domain.Organizations;
using Tdkt.Domain.Planning;
using Tdkt.Web.Data;
using Tdkt.Web.Pages.Shared;
using Tdkt.Web.Security;

namespace Tdkt.Web.Api;

/// <summary>The JSON API under /api/v1. Session cookie or "Authorization: Bearer" token; 401/404 as problem JSON.</summary>
public static class ApiV1
{
    public sealed record GrantDto(string Role, int OrgUnitId, string OrgUnitCode, string OrgUnitName);

    public sealed record MeDto(string Id, string UserName, string FullName, string? Position, int OrgUnitId, string[] Roles, GrantDto[] Grants);

    public sealed record OrgUnitDto(int Id, string Code, string Name, string Kind, int? ParentId, string Path,
        DateOnly ValidFrom, DateOnly? ValidTo, bool IsClosed);

    public static IEndpointRouteBuilder MapApiV1(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").RequireAuthorization().WithTags("Tdkt API v1");

        api.MapGet("/me", async (CurrentUser me, TdktDbContext db, CancellationToken ct) =>
        {
            var loaded = await me.GetAsync(ct);
            if (loaded is null)
            {
                return Results.Problem(statusCode: 401, title: "Chưa xác thực", detail: "Tài khoản không còn hiệu lực.");
            }

            var ids = loaded.Scope.Grants.Select(g => g.OrgUnitId).ToList();
            var units = await db.OrgUnits.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, ct);
            var grants = loaded.Scope.Grants
                .Select(g => new GrantDto(g.Role.ToString(), g.OrgUnitId, units[g.OrgUnitId].Code, units[g.OrgUnitId].Name))
                .ToArray();
            var u = loaded.User;
            return Results.Ok(new MeDto(u.Id, u.UserName ?? string.Empty, u.FullName, u.Position, u.OrgUnitId,
                grants.Select(g => g.Role).Distinct().Order(StringComparer.Ordinal).ToArray(), grants));
        }).WithName("GetMe").WithSummary("Người gọi, vai trò và phạm vi được cấp");

        api.MapGet("/org-units", async (string? q, string? asOf, CurrentUser me, TdktDbContext db, CancellationToken ct) =>
        {
            var scope = await me.ScopeAsync(ct);
            var units = db.OrgUnits.AsNoTracking().VisibleTo(scope);
            if (!string.IsNullOrWhiteSpace(asOf))
            {
                if (!ViFormat.TryParseDate(asOf, out var day))
                {
                    return Results.ValidationProblem(new Dictionary<string, string[]>
                    {
                        ["asOf"] = [$"Ngày \"{asOf}\" không hợp lệ. Dùng yyyy-MM-dd hoặc dd/MM/yyyy."],
                    }, title: "Dữ liệu không hợp lệ");
                }

                units = units.Where(u => u.ValidFrom <= day && (u.ValidTo == null || u.ValidTo >= day));
            }

            if (!string.IsNullOrWhiteSpace(q))
            {
                var pattern = "%" + q.Trim().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
                units = units.Where(u => EF.Functions.ILike(TdktDbContext.Unaccent(u.Name), TdktDbContext.Unaccent(pattern))
                    || EF.Functions.ILike(u.Code, pattern));
            }

            var list = await units.OrderBy(u => u.Path).Take(1000).ToListAsync(ct);
            return Results.Ok(list.Select(ToDto));
        }).WithName("ListOrgUnits").WithSummary("Đơn vị trong phạm vi người gọi (q: tìm không dấu; asOf: tại ngày)");

        api.MapGet("/org-units/{id:int}", async (int id, CurrentUser me, TdktDbContext db, CancellationToken ct) =>
        {
            var scope = await me.ScopeAsync(ct);
            var unit = await db.OrgUnits.AsNoTracking().VisibleTo(scope).SingleOrDefaultAsync(u => u.Id == id, ct);
            return unit is null
                ? Results.Problem(statusCode: 404, title: "Không tìm thấy", detail: "Không tìm thấy dữ liệu yêu cầu.")
                : Results.Ok(ToDto(unit));
        }).WithName("GetOrgUnit").WithSummary("Một đơn vị (404 nếu ngoài phạm vi)");

        api.MapPost("/timeframes/parse", (TimeframeRequest? request) =>
        {
            if (request is null || string.IsNullOrWhiteSpace(request.Text))
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["text"] = ["Hãy gửi \"text\": thời gian như kế hoạch ghi, ví dụ \"Tháng 5, 6, 7\"."] }, title: "Dữ liệu không hợp lệ");
            }

            if (request.Year is not (>= 1900 and <= 2200))
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["year"] = ["Hãy gửi \"year\": năm của kế hoạch, ví dụ 2023."] }, title: "Dữ liệu không hợp lệ");
            }

            var t = TimeframeParser.Parse(request.Text, request.Year.Value);
            return Results.Ok(TimeframeDto.From(t));
        }).WithName("ParseTimeframe").WithSummary("Đọc thời gian viết theo kiểu kế hoạch (\"Tháng 5, 6, 7\", \"Trước ngày 24/11/2023\"…) thành ngày");

        api.MapGet("/congress/delegates", async (string? tier, int? staff, CurrentUser me, TdktDbContext db, CancellationToken ct) =>
        {
            if (!DelegateRuleSet.TryParseTier(tier, out var t))
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["tier"] = ["Hãy gửi \"tier\" là một trong: commune, enterprise, department, province."] }, title: "Dữ liệu không hợp lệ");
            }

            if (staff is null && t != CongressTier.Province)
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["staff"] = ["Hãy gửi \"staff\": số cán bộ, công chức, viên chức, người lao động của đơn vị."] }, title: "Dữ liệu không hợp lệ");
            }

            var ruleSet = await Pages.Congress.DelegateRuleSets.ForAsync(db, await me.ScopeAsync(ct), ct);
            var result = ruleSet.Compute(t, staff ?? 0);
            if (result.IsFailure)
            {
                return result.Error!.ToApiResult();
            }

            var c = result.Value!;
            return Results.Ok(new DelegatesDto(c.Delegates, c.MaxDelegates, c.Mode is { } m ? JsonNamingPolicy.CamelCase.ConvertName(m.ToString()) : null, c.NeedsDecision, c.Rule));
        }).WithName("CongressDelegates").WithSummary("Số đại biểu Đại hội thi đua theo quy mô đơn vị (quy tắc mặc định: kế hoạch tỉnh Lai Châu 2024)");

        api.MapAwardEndpoints();
        api.MapOrgUnitHandover();
        api.MapStatisticsEndpoints();
        return app;
    }

    public sealed record DelegatesDto(int? Delegates, int? MaxDelegates, string? Mode, bool NeedsDecision, string Rule);

    public sealed record TimeframeRequest(string? Text, int? Year);

    public sealed record TimeframeDto(string Kind, DateOnly? Start, DateOnly? End, string? Recurrence, int? OffsetDays,
        string? RelativeTo, bool Estimated, string Text)
    {
        public bool WorkingDays { get; init; }

        public string? PartOfDay { get; init; }

        public decimal? DurationDays { get; init; }

        public int? DurationMonths { get; init; }

        /// <summary>Words of the text that are not part of the time expression.</summary>
        public string? Unparsed { get; init; }

        public static TimeframeDto From(Timeframe t) =>
            new(JsonNamingPolicy.CamelCase.ConvertName(t.Kind.ToString()), t.Start, t.End, t.Recurrence, t.OffsetDays, t.RelativeTo, t.Estimated, t.Text)
            {
                WorkingDays = t.WorkingDays,
                PartOfDay = t.PartOfDay,
                DurationDays = t.DurationDays,
                DurationMonths = t.DurationMonths,
                Unparsed = t.Unparsed,
            };
    }

    private static OrgUnitDto ToDto(OrgUnit u) =>
        new(u.Id, u.Code, u.Name, u.Kind.ToString(), u.ParentId, u.Path, u.ValidFrom, u.ValidTo, u.IsClosed);
}
