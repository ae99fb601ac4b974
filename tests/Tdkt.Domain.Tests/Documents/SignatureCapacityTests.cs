using Tdkt.Domain.Common;
using Tdkt.Domain.Documents;

namespace Tdkt.Domain.Tests.Documents;

public sealed class SignatureCapacityTests
{
    [Theory]
    [InlineData(BodyKind.ProvincialCommittee, SignerOffice.Chairman, true, "TM. ỦY BAN NHÂN DÂN|CHỦ TỊCH")]
    [InlineData(BodyKind.LocalCommittee, SignerOffice.Chairman, true, "TM. ỦY BAN NHÂN DÂN|CHỦ TỊCH")]
    [InlineData(BodyKind.LocalCommittee, SignerOffice.ViceChairman, true, "TM. ỦY BAN NHÂN DÂN|KT. CHỦ TỊCH|PHÓ CHỦ TỊCH")]
    [InlineData(BodyKind.LocalCommittee, SignerOffice.Chairman, false, "CHỦ TỊCH")]
    [InlineData(BodyKind.ProvincialCommittee, SignerOffice.ViceChairman, false, "KT. CHỦ TỊCH|PHÓ CHỦ TỊCH")]
    [InlineData(BodyKind.LocalCommittee, SignerOffice.ActingChairman, false, "Q. CHỦ TỊCH")]
    [InlineData(BodyKind.Agency, SignerOffice.Director, false, "GIÁM ĐỐC")]
    [InlineData(BodyKind.Agency, SignerOffice.DeputyDirector, false, "KT. GIÁM ĐỐC|PHÓ GIÁM ĐỐC")]
    [InlineData(BodyKind.Agency, SignerOffice.ActingDirector, false, "Q. GIÁM ĐỐC")]
    [InlineData(BodyKind.School, SignerOffice.Principal, false, "HIỆU TRƯỞNG")]
    [InlineData(BodyKind.School, SignerOffice.VicePrincipal, false, "KT. HIỆU TRƯỞNG|PHÓ HIỆU TRƯỞNG")]
    [InlineData(BodyKind.School, SignerOffice.ActingPrincipal, false, "Q. HIỆU TRƯỞNG")]
    [InlineData(BodyKind.Enterprise, SignerOffice.Director, false, "GIÁM ĐỐC")]
    [InlineData(BodyKind.Enterprise, SignerOffice.DeputyDirector, false, "KT. GIÁM ĐỐC|PHÓ GIÁM ĐỐC")]
    [InlineData(BodyKind.ServiceUnit, SignerOffice.ActingDirector, false, "Q. GIÁM ĐỐC")]
    public void Lines_BodyAndOffice_GivesDecreeCapacity(BodyKind body, SignerOffice office, bool collective, string expected)
    {
        var lines = SignatureCapacity.Lines(body, office, collective);

        Assert.True(lines.IsSuccess);
        Assert.Equal(expected.Split('|'), lines.Value);
    }

    [Theory]
    [InlineData(BodyKind.Agency, SignerOffice.Chairman, false)]
    [InlineData(BodyKind.LocalCommittee, SignerOffice.Director, false)]
    [InlineData(BodyKind.School, SignerOffice.DeputyDirector, false)]
    public void Lines_OfficeNotOfTheBody_RefusedInVietnamese(BodyKind body, SignerOffice office, bool collective)
    {
        var lines = SignatureCapacity.Lines(body, office, collective);

        var error = Assert.IsType<ValidationError>(lines.Error);
        Assert.Equal("signerTitle", error.Field);
        Assert.Contains("không phù hợp", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lines_AgencyForTheCollective_RefusedNamingTheHeadRegime()
    {
        var lines = SignatureCapacity.Lines(BodyKind.Agency, SignerOffice.Director, collective: true);

        var error = Assert.IsType<ValidationError>(lines.Error);
        Assert.Contains("chế độ thủ trưởng", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Phó Chủ tịch UBND thành phố", SignerOffice.ViceChairman)]
    [InlineData("Chủ tịch", SignerOffice.Chairman)]
    [InlineData("Quyền Giám đốc", SignerOffice.ActingDirector)]
    [InlineData("Phó Giám đốc Sở Nội vụ", SignerOffice.DeputyDirector)]
    [InlineData("Hiệu trưởng", SignerOffice.Principal)]
    public void OfficeOf_TypedTitle_RecognisesOffice(string title, SignerOffice expected) =>
        Assert.Equal(expected, SignatureCapacity.OfficeOf(title));
}
