using Tdkt.Domain.Awards;
using Tdkt.Domain.Awards.Eligibility;
using Tdkt.Domain.Common;

namespace Tdkt.Domain.Tests.Awards;

public sealed class AwardSuggestionsTests
{
    private static readonly DateOnly Decided = new(2025, 3, 15);

    [Fact]
    public void ThirdConsecutiveCstdcs_SuggestsCstdTinhThenBkTinh()
    {
        var facts = FactsBuilder.Individual().Rated(2022, 2024, Rating.Excellent).Awarded(AwardCodes.Cstdcs, 2022, 2023, 2024)
            .Initiative(2024, InitiativeScope.Provincial).Build();

        var due = AwardSuggestions.Due(facts, 2024, Decided, JurisdictionSettings.Default).Value!;

        Assert.Equal([AwardCodes.CstdTinh, AwardCodes.BkTinh, AwardCodes.Ldtt], due.Select(d => d.AwardCode));
        Assert.Contains("3 năm liên tục Chiến sĩ thi đua cơ sở (2022–2024)", due[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void TwoConsecutiveCstdcs_SuggestsBkTinhNotCstdTinh()
    {
        var facts = FactsBuilder.Individual().Rated(2024, Rating.Good).Awarded(AwardCodes.Cstdcs, 2023, 2024).Build();

        var due = AwardSuggestions.Due(facts, 2024, Decided, JurisdictionSettings.Default).Value!;

        Assert.Equal([AwardCodes.BkTinh, AwardCodes.Ldtt], due.Select(d => d.AwardCode));
        Assert.Contains("2 năm liên tục Chiến sĩ thi đua cơ sở", due[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ArmedForces_SuggestsChienSiTienTienInsteadOfLdtt()
    {
        var facts = FactsBuilder.Individual().Rated(2024, Rating.Good).Build() with { ArmedForces = true };

        var due = AwardSuggestions.Due(facts, 2024, Decided, JurisdictionSettings.Default).Value!;

        Assert.Equal([AwardCodes.Cstt], due.Select(d => d.AwardCode));
    }

    [Fact]
    public void OpenHold_SuggestsNothing()
    {
        var facts = EligibilityCaseTests.WorkedExampleBuilder().OnHold(HoldKind.Investigation, new DateOnly(2025, 1, 1)).Build();

        Assert.Empty(AwardSuggestions.Due(facts, 2024, Decided, JurisdictionSettings.Default).Value!);
    }

    [Fact]
    public void ExcellentCollective_SuggestsTtldxsAndTtldtt()
    {
        var facts = FactsBuilder.Collective().Rated(2024, Rating.Excellent).Members(2024, 20, 20, 15, 2).Build();

        var due = AwardSuggestions.Due(facts, 2024, Decided, JurisdictionSettings.Default).Value!;

        Assert.Equal([AwardCodes.Ttldxs, AwardCodes.Ttldtt], due.Select(d => d.AwardCode));
    }

    [Fact]
    public void DecisionBefore2024_ValidationErrorOnDecisionDate() =>
        Assert.Equal("decisionDate", Assert.IsType<ValidationError>(
            AwardSuggestions.Due(FactsBuilder.Individual().Build(), 2023, new DateOnly(2023, 6, 1), JurisdictionSettings.Default).Error).Field);
}
