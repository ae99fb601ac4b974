using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Awards.Eligibility;
using Tdkt.Web.Data;
using Tdkt.Web.Pages.Awards;
using Tdkt.Web.Pages.Shared;
using Tdkt.Web.Security;

namespace Tdkt.Web.Api;

/// <summary>What-if eligibility and award money under /api/v1.</summary>
public static class AwardsApi
{
    public sealed record RewardAmountDto(string Award, string SubjectKind, decimal Amount, decimal Coefficient, decimal BaseSalary,
        DateOnly DecisionDate, string LegalBasis, string LegalBasisCode, string Reference);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static RouteGroupBuilder MapAwardEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/eligibility/evaluate", async (HttpRequest http, CurrentUser me, AwardData data, TdktDbContext db, CancellationToken ct) =>
        {
            EvaluateRequest? request;
            try
            {
                request = await JsonSerializer.DeserializeAsync<EvaluateRequest>(http.Body, Json, ct);
            }
            catch (JsonException e)
            {
                var field = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "body" : e.Path.TrimStart('$', '.');
                return Results.ValidationProblem(new Dictionary<string, string[]>
                {
                    [field] = [$"Nội dung JSON không hợp lệ tại \"{field}\": hãy kiểm tra kiểu dữ liệu (năm là số, ngày là chuỗi yyyy-MM-dd)."],
                }, title: "Dữ liệu không hợp lệ");
            }

            var input = EligibilityRequests.Parse(request);
            if (input.IsFailure)
            {
                return input.Error!.ToApiResult();
            }

            var loaded = await me.GetAsync(ct);
            var path = loaded is null ? null
                : await db.OrgUnits.AsNoTracking().Where(u => u.Id == loaded.User.OrgUnitId).Select(u => u.Path).SingleOrDefaultAsync(ct);
            var settings = await data.SettingsForPathAsync(path, ct);
            var i = input.Value!;
            var result = EligibilityEngine.Evaluate(i.Award, i.Year, i.DecisionDate, i.Facts, settings);
            return result.IsFailure ? result.Error!.ToApiResult() : Results.Ok(EvaluateResponse.From(result.Value!));
        })
        .Accepts<EvaluateRequest>("application/json")
        .Produces<EvaluateResponse>()
        .WithName("EvaluateEligibility")
        .WithSummary("Xét thử tiêu chuẩn một danh hiệu, hình thức khen thưởng cho một đối tượng (từng tiêu chí, lý do, điều khoản)");

        api.MapGet("/reward-amount", async (string? award, string? subjectKind, string? decisionDate, AwardData data, CancellationToken ct) =>
        {
            var result = await data.RewardAsync(award, subjectKind, decisionDate, ct);
            if (result.IsFailure)
            {
                return result.Error!.ToApiResult();
            }

            var r = result.Value!;
            return Results.Ok(new RewardAmountDto(r.AwardCode, Domain.Awards.FactCodes.Code(r.SubjectKind), r.Amount, r.Coefficient,
                r.BaseSalary, r.DecisionDate, r.LegalBasisText, Domain.Awards.LegalBases.Code(r.Basis), r.Reference));
        })
        .WithName("RewardAmount")
        .WithSummary("Tiền thưởng = hệ số × mức lương cơ sở tại ngày quyết định, làm tròn lên hàng chục nghìn đồng");

        return api;
    }
}
