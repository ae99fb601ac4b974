using Tdkt.Domain.Awards;
using Tdkt.Domain.Documents;
using Tdkt.Domain.Organizations;

namespace Tdkt.Domain.Tests.Documents;

/// <summary>Issue 12 item 5: the defaults per body kind and a province's setting over them; item 8: the report form.</summary>
public sealed class DocumentProfileTests
{
    private static readonly IssuingBody Province = IssuingBody.Of("UBND tỉnh Lai Châu", OrgUnitKind.Province, null);
    private static readonly IssuingBody Ward = IssuingBody.Of("UBND phường Tân Phong", OrgUnitKind.Commune, "UBND thành phố Lai Châu");
    private static readonly IssuingBody Agency = IssuingBody.Of("Ban Dân tộc tỉnh Lai Châu", OrgUnitKind.ProvincialAgency, "UBND tỉnh Lai Châu");

    [Fact]
    public void Default_ProvinceWardAgency_ExecutorsAndRecipientsOfEach()
    {
        Assert.StartsWith("Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ", DocumentProfile.Default(DocumentKind.Decision, Province).Executors, StringComparison.Ordinal);
        Assert.Contains("- Chủ tịch, các Phó Chủ tịch UBND tỉnh;", DocumentProfile.Default(DocumentKind.Decision, Province).Recipients);
        Assert.Equal("Chánh Văn phòng Ủy ban nhân dân phường Tân Phong, Thủ trưởng các cơ quan, đơn vị có liên quan", DocumentProfile.Default(DocumentKind.Decision, Ward).Executors);
        Assert.Equal(["- Như Điều 3;", "- Lưu: VT, NV."], DocumentProfile.Default(DocumentKind.Decision, Ward).Recipients);
        Assert.StartsWith("Chánh Văn phòng Sở", DocumentProfile.Default(DocumentKind.Decision, Agency).Executors, StringComparison.Ordinal);
        Assert.Equal(["- Như trên;", "- Lưu: VT."], DocumentProfile.Default(DocumentKind.Submission, Agency).Recipients);
        Assert.Null(DocumentProfile.Default(DocumentKind.Decision, Ward).Grounds);
        Assert.Equal(DocumentText.Grounds(new DateOnly(2025, 8, 1), true), DocumentProfile.Default(DocumentKind.Decision, Ward).GroundsOn(new DateOnly(2025, 8, 1), true));
    }

    [Fact]
    public void With_SettingOverDefaults_GroundsLinesRecipientsDashedEmptyKeepsDefault()
    {
        var p = DocumentProfile.Default(DocumentKind.Decision, Ward).With("Căn cứ Luật A;\n\n  Quyết định số 15/2024/QĐ-UBND ngày 10/5/2024.  ", null, "Như Điều 3;\n- Lưu: VT.", " ");
        Assert.Equal(["Luật A", "Quyết định số 15/2024/QĐ-UBND ngày 10/5/2024"], p.GroundsOn(new DateOnly(2025, 8, 1), true));
        Assert.Equal(DocumentProfile.Default(DocumentKind.Decision, Ward).Executors, p.Executors);
        Assert.Equal(["- Như Điều 3;", "- Lưu: VT."], p.Recipients);
        Assert.Null(p.HeadTitle);
    }

    [Fact]
    public void Capacity_HeadTitleSet_ReplacesHeadAndDeputyNeverTm()
    {
        var p = DocumentProfile.Default(DocumentKind.Decision, Agency).With(null, null, null, "Trưởng ban");
        var deputy = SignatureCapacity.Lines(Agency.Kind, SignerOffice.DeputyDirector, false).Value!;
        Assert.Equal(["KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"], p.Capacity(deputy, Agency.Kind));
        var committee = DocumentProfile.Default(DocumentKind.Submission, Ward).With(null, null, null, "Chủ tịch");
        Assert.Equal(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], committee.Capacity(SignatureCapacity.Lines(Ward.Kind, SignerOffice.Chairman, true).Value!, Ward.Kind));
    }

    [Theory]
    [InlineData("CO_CP", SubjectKind.Collective, CommendationKind.Merit, "01", AchievementSubject.Collective)]
    [InlineData("CSTD_TQ", SubjectKind.Individual, CommendationKind.Merit, "02", AchievementSubject.Individual)]
    [InlineData("BK_TINH", SubjectKind.Collective, CommendationKind.Merit, "03", AchievementSubject.Collective)]
    [InlineData("CSTDCS", SubjectKind.Individual, CommendationKind.Merit, "04", AchievementSubject.Individual)]
    [InlineData("GK", SubjectKind.Individual, CommendationKind.AdHoc, "05", AchievementSubject.Individual)]
    [InlineData("HCLD3", SubjectKind.Individual, CommendationKind.Dedication, "06", AchievementSubject.Individual)]
    [InlineData("GK", SubjectKind.Household, CommendationKind.Thematic, "07", AchievementSubject.Household)]
    [InlineData("GK", SubjectKind.Household, CommendationKind.Merit, "03", AchievementSubject.Household)]
    public void AchievementForm_ByAwardCommendationAndSubject(string award, SubjectKind kind, CommendationKind commendation, string number, AchievementSubject subject)
    {
        var f = AchievementReportForm.For(award, kind, commendation);
        Assert.Equal((number, subject), (f.Number, f.Subject));
        Assert.Contains("chưa đối chiếu", f.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Place_SchoolUnderASo_IsTheProvincesPlace()
    {
        var school = IssuingBody.Of("Trường Trung học phổ thông Chuyên Lê Quý Đôn", OrgUnitKind.PublicServiceUnit, "Sở Giáo dục và Đào tạo tỉnh Lai Châu");
        Assert.Equal("Lai Châu", school.Place);
        Assert.Equal("Tân Phong", Ward.Place);
        Assert.Equal("Lai Châu", Agency.Place);
    }
}
