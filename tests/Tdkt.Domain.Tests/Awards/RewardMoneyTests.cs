using System.Globalization;
using Tdkt.Domain.Awards;
using Tdkt.Domain.Awards.Money;
using Tdkt.Domain.Common;

namespace Tdkt.Domain.Tests.Awards;

public sealed class RewardMoneyTests
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(AwardCodes.BkTinh, SubjectKind.Individual, "2026-08-01", "1.5", 2_530_000, 3_800_000)]
    [InlineData(AwardCodes.BkTinh, SubjectKind.Individual, "2026-06-30", "1.5", 2_340_000, 3_510_000)]
    [InlineData(AwardCodes.BkTinh, SubjectKind.Individual, "2025-06-30", "1.0", 2_340_000, 2_340_000)]
    [InlineData(AwardCodes.BkTinh, SubjectKind.Individual, "2025-07-01", "1.5", 2_340_000, 3_510_000)]
    [InlineData(AwardCodes.BkTinh, SubjectKind.Collective, "2026-08-01", "3.0", 2_530_000, 7_590_000)]
    [InlineData(AwardCodes.BkTinh, SubjectKind.Household, "2026-08-01", "2.25", 2_530_000, 5_700_000)]
    [InlineData(AwardCodes.Ldtt, SubjectKind.Individual, "2025-01-10", "0.3", 2_340_000, 710_000)]
    [InlineData(AwardCodes.Ldtt, SubjectKind.Individual, "2026-07-01", "0.3", 2_530_000, 760_000)]
    [InlineData(AwardCodes.Ldtt, SubjectKind.Individual, "2024-03-01", "0.3", 1_800_000, 540_000)]
    [InlineData(AwardCodes.Cstdcs, SubjectKind.Individual, "2025-01-10", "1.0", 2_340_000, 2_340_000)]
    [InlineData(AwardCodes.Cstdcs, SubjectKind.Individual, "2024-06-30", "1.0", 1_800_000, 1_800_000)]
    [InlineData(AwardCodes.Cstdcs, SubjectKind.Individual, "2024-07-01", "1.0", 2_340_000, 2_340_000)]
    [InlineData(AwardCodes.CstdTinh, SubjectKind.Individual, "2026-08-01", "3.0", 2_530_000, 7_590_000)]
    [InlineData(AwardCodes.CstdTq, SubjectKind.Individual, "2025-08-01", "4.5", 2_340_000, 10_530_000)]
    [InlineData(AwardCodes.CstdTq, SubjectKind.Individual, "2026-08-01", "4.5", 2_530_000, 11_390_000)]
    [InlineData(AwardCodes.Ttldtt, SubjectKind.Collective, "2026-08-01", "0.8", 2_530_000, 2_030_000)]
    [InlineData(AwardCodes.Ttldxs, SubjectKind.Collective, "2025-08-01", "1.5", 2_340_000, 3_510_000)]
    [InlineData(AwardCodes.CoTinh, SubjectKind.Collective, "2026-08-01", "8.0", 2_530_000, 20_240_000)]
    [InlineData(AwardCodes.CoCp, SubjectKind.Collective, "2025-08-01", "12.0", 2_340_000, 28_080_000)]
    [InlineData(AwardCodes.BkTtg, SubjectKind.Individual, "2026-08-01", "3.5", 2_530_000, 8_860_000)]
    [InlineData(AwardCodes.BkTtg, SubjectKind.Collective, "2025-08-01", "7.0", 2_340_000, 16_380_000)]
    [InlineData(AwardCodes.Hcld3, SubjectKind.Collective, "2026-08-01", "9.0", 2_530_000, 22_770_000)]
    [InlineData(AwardCodes.ThonVh, SubjectKind.Village, "2025-08-01", "1.5", 2_340_000, 3_510_000)]
    [InlineData(AwardCodes.XaTieuBieu, SubjectKind.Collective, "2026-08-01", "2.0", 2_530_000, 5_060_000)]
    [InlineData(AwardCodes.Gk, SubjectKind.Collective, "2026-08-01", "0.6", 2_530_000, 1_520_000)]
    [InlineData(AwardCodes.Gk, SubjectKind.Household, "2026-08-01", "0.45", 2_530_000, 1_140_000)]
    public void Compute_CoefficientTimesBaseSalaryRoundedUp(string code, SubjectKind kind, string date, string coefficient,
        int baseSalary, int amount)
    {
        var money = RewardMoney.Compute(code, kind, D(date)).Value!;

        Assert.Equal(decimal.Parse(coefficient, CultureInfo.InvariantCulture), money.Coefficient);
        Assert.Equal(baseSalary, money.BaseSalary);
        Assert.Equal(amount, money.Amount);
    }

    [Fact]
    public void Compute_BkTinh2026_CarriesBasisAndReference()
    {
        var money = RewardMoney.Compute(AwardCodes.BkTinh, SubjectKind.Individual, new DateOnly(2026, 8, 1)).Value!;

        Assert.Equal("Luật Thi đua, khen thưởng 2022; Nghị định 152/2025/NĐ-CP", money.LegalBasisText);
        Assert.Equal("Điều 54 Nghị định 152/2025/NĐ-CP", money.Reference);
        Assert.Equal("3.800.000 đ", ViFormat.Money(money.Amount));
    }

    [Theory]
    [InlineData(2_340_000, 2_340_000)]
    [InlineData(2_340_001, 2_350_000)]
    [InlineData(2_349_999, 2_350_000)]
    [InlineData(702_000, 710_000)]
    [InlineData(0, 0)]
    public void RoundUp_ToNextTenThousand(int amount, int expected) =>
        Assert.Equal(expected, RewardMoney.RoundUp(amount));

    [Fact]
    public void RoundUp_FractionJustAboveBoundary_GoesUp() =>
        Assert.Equal(2_350_000m, RewardMoney.RoundUp(2_340_000.5m));

    [Fact]
    public void Compute_GiaDinhVanHoa_NoVerifiedCoefficient_ValidationErrorOnAward()
    {
        var result = RewardMoney.Compute(AwardCodes.Gdvh, SubjectKind.Household, new DateOnly(2025, 8, 1));

        Assert.Equal("award", Assert.IsType<ValidationError>(result.Error).Field);
    }

    [Theory]
    [InlineData("NOPE", SubjectKind.Individual, "2025-08-01", "award")]
    [InlineData(AwardCodes.Ttldtt, SubjectKind.Individual, "2025-08-01", "subjectKind")]
    [InlineData(AwardCodes.Ldtt, SubjectKind.Individual, "2023-12-31", "decisionDate")]
    public void Compute_BadInput_ValidationErrorOnField(string code, SubjectKind kind, string date, string field) =>
        Assert.Equal(field, Assert.IsType<ValidationError>(RewardMoney.Compute(code, kind, D(date)).Error).Field);

    [Fact]
    public void Compute_DateBeforeCustomTable_ValidationErrorOnDecisionDate()
    {
        var table = new BaseSalaryTable([new BaseSalaryEntry(new DateOnly(2025, 1, 1), 2_340_000m, "test", false)]);

        var result = RewardMoney.Compute(AwardCodes.Ldtt, SubjectKind.Individual, new DateOnly(2024, 12, 31), table);

        Assert.Equal("decisionDate", Assert.IsType<ValidationError>(result.Error).Field);
    }

    [Fact]
    public void SelectPaid_SamePeriodTitles_OnlyHighestPaid_FormsAlwaysPaid()
    {
        var date = new DateOnly(2025, 8, 1);
        RewardClaim Claim(string code, string period) =>
            new(code, period, RewardMoney.Compute(code, SubjectKind.Individual, date).Value!);
        var ldtt = Claim(AwardCodes.Ldtt, "2024");
        var cstdcs = Claim(AwardCodes.Cstdcs, "2024");
        var bk = Claim(AwardCodes.BkTinh, "2024");
        var gk = Claim(AwardCodes.Gk, "2024");

        var paid = RewardMoney.SelectPaid([ldtt, cstdcs, bk, gk]);

        Assert.Equal([cstdcs, bk, gk], paid);
    }

    [Fact]
    public void SelectPaid_TitlesOfDifferentPeriods_AllPaid()
    {
        var date = new DateOnly(2025, 8, 1);
        var cstdcs = new RewardClaim(AwardCodes.Cstdcs, "2024", RewardMoney.Compute(AwardCodes.Cstdcs, SubjectKind.Individual, date).Value!);
        var cstdTinh = new RewardClaim(AwardCodes.CstdTinh, "2022-2024", RewardMoney.Compute(AwardCodes.CstdTinh, SubjectKind.Individual, date).Value!);

        Assert.Equal([cstdcs, cstdTinh], RewardMoney.SelectPaid([cstdcs, cstdTinh]));
    }

    [Fact]
    public void SelectPaid_Empty_PaysNothing() => Assert.Empty(RewardMoney.SelectPaid([]));

    [Fact]
    public void BaseSalaryTable_DuplicateStart_Throws() =>
        Assert.Throws<ArgumentException>(() => new BaseSalaryTable(
        [
            new BaseSalaryEntry(new DateOnly(2024, 7, 1), 1m, "a", false),
            new BaseSalaryEntry(new DateOnly(2024, 7, 1), 2m, "b", false),
        ]));

    [Fact]
    public void Compute_WithStoredDefinition_UsesItsCoefficientAndTheGivenTable()
    {
        var edited = DefaultCatalogue.For(AwardCodes.BkTinh, LegalBasis.Nd152_2025).Value! with
        {
            Money = DefaultCatalogue.For(AwardCodes.BkTinh, LegalBasis.Nd152_2025).Value!.Money with { Coefficient = 2.0m },
        };
        var table = new BaseSalaryTable([new(D("2024-07-01"), 2_000_000m, "test", false)]);

        var money = RewardMoney.Compute(edited, SubjectKind.Collective, D("2026-08-01"), table).Value!;

        Assert.Equal(4m, money.Coefficient);
        Assert.Equal(8_000_000m, money.Amount);
    }

    [Fact]
    public void Compute_WithDefinitionOfOtherBasis_Throws()
    {
        var nd98 = DefaultCatalogue.For(AwardCodes.BkTinh, LegalBasis.Nd98_2023).Value!;
        Assert.Throws<ArgumentException>(() => RewardMoney.Compute(nd98, SubjectKind.Individual,
            D("2026-08-01"), BaseSalaryTable.Default));
    }
}
