using Tdkt.Domain.Awards;

namespace Tdkt.Web.Data;

/// <summary>A province's parameters for the rules (<see cref="JurisdictionSettings"/>), one row per province unit.
/// No row means the defaults.</summary>
public sealed class JurisdictionSetting
{
    public int Id { get; set; }
    public int OrgUnitId { get; set; }
    public decimal TtldttMinLdttPercent { get; set; }
    public int ProvincialProcessingWorkingDays { get; set; }

    /// <summary>Default supplement period after a return, in working days; null (rows before it existed) = the default.</summary>
    public int? SupplementWorkingDays { get; set; }
    public bool RestartRunAfterAward { get; set; }
    public bool BkTtgYearsAfterBkTinhOnly { get; set; }
    public int CstdTinhCycleYears { get; set; }
    public decimal HtxsnvQuotaPercent { get; set; }
    public decimal HtxsnvQuotaOutstandingPercent { get; set; }
    public decimal CouncilThresholdCstdTq { get; set; }
    public decimal CouncilThresholdCstdTinh { get; set; }
    public decimal CouncilThresholdCstdcs { get; set; }
    public decimal CouncilThresholdCoTinh { get; set; }
    public decimal CouncilThresholdCoCp { get; set; }
    public uint Version { get; set; }

    public static JurisdictionSetting From(int orgUnitId, JurisdictionSettings s) => new()
    {
        OrgUnitId = orgUnitId,
        TtldttMinLdttPercent = s.TtldttMinLdttPercent,
        ProvincialProcessingWorkingDays = s.ProvincialProcessingWorkingDays,
        SupplementWorkingDays = s.SupplementWorkingDays,
        RestartRunAfterAward = s.RestartRunAfterAward,
        BkTtgYearsAfterBkTinhOnly = s.BkTtgYearsAfterBkTinhOnly,
        CstdTinhCycleYears = s.CstdTinhCycleYears,
        HtxsnvQuotaPercent = s.HtxsnvQuotaPercent,
        HtxsnvQuotaOutstandingPercent = s.HtxsnvQuotaOutstandingPercent,
        CouncilThresholdCstdTq = s.Nd152CouncilThresholds.GetValueOrDefault(AwardCodes.CstdTq, 90m),
        CouncilThresholdCstdTinh = s.Nd152CouncilThresholds.GetValueOrDefault(AwardCodes.CstdTinh, 90m),
        CouncilThresholdCstdcs = s.Nd152CouncilThresholds.GetValueOrDefault(AwardCodes.Cstdcs, 80m),
        CouncilThresholdCoTinh = s.Nd152CouncilThresholds.GetValueOrDefault(AwardCodes.CoTinh, 80m),
        CouncilThresholdCoCp = s.Nd152CouncilThresholds.GetValueOrDefault(AwardCodes.CoCp, 80m),
    };

    public JurisdictionSettings ToSettings(string provinceName) => new()
    {
        ProvinceName = provinceName,
        TtldttMinLdttPercent = TtldttMinLdttPercent,
        ProvincialProcessingWorkingDays = ProvincialProcessingWorkingDays,
        SupplementWorkingDays = SupplementWorkingDays ?? JurisdictionSettings.Default.SupplementWorkingDays,
        RestartRunAfterAward = RestartRunAfterAward,
        BkTtgYearsAfterBkTinhOnly = BkTtgYearsAfterBkTinhOnly,
        CstdTinhCycleYears = CstdTinhCycleYears,
        HtxsnvQuotaPercent = HtxsnvQuotaPercent,
        HtxsnvQuotaOutstandingPercent = HtxsnvQuotaOutstandingPercent,
        Nd152CouncilThresholds = new Dictionary<string, decimal>
        {
            [AwardCodes.CstdTq] = CouncilThresholdCstdTq,
            [AwardCodes.CstdTinh] = CouncilThresholdCstdTinh,
            [AwardCodes.Cstdcs] = CouncilThresholdCstdcs,
            [AwardCodes.CoTinh] = CouncilThresholdCoTinh,
            [AwardCodes.CoCp] = CouncilThresholdCoCp,
        },
    };
}

/// <summary>Mức lương cơ sở from <see cref="From"/> (inclusive) until the next row.</summary>
public sealed class BaseSalaryRate
{
    public int Id { get; set; }
    public DateOnly From { get; set; }
    public decimal Amount { get; set; }
    public string Source { get; set; } = string.Empty;
    public bool Unverified { get; set; }
}
