namespace Tdkt.Domain.Awards;

/// <summary>Per-province parameters for what the national texts leave open or what domain.md could not verify.
/// Every default below is documented in docs/rules.md with its source and confidence.</summary>
public sealed record JurisdictionSettings
{
    /// <summary>Bắc Ninh's values (QĐ 86/2025/QĐ-UBND) and domain.md's suggestions.</summary>
    public static readonly JurisdictionSettings Default = new();

    public string ProvinceName { get; init; } = "Mặc định (theo Bắc Ninh, QĐ 86/2025/QĐ-UBND)";

    /// <summary>TTLĐTT: minimum share of members with LĐTT, in percent, compared with ≥.
    /// Law 2022 Art 28 value UNVERIFIED; 70 is Bắc Ninh's (domain.md §2.4, Appendix B.4).</summary>
    public decimal TtldttMinLdttPercent { get; init; } = 70m;

    /// <summary>Council approval thresholds under ND 152 (share of ALL members, percent), by award code.
    /// UNVERIFIED (domain.md §4.4, Appendix B.1); defaults keep the ND 98 values.</summary>
    public IReadOnlyDictionary<string, decimal> Nd152CouncilThresholds { get; init; } = new Dictionary<string, decimal>
    {
        [AwardCodes.CstdTq] = 90m,
        [AwardCodes.CstdTinh] = 90m,
        [AwardCodes.Cstdcs] = 80m,
        [AwardCodes.CoTinh] = 80m,
        [AwardCodes.CoCp] = 80m,
    };

    /// <summary>Working days the province takes to appraise provincial awards. UNVERIFIED (domain.md §4.3):
    /// 20 by analogy with the commune and BNV limits.</summary>
    public int ProvincialProcessingWorkingDays { get; init; } = 20;

    /// <summary>Working days a dossier returned for supplement gets by default (hạn bổ sung) when the appraiser gives no
    /// date. Not set by law; 10 is the earlier fixed value (<c>Dossier.DefaultSupplementWorkingDays</c>).</summary>
    public int SupplementWorkingDays { get; init; } = Nominations.Dossier.DefaultSupplementWorkingDays;

    /// <summary>The bounds a province may choose for <see cref="SupplementWorkingDays"/>.</summary>
    public const int SupplementWorkingDaysMin = 1, SupplementWorkingDaysMax = 60;

    /// <summary>After a run-based award (e.g. CSTĐ tỉnh after 3 CSTĐCS) the run restarts, so the same years do
    /// not earn the same award twice. Interpretation of "one achievement, one award" (Law Art 5(2)(c)).</summary>
    public bool RestartRunAfterAward { get; init; } = true;

    /// <summary>Bằng khen TTg route (b): count the 5 years only after the Bằng khen tỉnh (older ND 91 reading)
    /// instead of "5 consecutive years to date" (domain.md §2.5 wording). Law Art 73 text PV.</summary>
    public bool BkTtgYearsAfterBkTinhOnly { get; init; }

    /// <summary>CSTĐ tỉnh are counted as consecutive when their years are at most this far apart (one run of
    /// 3 CSTĐCS each). Used by CSTĐ toàn quốc (Law Art 21). Interpretation, see docs/rules.md.</summary>
    public int CstdTinhCycleYears { get; init; } = 3;

    /// <summary>HTXSNV quota: share of those rated HTTNV or above (Quy định 366-QĐ/TW Art 11), percent.</summary>
    public decimal HtxsnvQuotaPercent { get; init; } = 20m;

    /// <summary>HTXSNV quota for units with outstanding results, percent.</summary>
    public decimal HtxsnvQuotaOutstandingPercent { get; init; } = 25m;

    /// <summary>How many HTXSNV ratings a unit may give: floor(quota × rated HTTNV or above).</summary>
    public int MaxExcellentRatings(int ratedGoodOrAbove, bool outstandingUnit)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(ratedGoodOrAbove);
        var percent = outstandingUnit ? HtxsnvQuotaOutstandingPercent : HtxsnvQuotaPercent;
        return (int)decimal.Floor(ratedGoodOrAbove * percent / 100m);
    }
}
