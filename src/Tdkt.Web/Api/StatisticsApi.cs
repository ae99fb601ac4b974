using Tdkt.Domain.Statistics;
using Tdkt.Web.Infrastructure;
using Tdkt.Web.Pages.Shared;
using Tdkt.Web.Pages.ThongKe;
using Tdkt.Web.Security;

namespace Tdkt.Web.Api;

/// <summary>GET /api/v1/statistics/awards: the figures of /ThongKe as JSON (same parameters, same query, same scope).</summary>
public static class StatisticsApi
{
    public sealed record KeyDto(string Key, string Label);

    public sealed record CellDto(IReadOnlyDictionary<string, KeyDto> Keys, long Count, decimal Money, long RevokedCount, decimal RevokedMoney);

    public sealed record TotalDto(long Count, decimal Money, long RevokedCount, decimal RevokedMoney);

    public sealed record AwardStatisticsDto(int UnitId, string UnitName, DateOnly AsOf, DateOnly From, DateOnly To, string[] GroupBy,
        IReadOnlyList<CellDto> Cells, TotalDto Total);

    public static RouteGroupBuilder MapStatisticsEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/statistics/awards", async (HttpRequest http, CurrentUser me, ReadOnlyDb readOnly, TimeProvider clock, TdktSettings settings,
            CancellationToken ct) =>
        {
            var parsed = StatQuery.From(http.Query).Parse(clock.Today(settings));
            if (parsed.IsFailure)
            {
                return parsed.Error!.ToApiResult();
            }

            var (request, filters, _) = parsed.Value;
            var stats = new AwardStatistics(readOnly.Context); // the replica when up (ADR-0035)
            var unit = await stats.UnitScopeAsync(await me.ScopeAsync(ct), filters.Unit, request.AsOf, ct);
            if (unit.IsFailure)
            {
                return unit.Error!.ToApiResult();
            }

            var table = await stats.PivotAsync(unit.Value!, request, filters, ct);
            if (table.IsFailure)
            {
                return table.Error!.ToApiResult();
            }

            var label = await stats.LabelerAsync(unit.Value!, ct);
            var t = table.Value!;
            var cells = new List<CellDto>();
            for (var r = 0; r < t.RowKeys.Count; r++)
            {
                for (var c = 0; c < t.ColumnKeys.Count; c++)
                {
                    var f = t.Cell(r, c);
                    if (f.Count == 0 && f.RevokedCount == 0)
                    {
                        continue;
                    }

                    var keys = t.RowKeys[r].Concat(t.ColumnDimension is null ? [] : [t.ColumnKeys[c]]).ToList();
                    var dto = request.GroupBy.Select((d, i) => (d.Name(), new KeyDto(keys[i], label(d, keys[i])))).ToDictionary(x => x.Item1, x => x.Item2);
                    cells.Add(new CellDto(dto, f.Count, f.Money, f.RevokedCount, f.RevokedMoney));
                }
            }

            var u = unit.Value!;
            return Results.Ok(new AwardStatisticsDto(u.RootId, u.RootName, u.AsOf, request.From, request.To,
                request.GroupBy.Select(d => d.Name()).ToArray(), cells, new TotalDto(t.Total.Count, t.Total.Money, t.Total.RevokedCount, t.Total.RevokedMoney)));
        })
        .Produces<AwardStatisticsDto>()
        .WithName("GetAwardStatistics")
        .WithSummary("Thống kê khen thưởng (groupBy: unit, year, form, level, kind, subject, movement, issuer; unit, asOf, from, to, kind, form, level, subject, revoked=rieng)");
        return api;
    }
}
