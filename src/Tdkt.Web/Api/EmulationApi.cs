using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Emulation;
using Tdkt.Web.Data;
using Tdkt.Web.Pages.Clusters;
using Tdkt.Web.Security;

namespace Tdkt.Web.Api;

/// <summary>Clusters/blocs and score-sheet rankings under /api/v1; scoped like the pages (out of scope → 404).</summary>
public static class EmulationApi
{
    public sealed record UnitRefDto(int Id, string Code, string Name);

    public sealed record MemberDto(UnitRefDto Unit, int FromYear, int? ToYear);

    public sealed record LeaderDto(int Year, UnitRefDto Leader, UnitRefDto? Deputy);

    public sealed record SheetRefDto(int Id, int Year, string Period, string Title, string Status);

    public sealed record ClusterDto(int Id, string Code, string Name, string Kind, UnitRefDto Organiser,
        MemberDto[] Members, LeaderDto[] Leaders, SheetRefDto[] ScoreSheets);

    public sealed record RankingRowDto(int Rank, bool Tied, UnitRefDto Unit, decimal Score);

    public sealed record ProposalDto(UnitRefDto Unit, string AwardCode, string AwardName, decimal Score, int Rank);

    public sealed record RankingDto(int SheetId, int ClusterId, int Year, string Period, string Status, bool Final,
        decimal MaxTotal, RankingRowDto[] Ranking, ProposalDto[] Proposals);

    public static IEndpointRouteBuilder MapEmulationApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").RequireAuthorization().WithTags("Tdkt API v1 — cụm, khối thi đua");

        api.MapGet("/clusters", async (CurrentUser me, TdktDbContext db, CancellationToken ct) =>
        {
            var scope = await me.ScopeAsync(ct);
            var clusters = await db.VisibleClusters(scope).AsNoTracking().Include(c => c.Members).Include(c => c.Leaders)
                .OrderBy(c => c.Code).ToListAsync(ct);
            return Results.Ok(await ToDtosAsync(db, clusters, ct));
        }).WithName("ListClusters").WithSummary("Cụm, khối thi đua trong phạm vi (đơn vị tổ chức hoặc thành viên), với thành viên và trưởng, phó");

        api.MapGet("/clusters/{id:int}", async (int id, CurrentUser me, TdktDbContext db, CancellationToken ct) =>
        {
            var scope = await me.ScopeAsync(ct);
            var cluster = await db.VisibleClusters(scope).AsNoTracking().Include(c => c.Members).Include(c => c.Leaders)
                .SingleOrDefaultAsync(c => c.Id == id, ct);
            return cluster is null ? NotFound() : Results.Ok((await ToDtosAsync(db, [cluster], ct))[0]);
        }).WithName("GetCluster").WithSummary("Một cụm, khối (404 nếu ngoài phạm vi)");

        api.MapGet("/score-sheets/{id:int}/ranking", async (int id, CurrentUser me, TdktDbContext db, CancellationToken ct) =>
        {
            var scope = await me.ScopeAsync(ct);
            var sheet = await db.ScoreSheets.AsNoTracking().Include(s => s.Criteria).SingleOrDefaultAsync(s => s.Id == id, ct);
            if (sheet is null || !await db.VisibleClusters(scope).AnyAsync(c => c.Id == sheet.ClusterId, ct))
            {
                return NotFound();
            }

            var cards = await db.UnitScoreCards.AsNoTracking().Include(c => c.Entries).Where(c => c.SheetId == id).ToListAsync(ct);
            var ranking = sheet.Ranking(cards);
            var proposals = await db.ClusterAwardProposals.AsNoTracking().Where(p => p.SheetId == id).OrderBy(p => p.Rank).ToListAsync(ct);
            var ids = ranking.Select(r => r.OrgUnitId).Concat(proposals.Select(p => p.OrgUnitId)).Distinct().ToList();
            var units = await db.OrgUnits.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => new UnitRefDto(u.Id, u.Code, u.Name), ct);
            return Results.Ok(new RankingDto(sheet.Id, sheet.ClusterId, sheet.Year, Camel(sheet.Period.ToString()), Camel(sheet.Status.ToString()),
                sheet.Status == SheetStatus.Finalised, sheet.MaxTotal,
                ranking.Select(r => new RankingRowDto(r.Rank, r.Tied, units[r.OrgUnitId], r.Score)).ToArray(),
                proposals.Select(p => new ProposalDto(units[p.OrgUnitId], p.AwardCode, ProposalRule.AwardName(p.AwardCode), p.Score, p.Rank)).ToArray()));
        }).WithName("ScoreSheetRanking").WithSummary("Xếp hạng của bảng chấm điểm (đồng điểm đồng hạng) và đề nghị khen thưởng; tạm tính khi chưa chốt");

        return app;
    }

    private static IResult NotFound() =>
        Results.Problem(statusCode: 404, title: "Không tìm thấy", detail: "Không tìm thấy dữ liệu yêu cầu.");

    private static string Camel(string s) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(s);

    private static async Task<List<ClusterDto>> ToDtosAsync(TdktDbContext db, IReadOnlyList<Domain.Organizations.EmulationCluster> clusters, CancellationToken ct)
    {
        var ids = clusters.SelectMany(c => c.Members.Select(m => m.OrgUnitId).Append(c.OwnerOrgUnitId)
            .Concat(c.Leaders.Select(l => l.LeaderOrgUnitId)).Concat(c.Leaders.Where(l => l.DeputyOrgUnitId != null).Select(l => l.DeputyOrgUnitId!.Value))).Distinct().ToList();
        var units = await db.OrgUnits.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => new UnitRefDto(u.Id, u.Code, u.Name), ct);
        var clusterIds = clusters.Select(c => c.Id).ToList();
        var sheets = await db.ScoreSheets.AsNoTracking().Where(s => clusterIds.Contains(s.ClusterId)).OrderBy(s => s.Year).ThenBy(s => s.Period).ToListAsync(ct);
        return clusters.Select(c => new ClusterDto(c.Id, c.Code, c.Name, Camel(c.Kind.ToString()), units[c.OwnerOrgUnitId],
            c.Members.OrderBy(m => units[m.OrgUnitId].Code, StringComparer.Ordinal).Select(m => new MemberDto(units[m.OrgUnitId], m.FromYear, m.ToYear)).ToArray(),
            c.Leaders.OrderBy(l => l.Year).Select(l => new LeaderDto(l.Year, units[l.LeaderOrgUnitId], l.DeputyOrgUnitId is { } d ? units[d] : null)).ToArray(),
            sheets.Where(s => s.ClusterId == c.Id).Select(s => new SheetRefDto(s.Id, s.Year, Camel(s.Period.ToString()), s.Title, Camel(s.Status.ToString()))).ToArray()))
            .ToList();
    }
}
