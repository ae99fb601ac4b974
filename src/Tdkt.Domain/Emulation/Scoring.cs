using System.Globalization;

namespace Tdkt.Domain.Emulation;

/// <summary>Một dòng của bảng xếp hạng: hạng theo kiểu thi đấu (1, 2, 2, 4): đồng điểm thì đồng hạng.</summary>
public sealed record RankedUnit(int OrgUnitId, decimal Score, int Rank, bool Tied);

/// <summary>What a score sheet adds up to for one unit: base criteria, bonus and penalty after every cap.</summary>
public sealed record ScoreBreakdown(decimal Base, decimal Bonus, decimal Penalty, decimal Total);

/// <summary>Pure calculations of the score sheets: totals with caps, and the ranking with ties.</summary>
public static class ScoreCalculator
{
    /// <summary>
    /// Base = Σ criteria, each clamped to [0, max]; Bonus = Σ bonus items, each clamped to its limit, then the
    /// sheet's total bonus cap; Penalty = Σ penalty items, each clamped to its limit. Total never goes below 0.
    /// A missing score counts as 0.
    /// </summary>
    public static ScoreBreakdown Total(IEnumerable<ScoreCriterion> criteria, Func<ScoreCriterion, decimal?> pointsOf, decimal? bonusCap)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        ArgumentNullException.ThrowIfNull(pointsOf);
        decimal sumBase = 0, sumBonus = 0, sumPenalty = 0;
        foreach (var c in criteria)
        {
            var p = Math.Clamp(pointsOf(c) ?? 0m, 0m, c.MaxPoints);
            switch (c.Kind)
            {
                case CriterionKind.Criterion:
                    sumBase += p;
                    break;
                case CriterionKind.Bonus:
                    sumBonus += p;
                    break;
                case CriterionKind.Penalty:
                    sumPenalty += p;
                    break;
            }
        }

        if (bonusCap is { } cap)
        {
            sumBonus = Math.Min(sumBonus, cap);
        }

        return new ScoreBreakdown(sumBase, sumBonus, sumPenalty, Math.Max(0m, sumBase + sumBonus - sumPenalty));
    }

    /// <summary>Standard competition ranking: highest first; equal scores (to 0.01 point) share the rank and the
    /// next rank skips (1, 2, 2, 4). Equal scores keep the input order.</summary>
    public static IReadOnlyList<RankedUnit> Rank(IEnumerable<(int OrgUnitId, decimal Score)> scores)
    {
        var ordered = scores.Select(s => (s.OrgUnitId, Score: Math.Round(s.Score, 2, MidpointRounding.AwayFromZero)))
            .OrderByDescending(s => s.Score)
            .ToList();
        var result = new List<RankedUnit>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var rank = i > 0 && ordered[i].Score == ordered[i - 1].Score ? result[i - 1].Rank : i + 1;
            var tied = ordered.Count(o => o.Score == ordered[i].Score) > 1;
            result.Add(new RankedUnit(ordered[i].OrgUnitId, ordered[i].Score, rank, tied));
        }

        return result;
    }

    /// <summary>Writes points the Vietnamese way: 95,5.</summary>
    public static string Format(decimal points) => points.ToString("0.##", CultureInfo.GetCultureInfo("vi-VN"));
}

/// <summary>
/// Which units a finalised sheet proposes for an award: at year-end (tổng kết) the unit(s) ranked 1 for
/// Cờ thi đua của UBND tỉnh (CO_TINH), the unit(s) ranked 2 for Bằng khen của Chủ tịch UBND tỉnh (BK_TINH).
/// The mid-year review (sơ kết 6 tháng) proposes nothing: it is a progress check.
/// </summary>
public static class ProposalRule
{
    public const string CoThiDuaTinh = "CO_TINH";
    public const string BangKhenTinh = "BK_TINH";

    public static IReadOnlyList<(RankedUnit Unit, string AwardCode)> For(ScorePeriod period, IReadOnlyList<RankedUnit> ranking)
    {
        ArgumentNullException.ThrowIfNull(ranking);
        if (period != ScorePeriod.YearEnd)
        {
            return [];
        }

        return ranking.Where(r => r.Rank <= 2 && r.Score > 0)
            .Select(r => (r, r.Rank == 1 ? CoThiDuaTinh : BangKhenTinh))
            .ToList();
    }

    public static string AwardName(string code) => code switch
    {
        CoThiDuaTinh => "Cờ thi đua của UBND tỉnh",
        BangKhenTinh => "Bằng khen của Chủ tịch UBND tỉnh",
        _ => code,
    };
}
