using Tdkt.Domain.Awards;
using Tdkt.Domain.Awards.Eligibility;
using Tdkt.Domain.Common;

namespace Tdkt.Domain.Tests.Awards;

public sealed class EligibilityEngineTests
{
    private static readonly JurisdictionSettings Settings = JurisdictionSettings.Default;

    [Fact]
    public void MinistryWorkedExample_QualifiesByHtxsnvYearsWithTwoInitiatives()
    {
        var result = EligibilityEngine.Evaluate(AwardCodes.BkTinh, 2024, new DateOnly(2025, 3, 15),
            EligibilityCaseTests.WorkedExample(), Settings).Value!;

        Assert.True(result.Eligible);
        Assert.True(result.Find(CriterionCodes.BkRouteExcellentWithInitiatives)!.Met);
        Assert.False(result.Find(CriterionCodes.BkRouteConsecutiveCstdcs)!.Met);
        Assert.Contains("2023–2024", result.Find(CriterionCodes.BkTinhAchievement)!.Message, StringComparison.Ordinal);
        Assert.Equal("Điều 74 Luật TĐKT 2022", result.Find(CriterionCodes.BkTinhAchievement)!.Reference);
    }

    [Theory]
    [InlineData("2025-06-30", LegalBasis.Nd98_2023, "Luật Thi đua, khen thưởng 2022; Nghị định 98/2023/NĐ-CP")]
    [InlineData("2025-07-01", LegalBasis.Nd152_2025, "Luật Thi đua, khen thưởng 2022; Nghị định 152/2025/NĐ-CP")]
    public void DecisionDate_AroundSwitchOf1July2025_ChoosesBasis(string date, LegalBasis basis, string text)
    {
        var facts = FactsBuilder.Individual().Rated(2024, Rating.Good).Build();
        var result = EligibilityEngine.Evaluate(AwardCodes.Ldtt, 2024, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), facts, Settings).Value!;

        Assert.True(result.Eligible);
        Assert.Equal(basis, result.Basis);
        Assert.Equal(text, result.LegalBasis);
    }

    [Fact]
    public void PrinciplesReference_FollowsBasis()
    {
        var facts = FactsBuilder.Individual().Rated(2024, Rating.Good).Build();
        var nd152 = EligibilityEngine.Evaluate(AwardCodes.Ldtt, 2024, new DateOnly(2025, 7, 1), facts, Settings).Value!;
        var nd98 = EligibilityEngine.Evaluate(AwardCodes.Ldtt, 2024, new DateOnly(2025, 6, 30), facts, Settings).Value!;

        Assert.Equal("Điều 4 Nghị định 152/2025/NĐ-CP", nd152.Find(CriterionCodes.NoPendingHold)!.Reference);
        Assert.Contains("98/2023", nd98.Find(CriterionCodes.NoPendingHold)!.Reference, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("XYZ")]
    [InlineData("")]
    [InlineData(null)]
    public void UnknownAward_ValidationErrorOnAward(string? code)
    {
        var result = EligibilityEngine.Evaluate(code, 2024, new DateOnly(2025, 3, 15), FactsBuilder.Individual().Build(), Settings);

        var error = Assert.IsType<ValidationError>(result.Error);
        Assert.Equal("award", error.Field);
    }

    [Fact]
    public void LowerCaseCode_IsAccepted()
    {
        var result = EligibilityEngine.Evaluate(" bk_tinh ", 2024, new DateOnly(2025, 3, 15), EligibilityCaseTests.WorkedExample(), Settings);

        Assert.Equal(AwardCodes.BkTinh, result.Value!.AwardCode);
        Assert.True(result.Value.Eligible);
    }

    [Theory]
    [InlineData("2023-12-31")]
    [InlineData("2020-05-01")]
    public void DecisionBefore2024_ValidationErrorOnDecisionDate(string date)
    {
        var result = EligibilityEngine.Evaluate(AwardCodes.Ldtt, 2023, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture),
            FactsBuilder.Individual().Rated(2023, Rating.Good).Build(), Settings);

        var error = Assert.IsType<ValidationError>(result.Error);
        Assert.Equal("decisionDate", error.Field);
        Assert.Contains("01/01/2024", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DecisionOn1January2024_IsSupported()
    {
        var result = EligibilityEngine.Evaluate(AwardCodes.Ldtt, 2023, new DateOnly(2024, 1, 1),
            FactsBuilder.Individual().Rated(2023, Rating.Good).Build(), Settings);

        Assert.Equal(LegalBasis.Nd98_2023, result.Value!.Basis);
        Assert.True(result.Value.Eligible);
    }

    [Theory]
    [InlineData(2026)]
    [InlineData(1999)]
    public void YearAfterDecisionOrTooOld_ValidationErrorOnYear(int year)
    {
        var result = EligibilityEngine.Evaluate(AwardCodes.Ldtt, year, new DateOnly(2025, 3, 15), FactsBuilder.Individual().Build(), Settings);

        Assert.Equal("year", Assert.IsType<ValidationError>(result.Error).Field);
    }

    [Theory]
    [InlineData(AwardCodes.Ttldtt, SubjectKind.Individual)]
    [InlineData(AwardCodes.Ldtt, SubjectKind.Collective)]
    [InlineData(AwardCodes.BkTinh, SubjectKind.Village)]
    [InlineData(AwardCodes.Gdvh, SubjectKind.Individual)]
    public void SubjectKindNotAccepted_ValidationErrorOnSubjectKind(string code, SubjectKind kind)
    {
        var result = EligibilityEngine.Evaluate(code, 2024, new DateOnly(2025, 3, 15), new FactsBuilder(kind).Build(), Settings);

        Assert.Equal("subjectKind", Assert.IsType<ValidationError>(result.Error).Field);
    }

    [Fact]
    public void FailedCriteria_MessagesAreVietnameseWithFigures()
    {
        var facts = FactsBuilder.Collective().Rated(2024, Rating.Good).Members(2024, 1000, 1000, 699).Build();
        var result = EligibilityEngine.Evaluate(AwardCodes.Ttldtt, 2024, new DateOnly(2025, 3, 15), facts, Settings).Value!;

        var share = result.Find(CriterionCodes.MembersLdttShare)!;
        Assert.False(share.Met);
        Assert.Equal("699/1000 thành viên đạt Lao động tiên tiến (69,9%); cần từ 70% trở lên.", share.Message);
    }

    [Fact]
    public void Evaluation_IsPure_SameInputSameOutput()
    {
        var facts = EligibilityCaseTests.WorkedExample();
        var a = EligibilityEngine.Evaluate(AwardCodes.BkTinh, 2024, new DateOnly(2025, 3, 15), facts, Settings).Value!;
        var b = EligibilityEngine.Evaluate(AwardCodes.BkTinh, 2024, new DateOnly(2025, 3, 15), facts, Settings).Value!;

        Assert.Equal(a.Criteria, b.Criteria);
    }
}
