using Tdkt.Domain.Awards;

namespace Tdkt.Domain.Tests.Awards;

public sealed class FactCodesTests
{
    [Theory]
    [InlineData("khien_trach", DisciplineLevel.Reprimand)]
    [InlineData("canh_cao", DisciplineLevel.Warning)]
    [InlineData("ha_bac_luong", DisciplineLevel.SalaryDemotion)]
    [InlineData("giang_chuc", DisciplineLevel.Demotion)]
    [InlineData("cach_chuc", DisciplineLevel.Dismissal)]
    [InlineData(" BUOC_THOI_VIEC ", DisciplineLevel.ForcedResignation)]
    public void DisciplineLevel_WireCodes_RoundTrip(string text, DisciplineLevel expected)
    {
        Assert.True(FactCodes.TryParse(text, out DisciplineLevel level));
        Assert.Equal(expected, level);
        Assert.Equal(text.Trim().ToLowerInvariant(), level.Code());
    }

    [Theory]
    [InlineData("discipline_review", HoldKind.DisciplineReview)]
    [InlineData("investigation", HoldKind.Investigation)]
    [InlineData("inspection", HoldKind.Inspection)]
    [InlineData("complaint", HoldKind.Complaint)]
    public void HoldKind_WireCodes_Parse(string text, HoldKind expected)
    {
        Assert.True(FactCodes.TryParse(text, out HoldKind kind));
        Assert.Equal(expected, kind);
    }

    [Theory]
    [InlineData("co_so", InitiativeScope.Grassroots)]
    [InlineData("tinh", InitiativeScope.Provincial)]
    [InlineData("toan_quoc", InitiativeScope.National)]
    [InlineData("Coso", InitiativeScope.Grassroots)]
    [InlineData("coso", InitiativeScope.Grassroots)]
    [InlineData("ToanQuoc", InitiativeScope.National)]
    [InlineData(" toanquoc ", InitiativeScope.National)]
    public void InitiativeScope_WireCodes_Parse(string text, InitiativeScope expected)
    {
        Assert.True(FactCodes.TryParse(text, out InitiativeScope scope));
        Assert.Equal(expected, scope);
    }

    [Theory]
    [InlineData("merit", CommendationKind.Merit)]
    [InlineData("thematic", CommendationKind.Thematic)]
    [InlineData("ad-hoc", CommendationKind.AdHoc)]
    [InlineData("adhoc", CommendationKind.AdHoc)]
    [InlineData("dedication", CommendationKind.Dedication)]
    public void CommendationKind_WireCodes_Parse(string text, CommendationKind expected)
    {
        Assert.True(FactCodes.TryParse(text, out CommendationKind kind));
        Assert.Equal(expected, kind);
    }

    [Theory]
    [InlineData("individual", SubjectKind.Individual)]
    [InlineData("Household", SubjectKind.Household)]
    [InlineData("village", SubjectKind.Village)]
    public void SubjectKind_WireCodes_Parse(string text, SubjectKind expected)
    {
        Assert.True(FactCodes.TryParse(text, out SubjectKind kind));
        Assert.Equal(expected, kind);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("warning")]
    [InlineData("0")]
    public void UnknownDisciplineCode_IsRejected(string? text) =>
        Assert.False(FactCodes.TryParse(text, out DisciplineLevel _));

    [Fact]
    public void InitiativeScope_WrittenSnakeCaseWithoutDiacritics()
    {
        Assert.Equal(["co_so", "tinh", "toan_quoc"], Enum.GetValues<InitiativeScope>().Select(s => s.Code()));
    }
}
