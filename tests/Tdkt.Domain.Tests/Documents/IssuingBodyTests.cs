using Tdkt.Domain.Documents;
using Tdkt.Domain.Organizations;

namespace Tdkt.Domain.Tests.Documents;

public sealed class IssuingBodyTests
{
    [Fact]
    public void Of_CityCommittee_HasNoParentLineAndItsNameInFull()
    {
        var body = IssuingBody.Of("UBND thành phố Lai Châu", OrgUnitKind.District, "UBND tỉnh Lai Châu");

        Assert.Null(body.ParentLine);
        Assert.Equal(["ỦY BAN NHÂN DÂN", "THÀNH PHỐ LAI CHÂU"], body.NameLines);
        Assert.Equal("Lai Châu", body.Place);
        Assert.Equal("UBND", body.Symbol);
        Assert.Equal("CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ LAI CHÂU", body.HeadLine);
    }

    [Fact]
    public void Of_Ward_PlaceIsTheWardsOwnName()
    {
        var body = IssuingBody.Of("UBND phường Tân Phong", OrgUnitKind.Commune, "UBND thành phố Lai Châu");

        Assert.Equal(BodyKind.LocalCommittee, body.Kind);
        Assert.Equal(["ỦY BAN NHÂN DÂN", "PHƯỜNG TÂN PHONG"], body.NameLines);
        Assert.Equal("Tân Phong", body.Place);
    }

    [Fact]
    public void Of_Agency_ParentLineAndShortName()
    {
        var body = IssuingBody.Of("Sở Nội vụ tỉnh Lai Châu", OrgUnitKind.ProvincialAgency, "UBND tỉnh Lai Châu");

        Assert.Equal("UBND TỈNH LAI CHÂU", body.ParentLine);
        Assert.Equal(["SỞ NỘI VỤ"], body.NameLines);
        Assert.Equal("Lai Châu", body.Place);
        Assert.Equal("SNV", body.Symbol);
    }

    [Fact]
    public void Of_NameOnlyProvince_InfersProvincialCommittee()
    {
        var body = IssuingBody.Of("UBND tỉnh Lai Châu", null, null);

        Assert.Equal(BodyKind.ProvincialCommittee, body.Kind);
        Assert.Equal(["ỦY BAN NHÂN DÂN", "TỈNH LAI CHÂU"], body.NameLines);
    }

    [Theory]
    [InlineData(1, "01/QĐ-UBND")]
    [InlineData(9, "09/QĐ-UBND")]
    [InlineData(12, "12/QĐ-UBND")]
    public void Format_Sequence_LeadingZeroBelowTen(int n, string expected) =>
        Assert.Equal(expected, DocumentNumber.Format(n, "QĐ", "UBND"));

    [Fact]
    public void Normalize_StoredNumberWithoutZero_GetsIt() =>
        Assert.Equal("01/QĐ-UBND", DocumentNumber.Normalize("1/QĐ-UBND"));
}
