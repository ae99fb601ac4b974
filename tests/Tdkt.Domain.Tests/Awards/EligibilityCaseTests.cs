using Tdkt.Domain.Awards;
using Tdkt.Domain.Awards.Eligibility;
using static Tdkt.Domain.Awards.Eligibility.CriterionCodes;

namespace Tdkt.Domain.Tests.Awards;

/// <summary>The table: each case names a scenario, the facts, and the exact set of unmet required criteria
/// (empty = eligible). Assessed year 2024 and decision date 15/03/2025 unless the case says otherwise.</summary>
public sealed class EligibilityCaseTests
{
    private static readonly DateOnly Decided = new(2025, 3, 15);
    private static readonly Dictionary<string, Case> Cases = Build();

    public static TheoryData<string> CaseNames => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Case_HasExpectedOutcome(string name)
    {
        var c = Cases[name];
        var result = EligibilityEngine.Evaluate(c.Code, c.Year, c.DecisionDate, c.Facts, c.Settings ?? JurisdictionSettings.Default);

        Assert.True(result.IsSuccess, result.Error?.Message);
        var value = result.Value!;
        Assert.Equal(c.Unmet.Length == 0, value.Eligible);
        Assert.Equal(c.Unmet.Order(StringComparer.Ordinal), value.UnmetCodes.Order(StringComparer.Ordinal));
        foreach (var criterion in value.Criteria)
        {
            Assert.False(string.IsNullOrWhiteSpace(criterion.Message), criterion.Code);
            Assert.False(string.IsNullOrWhiteSpace(criterion.Reference), criterion.Code);
        }
    }

    private sealed record Case(string Code, SubjectFacts Facts, string[] Unmet, int Year = 2024, DateOnly DecisionDate = default,
        JurisdictionSettings? Settings = null)
    {
        public DateOnly DecisionDate { get; } = DecisionDate == default ? Decided : DecisionDate;
    }

    private static FactsBuilder Person() => FactsBuilder.Individual();

    private static FactsBuilder Unit() => FactsBuilder.Collective();

    private static Dictionary<string, Case> Build()
    {
        const string Cstdcs = AwardCodes.Cstdcs;
        var noRestart = JurisdictionSettings.Default with { RestartRunAfterAward = false };
        var afterBkOnly = JurisdictionSettings.Default with { BkTtgYearsAfterBkTinhOnly = true };
        var sixtyPercent = JurisdictionSettings.Default with { TtldttMinLdttPercent = 60m };
        FactsBuilder CstdTinhBase() => Person().Rated(2022, 2024, Rating.Excellent).Awarded(Cstdcs, 2022, 2023, 2024);
        FactsBuilder BkTtgBase() => Person().Awarded(AwardCodes.BkTinh, 2019).Rated(2020, 2024, Rating.Good)
            .Awarded(Cstdcs, 2021, 2022, 2024);
        FactsBuilder TtldxsBase() => Unit().Rated(2024, Rating.Excellent);

        return new Dictionary<string, Case>
        {
            // LĐTT / CSTT — Law Art 24, and the principles P4, P8.
            ["Ldtt_RatedHttnv_Eligible"] = new(AwardCodes.Ldtt, Person().Rated(2024, Rating.Good).Build(), []),
            ["Ldtt_RatedHtxsnv_Eligible"] = new(AwardCodes.Ldtt, Person().Rated(2024, Rating.Excellent).Build(), []),
            ["Ldtt_RatedHtnv_FailsRating"] = new(AwardCodes.Ldtt, Person().Rated(2024, Rating.Completed).Build(), [RatingAtLeastGood]),
            ["Ldtt_NoRating_FailsRating"] = new(AwardCodes.Ldtt, Person().Rated(2023, Rating.Good).Build(), [RatingAtLeastGood]),
            ["Ldtt_ConductNotConfirmed_FailsConduct"] = new(AwardCodes.Ldtt,
                Person().Rated(2024, Rating.Good).ConductNotConfirmed().Build(), [Conduct]),
            ["Ldtt_AlreadyAwardedSameYear_FailsNotAlreadyAwarded"] = new(AwardCodes.Ldtt,
                Person().Rated(2024, Rating.Good).Awarded(AwardCodes.Ldtt, 2024).Build(), [NotAlreadyAwarded]),
            ["Ldtt_AwardedPreviousYear_Eligible"] = new(AwardCodes.Ldtt,
                Person().Rated(2024, Rating.Good).Awarded(AwardCodes.Ldtt, 2023).Build(), []),
            ["Ldtt_OpenInspection_FailsHold"] = new(AwardCodes.Ldtt,
                Person().Rated(2024, Rating.Good).OnHold(HoldKind.Inspection, new DateOnly(2025, 2, 1)).Build(), [NoPendingHold]),
            ["Ldtt_ComplaintClosedBeforeDecision_Eligible"] = new(AwardCodes.Ldtt,
                Person().Rated(2024, Rating.Good).OnHold(HoldKind.Complaint, new DateOnly(2025, 1, 1), new DateOnly(2025, 3, 14)).Build(), []),
            ["Ldtt_ComplaintClosingOnDecisionDay_FailsHold"] = new(AwardCodes.Ldtt,
                Person().Rated(2024, Rating.Good).OnHold(HoldKind.Complaint, new DateOnly(2025, 1, 1), new DateOnly(2025, 3, 15)).Build(), [NoPendingHold]),
            ["Ldtt_InvestigationOpenedAfterDecision_Eligible"] = new(AwardCodes.Ldtt,
                Person().Rated(2024, Rating.Good).OnHold(HoldKind.Investigation, new DateOnly(2025, 4, 1)).Build(), []),
            ["Ldtt_DisciplineRunningOnDecisionDate_FailsDisciplineAndRating"] = new(AwardCodes.Ldtt,
                Person().Rated(2024, Rating.Good).Disciplined(new DateOnly(2024, 6, 1), new DateOnly(2025, 5, 31)).Build(),
                [DisciplineTermEnded, RatingAtLeastGood]),
            ["Ldtt_DisciplineEndsInAssessedYear_YearNotCounted"] = new(AwardCodes.Ldtt,
                Person().Rated(2024, Rating.Good).Disciplined(new DateOnly(2023, 7, 1), new DateOnly(2024, 6, 30)).Build(),
                [DisciplineTermEnded, RatingAtLeastGood]),
            ["Ldtt_DisciplineEndedYearBefore_Eligible"] = new(AwardCodes.Ldtt,
                Person().Rated(2024, Rating.Good).Disciplined(new DateOnly(2022, 7, 1), new DateOnly(2023, 6, 30)).Build(), []),
            ["Ldtt_DisciplineEndsOn31December_NextYearCounts"] = new(AwardCodes.Ldtt,
                Person().Rated(2024, Rating.Good).Disciplined(new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31)).Build(), []),
            ["Ldtt_DisciplineAfterDecisionDate_Ignored"] = new(AwardCodes.Ldtt,
                Person().Rated(2024, Rating.Good).Disciplined(new DateOnly(2025, 6, 1), new DateOnly(2026, 5, 31)).Build(), []),
            ["Ldtt_HoldAndDisciplineAndRating_AllReported"] = new(AwardCodes.Ldtt,
                Person().Rated(2024, Rating.NotCompleted).ConductNotConfirmed()
                    .OnHold(HoldKind.DisciplineReview, new DateOnly(2025, 1, 5))
                    .Disciplined(new DateOnly(2024, 1, 1), new DateOnly(2025, 12, 31)).Build(),
                [NoPendingHold, DisciplineTermEnded, RatingAtLeastGood, Conduct]),
            ["Cstt_RatedHttnv_Eligible"] = new(AwardCodes.Cstt, Person().Rated(2024, Rating.Good).Build(), []),
            ["Cstt_RatedKhtnv_FailsRating"] = new(AwardCodes.Cstt, Person().Rated(2024, Rating.NotCompleted).Build(), [RatingAtLeastGood]),

            // CSTĐCS — Law Art 23.
            ["Cstdcs_Htxsnv_EligibleWithoutInitiative"] = new(Cstdcs, Person().Rated(2024, Rating.Excellent).Build(), []),
            ["Cstdcs_HttnvWithInitiative_Eligible"] = new(Cstdcs, Person().Rated(2024, Rating.Good).Initiative(2024).Build(), []),
            ["Cstdcs_HttnvWithScientificWork_Eligible"] = new(Cstdcs,
                Person().Rated(2024, Rating.Good).Initiative(2024, kind: InitiativeKind.ScientificWork).Build(), []),
            ["Cstdcs_HttnvWithCombatIngenuity_Eligible"] = new(Cstdcs,
                Person().Rated(2024, Rating.Good).Initiative(2024, kind: InitiativeKind.CombatIngenuity).Build(), []),
            ["Cstdcs_HttnvNoInitiative_FailsAchievement"] = new(Cstdcs, Person().Rated(2024, Rating.Good).Build(), [CstdcsAchievement]),
            ["Cstdcs_InitiativeAlreadyUsed_FailsAchievement"] = new(Cstdcs,
                Person().Rated(2024, Rating.Good).Initiative(2024, usedFor: "BK_TINH 2024").Build(), [CstdcsAchievement]),
            ["Cstdcs_InitiativeOfPreviousYear_FailsAchievement"] = new(Cstdcs,
                Person().Rated(2024, Rating.Good).Initiative(2023).Build(), [CstdcsAchievement]),
            ["Cstdcs_HtnvWithInitiative_FailsRating"] = new(Cstdcs,
                Person().Rated(2024, Rating.Completed).Initiative(2024).Build(), [RatingAtLeastGood]),
            ["Cstdcs_AlreadyAwarded_FailsNotAlreadyAwarded"] = new(Cstdcs,
                Person().Rated(2024, Rating.Excellent).Awarded(Cstdcs, 2024).Build(), [NotAlreadyAwarded]),

            // CSTĐ tỉnh — Law Art 22: three consecutive CSTĐCS ending in the assessed year + provincial initiative.
            ["CstdTinh_ThreeConsecutiveWithProvincialInitiative_Eligible"] = new(AwardCodes.CstdTinh,
                CstdTinhBase().Initiative(2023, InitiativeScope.Provincial).Build(), []),
            ["CstdTinh_NationalInitiative_CountsAsProvincial_Eligible"] = new(AwardCodes.CstdTinh,
                CstdTinhBase().Initiative(2024, InitiativeScope.National).Build(), []),
            ["CstdTinh_SixConsecutive_Eligible"] = new(AwardCodes.CstdTinh,
                CstdTinhBase().Awarded(Cstdcs, 2019, 2020, 2021).Initiative(2022, InitiativeScope.Provincial).Build(), []),
            ["CstdTinh_BrokenRun_FailsConsecutive"] = new(AwardCodes.CstdTinh,
                Person().Awarded(Cstdcs, 2021, 2022, 2024).Initiative(2024, InitiativeScope.Provincial).Build(), [ConsecutiveCstdcs]),
            ["CstdTinh_RunEndsYearBefore_FailsConsecutive"] = new(AwardCodes.CstdTinh,
                Person().Awarded(Cstdcs, 2021, 2022, 2023).Initiative(2023, InitiativeScope.Provincial).Build(), [ConsecutiveCstdcs]),
            ["CstdTinh_TwoConsecutiveOnly_FailsConsecutive"] = new(AwardCodes.CstdTinh,
                Person().Awarded(Cstdcs, 2023, 2024).Initiative(2024, InitiativeScope.Provincial).Build(), [ConsecutiveCstdcs]),
            ["CstdTinh_ThematicCstdcsNotCounted_FailsConsecutive"] = new(AwardCodes.CstdTinh,
                Person().Awarded(2022, Cstdcs, CommendationKind.Thematic).Awarded(Cstdcs, 2023, 2024)
                    .Initiative(2024, InitiativeScope.Provincial).Build(), [ConsecutiveCstdcs]),
            ["CstdTinh_AdHocCstdcsNotCounted_FailsConsecutive"] = new(AwardCodes.CstdTinh,
                Person().Awarded(Cstdcs, 2022, 2024).Awarded(2023, Cstdcs, CommendationKind.AdHoc)
                    .Initiative(2024, InitiativeScope.Provincial).Build(), [ConsecutiveCstdcs]),
            ["CstdTinh_GrassrootsInitiativeOnly_FailsScope"] = new(AwardCodes.CstdTinh,
                CstdTinhBase().Initiative(2023).Build(), [InitiativeProvincialScope]),
            ["CstdTinh_ProvincialInitiativeAlreadyUsed_FailsScope"] = new(AwardCodes.CstdTinh,
                CstdTinhBase().Initiative(2023, InitiativeScope.Provincial, usedFor: "CSTDCS 2023").Build(), [InitiativeProvincialScope]),
            ["CstdTinh_InitiativeBeforeRun_FailsScope"] = new(AwardCodes.CstdTinh,
                CstdTinhBase().Initiative(2021, InitiativeScope.Provincial).Build(), [InitiativeProvincialScope]),
            ["CstdTinh_NothingAtAll_ReportsBothCriteria"] = new(AwardCodes.CstdTinh,
                Person().Build(), [ConsecutiveCstdcs, InitiativeProvincialScope]),
            ["CstdTinh_RunRestartsAfterPreviousCstdTinh_FailsConsecutive"] = new(AwardCodes.CstdTinh,
                Person().Awarded(Cstdcs, 2020, 2021, 2022, 2023, 2024).Awarded(AwardCodes.CstdTinh, 2022)
                    .Initiative(2024, InitiativeScope.Provincial).Build(), [ConsecutiveCstdcs]),
            ["CstdTinh_RestartDisabledByProvince_Eligible"] = new(AwardCodes.CstdTinh,
                Person().Awarded(Cstdcs, 2020, 2021, 2022, 2023, 2024).Awarded(AwardCodes.CstdTinh, 2022)
                    .Initiative(2024, InitiativeScope.Provincial).Build(), [], Settings: noRestart),
            ["CstdTinh_DisciplineInsideRun_FailsConsecutive"] = new(AwardCodes.CstdTinh,
                CstdTinhBase().Initiative(2023, InitiativeScope.Provincial)
                    .Disciplined(new DateOnly(2022, 3, 1), new DateOnly(2022, 9, 1)).Build(), [ConsecutiveCstdcs]),

            // CSTĐ toàn quốc — Law Art 21: two consecutive CSTĐ tỉnh + nationwide initiative.
            ["CstdTq_TwoConsecutiveCstdTinhWithNationalInitiative_Eligible"] = new(AwardCodes.CstdTq,
                Person().Awarded(AwardCodes.CstdTinh, 2021, 2024).Initiative(2022, InitiativeScope.National).Build(), []),
            ["CstdTq_GapOfFourYears_FailsConsecutive"] = new(AwardCodes.CstdTq,
                Person().Awarded(AwardCodes.CstdTinh, 2020, 2024).Initiative(2024, InitiativeScope.National).Build(), [ConsecutiveCstdTinh]),
            ["CstdTq_LatestNotInAssessedYear_FailsConsecutive"] = new(AwardCodes.CstdTq,
                Person().Awarded(AwardCodes.CstdTinh, 2020, 2023).Initiative(2023, InitiativeScope.National).Build(), [ConsecutiveCstdTinh]),
            ["CstdTq_SingleCstdTinh_FailsConsecutive"] = new(AwardCodes.CstdTq,
                Person().Awarded(AwardCodes.CstdTinh, 2024).Initiative(2024, InitiativeScope.National).Build(), [ConsecutiveCstdTinh]),
            ["CstdTq_ProvincialInitiativeOnly_FailsNationalScope"] = new(AwardCodes.CstdTq,
                Person().Awarded(AwardCodes.CstdTinh, 2021, 2024).Initiative(2022, InitiativeScope.Provincial).Build(), [InitiativeNationalScope]),

            // TTLĐTT — Law Art 28 (share per province, default 70%).
            ["Ttldtt_SeventyPercent_Eligible"] = new(AwardCodes.Ttldtt,
                Unit().Rated(2024, Rating.Good).Members(2024, 10, 10, 7).Build(), []),
            ["Ttldtt_Exactly700Of1000_Eligible"] = new(AwardCodes.Ttldtt,
                Unit().Rated(2024, Rating.Good).Members(2024, 1000, 1000, 700).Build(), []),
            ["Ttldtt_699Of1000Is69_9Percent_FailsShare"] = new(AwardCodes.Ttldtt,
                Unit().Rated(2024, Rating.Good).Members(2024, 1000, 1000, 699).Build(), [MembersLdttShare]),
            ["Ttldtt_ProvinceSetsSixty_SixtyFivePercentEligible"] = new(AwardCodes.Ttldtt,
                Unit().Rated(2024, Rating.Good).Members(2024, 20, 20, 13).Build(), [], Settings: sixtyPercent),
            ["Ttldtt_MemberWarned_FailsDiscipline"] = new(AwardCodes.Ttldtt,
                Unit().Rated(2024, Rating.Good).Members(2024, 10, 10, 8, warned: 1).Build(), [NoMemberWarningOrAbove]),
            ["Ttldtt_NoMemberFigures_FailsMemberCriteria"] = new(AwardCodes.Ttldtt,
                Unit().Rated(2024, Rating.Good).Members(2023, 10, 10, 10).Build(), [MembersLdttShare, NoMemberWarningOrAbove]),
            ["Ttldtt_CollectiveRatedHtnv_FailsRating"] = new(AwardCodes.Ttldtt,
                Unit().Rated(2024, Rating.Completed).Members(2024, 10, 10, 9).Build(), [RatingAtLeastGood]),
            ["Ttldtt_CollectiveUnderInspection_FailsHold"] = new(AwardCodes.Ttldtt,
                Unit().Rated(2024, Rating.Good).Members(2024, 10, 10, 9).OnHold(HoldKind.Inspection, new DateOnly(2024, 12, 1)).Build(),
                [NoPendingHold]),

            // TTLĐXS — Law Art 27.
            ["Ttldxs_AllCriteria_Eligible"] = new(AwardCodes.Ttldxs, TtldxsBase().Members(2024, 20, 20, 14, 1).Build(), []),
            ["Ttldxs_OneMemberNotCompleted_FailsAllCompleted"] = new(AwardCodes.Ttldxs,
                TtldxsBase().Members(2024, 20, 19, 14, 1).Build(), [AllMembersCompleted]),
            ["Ttldxs_NoMemberCstdcs_FailsMemberCstdcs"] = new(AwardCodes.Ttldxs,
                TtldxsBase().Members(2024, 20, 20, 14, 0).Build(), [MemberCstdcs]),
            ["Ttldxs_LdttSixtyFivePercent_FailsShare"] = new(AwardCodes.Ttldxs,
                TtldxsBase().Members(2024, 20, 20, 13, 1).Build(), [MembersLdttShare]),
            ["Ttldxs_CollectiveOnlyHttnv_FailsRating"] = new(AwardCodes.Ttldxs,
                Unit().Rated(2024, Rating.Good).Members(2024, 20, 20, 14, 1).Build(), [RatingExcellent]),
            ["Ttldxs_EverythingMissing_AllReported"] = new(AwardCodes.Ttldxs,
                Unit().Rated(2024, Rating.Good).ConductNotConfirmed().Build(),
                [RatingExcellent, Conduct, AllMembersCompleted, MembersLdttShare, MemberCstdcs]),

            // Cờ thi đua tỉnh — Law Art 26.
            ["CoTinh_ClusterLeaderRatedHtxsnv_Eligible"] = new(AwardCodes.CoTinh,
                Unit().Rated(2024, Rating.Excellent).LedCluster(2024).Build(), []),
            ["CoTinh_ClusterLeaderOnlyHttnv_FailsAchievement"] = new(AwardCodes.CoTinh,
                Unit().Rated(2024, Rating.Good).LedCluster(2024).Build(), [FlagAchievement]),
            ["CoTinh_LedClusterPreviousYear_FailsAchievement"] = new(AwardCodes.CoTinh,
                Unit().Rated(2024, Rating.Excellent).LedCluster(2023).Build(), [FlagAchievement]),
            ["CoTinh_LedThreeYearThematicMovement_Eligible"] = new(AwardCodes.CoTinh,
                Unit().Rated(2024, Rating.Good).LedThematicMovement(2024, 3).Build(), []),
            ["CoTinh_LedTwoYearThematicMovement_FailsAchievement"] = new(AwardCodes.CoTinh,
                Unit().Rated(2024, Rating.Good).LedThematicMovement(2024, 2).Build(), [FlagAchievement]),
            ["CoTinh_LeaderWithoutConduct_FailsConduct"] = new(AwardCodes.CoTinh,
                Unit().Rated(2024, Rating.Excellent).LedCluster(2024).ConductNotConfirmed().Build(), [Conduct]),

            // Bằng khen tỉnh — Law Art 74, individual routes a–d.
            ["BkTinh_MinistryWorkedExample_Eligible"] = new(AwardCodes.BkTinh, WorkedExample(), []),
            ["BkTinh_TwoConsecutiveCstdcs_Eligible"] = new(AwardCodes.BkTinh, Person().Awarded(Cstdcs, 2023, 2024).Build(), []),
            ["BkTinh_CstdcsNotConsecutive_FailsAchievement"] = new(AwardCodes.BkTinh,
                Person().Awarded(Cstdcs, 2022, 2024).Build(), [BkTinhAchievement]),
            ["BkTinh_TwoHtxsnvYearsOneInitiative_FailsAchievement"] = new(AwardCodes.BkTinh,
                Person().Rated(2023, 2024, Rating.Excellent).Initiative(2024).Build(), [BkTinhAchievement]),
            ["BkTinh_SecondInitiativeAlreadyUsed_FailsAchievement"] = new(AwardCodes.BkTinh,
                Person().Rated(2023, 2024, Rating.Excellent).Initiative(2023).Initiative(2024, usedFor: "CSTDCS 2024").Build(),
                [BkTinhAchievement]),
            ["BkTinh_HtxsnvYearsNotConsecutive_FailsAchievement"] = new(AwardCodes.BkTinh,
                Person().Rated(2022, Rating.Excellent).Rated(2023, Rating.Good).Rated(2024, Rating.Excellent)
                    .Initiative(2022).Initiative(2024).Build(), [BkTinhAchievement]),
            ["BkTinh_ThreeHtxsnvYearsInitiativesInFirstAndLast_Eligible"] = new(AwardCodes.BkTinh,
                Person().Rated(2022, 2024, Rating.Excellent).Initiative(2022).Initiative(2024).Build(), []),
            ["BkTinh_MovementAchievement_EligibleRouteA"] = new(AwardCodes.BkTinh,
                Person().Achieved(2024, AchievementKind.MovementOutstanding).Build(), []),
            ["BkTinh_AdHocAchievement_EligibleRouteB"] = new(AwardCodes.BkTinh,
                Person().Achieved(2024, AchievementKind.AdHoc).Build(), []),
            ["BkTinh_SocioEconomicContribution_EligibleRouteC"] = new(AwardCodes.BkTinh,
                Person().Achieved(2024, AchievementKind.SocioEconomicContribution).Build(), []),
            ["BkTinh_AchievementAlreadyRewarded_FailsAchievement"] = new(AwardCodes.BkTinh,
                Person().Achieved(2024, AchievementKind.AdHoc, usedFor: "GK 2024").Build(), [BkTinhAchievement]),
            ["BkTinh_RouteMetButConductNotConfirmed_FailsConduct"] = new(AwardCodes.BkTinh,
                Person().Awarded(Cstdcs, 2023, 2024).ConductNotConfirmed().Build(), [Conduct]),
            ["BkTinh_RunRestartsAfterPreviousMeritBk_FailsAchievement"] = new(AwardCodes.BkTinh,
                Person().Awarded(Cstdcs, 2022, 2023, 2024).Awarded(AwardCodes.BkTinh, 2023).Build(), [BkTinhAchievement]),
            ["BkTinh_PreviousThematicBkDoesNotRestartRun_Eligible"] = new(AwardCodes.BkTinh,
                Person().Awarded(Cstdcs, 2023, 2024).Awarded(2023, AwardCodes.BkTinh, CommendationKind.Thematic).Build(), []),
            ["BkTinh_UnderDisciplineReview_FailsHold"] = new(AwardCodes.BkTinh,
                WorkedExampleBuilder().OnHold(HoldKind.DisciplineReview, new DateOnly(2025, 3, 1)).Build(), [NoPendingHold]),

            // Bằng khen tỉnh — collective and household.
            ["BkTinhCollective_TwoHtxsnvYears_Eligible"] = new(AwardCodes.BkTinh,
                Unit().Rated(2023, 2024, Rating.Excellent).Build(), []),
            ["BkTinhCollective_TtldxsThenHtxsnv_Eligible"] = new(AwardCodes.BkTinh,
                Unit().Rated(2023, Rating.Good).Awarded(AwardCodes.Ttldxs, 2023).Rated(2024, Rating.Excellent).Build(), []),
            ["BkTinhCollective_OneHtxsnvYear_FailsAchievement"] = new(AwardCodes.BkTinh,
                Unit().Rated(2023, Rating.Good).Rated(2024, Rating.Excellent).Build(), [BkTinhAchievement]),
            ["BkTinhCollective_AdHocAchievement_Eligible"] = new(AwardCodes.BkTinh,
                Unit().Achieved(2024, AchievementKind.AdHoc).Build(), []),
            ["BkTinhHousehold_LandContribution_Eligible"] = new(AwardCodes.BkTinh,
                FactsBuilder.Household().Achieved(2024, AchievementKind.HouseholdContribution).Build(), []),
            ["BkTinhHousehold_NoContribution_FailsAchievement"] = new(AwardCodes.BkTinh,
                FactsBuilder.Household().Achieved(2024, AchievementKind.MovementOutstanding).Build(), [BkTinhAchievement]),

            // Bằng khen Thủ tướng — Law Art 73(1)(b).
            ["BkTtg_BkTinhFiveYearsHttnvThreeCstdcs_Eligible"] = new(AwardCodes.BkTtg, BkTtgBase().Build(), []),
            ["BkTtg_NoBkTinh_FailsHoldsBkTinh"] = new(AwardCodes.BkTtg,
                Person().Rated(2020, 2024, Rating.Good).Awarded(Cstdcs, 2021, 2022, 2024).Build(), [HoldsBkTinh]),
            ["BkTtg_ThematicBkTinhOnly_FailsHoldsBkTinh"] = new(AwardCodes.BkTtg,
                Person().Awarded(2019, AwardCodes.BkTinh, CommendationKind.Thematic).Rated(2020, 2024, Rating.Good)
                    .Awarded(Cstdcs, 2021, 2022, 2024).Build(), [HoldsBkTinh]),
            ["BkTtg_FourYearsHttnv_FailsConsecutiveYears"] = new(AwardCodes.BkTtg,
                BkTtgBase().Rated(2020, Rating.Completed).Build(), [ConsecutiveYearsGood]),
            ["BkTtg_TwoCstdcs_FailsCstdcsInPeriod"] = new(AwardCodes.BkTtg,
                Person().Awarded(AwardCodes.BkTinh, 2019).Rated(2020, 2024, Rating.Good).Awarded(Cstdcs, 2019, 2022, 2024).Build(),
                [CstdcsInPeriod]),
            ["BkTtg_RecentBkTinhDefaultReading_Eligible"] = new(AwardCodes.BkTtg,
                Person().Awarded(AwardCodes.BkTinh, 2021).Rated(2020, 2024, Rating.Good).Awarded(Cstdcs, 2021, 2022, 2024).Build(), []),
            ["BkTtg_RecentBkTinhYearsAfterBkOnly_FailsYearsAndCstdcs"] = new(AwardCodes.BkTtg,
                Person().Awarded(AwardCodes.BkTinh, 2021).Rated(2020, 2024, Rating.Good).Awarded(Cstdcs, 2021, 2022, 2024).Build(),
                [ConsecutiveYearsGood, CstdcsInPeriod], Settings: afterBkOnly),
            ["BkTtgCollective_NotAutomated_ManualReview"] = new(AwardCodes.BkTtg,
                Unit().Rated(2020, 2024, Rating.Excellent).Build(), [ManualReviewRequired]),

            // Giấy khen — Law Art 75.
            ["Gk_IndividualMovementAchievement_Eligible"] = new(AwardCodes.Gk,
                Person().Rated(2024, Rating.Good).Achieved(2024, AchievementKind.MovementOutstanding).Build(), []),
            ["Gk_IndividualAdHocAchievement_Eligible"] = new(AwardCodes.Gk,
                Person().Rated(2024, Rating.Good).Achieved(2024, AchievementKind.AdHoc).Build(), []),
            ["Gk_IndividualNoAchievement_FailsAchievement"] = new(AwardCodes.Gk,
                Person().Rated(2024, Rating.Excellent).Build(), [GkAchievement]),
            ["Gk_IndividualRatedHtnv_FailsRating"] = new(AwardCodes.Gk,
                Person().Rated(2024, Rating.Completed).Achieved(2024, AchievementKind.AdHoc).Build(), [RatingAtLeastGood]),
            ["Gk_CollectiveMovementAchievement_Eligible"] = new(AwardCodes.Gk,
                Unit().Rated(2024, Rating.Good).Achieved(2024, AchievementKind.MovementOutstanding).Build(), []),
            ["Gk_HouseholdContribution_Eligible"] = new(AwardCodes.Gk,
                FactsBuilder.Household().Achieved(2024, AchievementKind.HouseholdContribution).Build(), []),
            ["Gk_HouseholdNothing_FailsAchievement"] = new(AwardCodes.Gk, FactsBuilder.Household().Build(), [GkAchievement]),

            // Forms whose criteria are not verified: manual appraisal, principles still checked.
            ["CoCp_NotAutomated_ManualReview"] = new(AwardCodes.CoCp,
                Unit().Rated(2024, Rating.Excellent).LedCluster(2024).Build(), [ManualReviewRequired]),
            ["Hcld3_NotAutomated_ManualReview"] = new(AwardCodes.Hcld3, Person().Build(), [ManualReviewRequired]),
            ["Gdvh_NotAutomated_ManualReview"] = new(AwardCodes.Gdvh, FactsBuilder.Household().Build(), [ManualReviewRequired]),
            ["ThonVh_UnderComplaint_ManualReviewAndHold"] = new(AwardCodes.ThonVh,
                FactsBuilder.Village().OnHold(HoldKind.Complaint, new DateOnly(2025, 1, 1)).Build(), [NoPendingHold, ManualReviewRequired]),

            // Legal basis switch: the same facts under ND 152.
            ["Cstdcs_DecidedUnderNd152_Eligible"] = new(Cstdcs, Person().Rated(2025, Rating.Excellent).Build(), [], Year: 2025,
                DecisionDate: new DateOnly(2026, 1, 20)),
            ["BkTinh_WorkedExampleUnderNd152_Eligible"] = new(AwardCodes.BkTinh, WorkedExample(), [],
                DecisionDate: new DateOnly(2025, 7, 1)),
        };
    }

    /// <summary>domain.md §2.5 [S19]: HTXSNV 2023 + 1 initiative, HTXSNV 2024 + 1 initiative + CSTĐCS 2024.</summary>
    internal static FactsBuilder WorkedExampleBuilder() => FactsBuilder.Individual()
        .Rated(2023, Rating.Excellent).Initiative(2023)
        .Rated(2024, Rating.Excellent).Initiative(2024)
        .Awarded(AwardCodes.Cstdcs, 2024);

    internal static SubjectFacts WorkedExample() => WorkedExampleBuilder().Build();
}
