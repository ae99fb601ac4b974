using Tdkt.Domain.Awards;
using Tdkt.Domain.Common;
using Tdkt.Domain.Conferences;
using Tdkt.Domain.Nominations;
using Tdkt.Domain.Planning;

namespace Tdkt.Domain.Tests.Nominations;

/// <summary>Issue 11: a movement's quota per kind (all units together) holds like a conference's.</summary>
public sealed class MovementQuotaTests
{
    private static MovementData Data(int collectives, int individuals, int households) =>
        new("Phong trào Vì người nghèo", 1, MovementLevel.Province, MovementForm.Thematic, new DateOnly(2021, 1, 1), new DateOnly(2025, 12, 31),
            null, null, null, [], [], [], [], [], null, collectives, individuals, households);

    private static Dictionary<SubjectKind, int> Counts(int collectives, int individuals, int households) => new()
    {
        [SubjectKind.Collective] = collectives, [SubjectKind.Individual] = individuals, [SubjectKind.Household] = households,
    };

    [Fact]
    public void Create_WithQuotaPerKind_KeepsItAsAnEventQuota()
    {
        var m = Movement.Create(Data(5, 10, 3)).Value!;

        Assert.Equal(new EventQuota(5, 10, 3, []).Total, m.Quota.Total);
        Assert.Equal(3, m.Quota.For(SubjectKind.Household));
    }

    [Fact]
    public void Create_NegativeHouseholdQuota_RefusedNamingTheField()
    {
        var e = Assert.IsType<ValidationError>(Movement.Create(Data(0, 0, -1)).Error);

        Assert.Equal("QuotaHouseholds", e.Field);
        Assert.Equal("Chỉ tiêu hộ gia đình của phong trào không được âm.", e.Message);
    }

    [Fact]
    public void TotalProblems_OverMovementQuota_GivesTheCounts()
    {
        var quota = Movement.Create(Data(5, 10, 3)).Value!.Quota;

        var problems = Quotas.TotalProblems(quota, Counts(0, 4, 2), Counts(0, 1, 2), "phong trào");

        Assert.Equal(["vượt chỉ tiêu hộ gia đình của phong trào (chỉ tiêu 3, các hồ sơ đã gửi 2, hồ sơ này 2)"], problems);
    }

    [Fact]
    public void TotalProblems_ExactlyAtQuota_Allowed()
    {
        var quota = new EventQuota(5, 10, 3, []);

        Assert.Empty(Quotas.TotalProblems(quota, Counts(5, 9, 2), Counts(0, 1, 1), "phong trào"));
    }

    [Fact]
    public void TotalProblems_NoQuotaSet_NeverLimits()
    {
        var quota = Movement.Create(Data(0, 0, 0)).Value!.Quota;

        Assert.Empty(Quotas.TotalProblems(quota, Counts(100, 100, 100), Counts(1, 1, 1), "phong trào"));
    }

    [Fact]
    public void Validate_UnitAllotmentsOverMovementTotal_RefusedWithTheSums()
    {
        var quota = new EventQuota(0, 4, 1, [new UnitQuota(7, 0, 3, 1), new UnitQuota(8, 0, 2, 0)]);

        var e = quota.Validate("phong trào");

        Assert.NotNull(e);
        Assert.Equal("UnitQuotas", e.Field);
        Assert.Equal("Tổng phân bổ cho các đơn vị (5 cá nhân) vượt chỉ tiêu của phong trào (4).", e.Message);
    }

    [Fact]
    public void TotalProblems_KindAlreadyOverButNotInThisDossier_NotThisDossiersProblem()
    {
        var quota = new EventQuota(0, 10, 1, []);

        Assert.Empty(Quotas.TotalProblems(quota, Counts(2, 0, 4), Counts(0, 1, 0), "phong trào"));
        Assert.Empty(Quotas.Problems([new Domain.Nominations.QuotaLine(SubjectKind.Household, 1, 3, 0)]));
    }
}
