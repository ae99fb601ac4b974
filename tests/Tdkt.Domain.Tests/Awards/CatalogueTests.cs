using Tdkt.Domain.Awards;
using Tdkt.Domain.Common;

namespace Tdkt.Domain.Tests.Awards;

public sealed class CatalogueTests
{
    public static TheoryData<string, LegalBasis> EveryCodeAndBasis()
    {
        var data = new TheoryData<string, LegalBasis>();
        foreach (var code in AwardCodes.All)
        {
            foreach (var basis in LegalBases.All)
            {
                data.Add(code, basis);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryCodeAndBasis))]
    public void EveryCode_HasCompleteDefinitionUnderEachBasis(string code, LegalBasis basis)
    {
        var d = DefaultCatalogue.For(code, basis).Value!;

        Assert.Equal(code, d.Code);
        Assert.Equal(basis, d.Basis);
        Assert.False(string.IsNullOrWhiteSpace(d.Name));
        Assert.NotEmpty(d.SubjectKinds);
        Assert.NotEmpty(d.Dossier);
        Assert.Contains(d.Dossier, p => p.Code == "TO_TRINH");
        Assert.True(d.ProcessingWorkingDays > 0);
        Assert.StartsWith("Điều", d.CriteriaReference.Replace("Khoản 1 ", "", StringComparison.Ordinal).Replace("Khoản 2 ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(d.Council.BallotRequired, d.Dossier.Any(p => p.Code == "KET_QUA_BO_PHIEU"));
    }

    [Fact]
    public void All_HoldsEveryCodeTwice_OrderedByBasisThenRank()
    {
        Assert.Equal(AwardCodes.All.Count * 2, DefaultCatalogue.All.Count);
        Assert.Equal(AwardCodes.Hcld3, DefaultCatalogue.All[0].Code);
    }

    [Fact]
    public void BkTinhCoefficient_RaisedFrom1To1_5ByNd152()
    {
        Assert.Equal(1.0m, DefaultCatalogue.For(AwardCodes.BkTinh, LegalBasis.Nd98_2023).Value!.Money.Coefficient);
        Assert.Equal(1.5m, DefaultCatalogue.For(AwardCodes.BkTinh, LegalBasis.Nd152_2025).Value!.Money.Coefficient);
    }

    [Theory]
    [InlineData(AwardCodes.CstdTinh, 90, 18, 20, true)]
    [InlineData(AwardCodes.CstdTinh, 90, 17, 20, false)]
    [InlineData(AwardCodes.Cstdcs, 80, 16, 20, true)]
    [InlineData(AwardCodes.Cstdcs, 80, 15, 20, false)]
    [InlineData(AwardCodes.CoTinh, 80, 12, 15, true)]
    public void Nd98Council_ThresholdOnAllMembers(string code, int percent, int yes, int members, bool approved)
    {
        var council = DefaultCatalogue.For(code, LegalBasis.Nd98_2023).Value!.Council;

        Assert.True(council.BallotRequired);
        Assert.False(council.Unverified);
        Assert.Equal(percent, council.ApprovalPercentOfAllMembers);
        Assert.Equal(approved, council.IsApproved(yes, members));
    }

    [Fact]
    public void Nd152Council_UnverifiedAndConfigurablePerProvince()
    {
        var settings = JurisdictionSettings.Default with
        {
            Nd152CouncilThresholds = new Dictionary<string, decimal> { [AwardCodes.Cstdcs] = 75m },
        };

        var byDefault = DefaultCatalogue.For(AwardCodes.Cstdcs, LegalBasis.Nd152_2025, JurisdictionSettings.Default).Value!.Council;
        var configured = DefaultCatalogue.For(AwardCodes.Cstdcs, LegalBasis.Nd152_2025, settings).Value!.Council;
        var nd98 = DefaultCatalogue.For(AwardCodes.Cstdcs, LegalBasis.Nd98_2023, settings).Value!.Council;

        Assert.True(byDefault.Unverified);
        Assert.Equal(80m, byDefault.ApprovalPercentOfAllMembers);
        Assert.Equal(75m, configured.ApprovalPercentOfAllMembers);
        Assert.True(configured.IsApproved(15, 20));
        Assert.Equal(80m, nd98.ApprovalPercentOfAllMembers);
    }

    [Theory]
    [InlineData(AwardCodes.Cstdcs, LegalBasis.Nd98_2023, "XAC_NHAN_SANG_KIEN")]
    [InlineData(AwardCodes.Cstdcs, LegalBasis.Nd152_2025, "XAC_NHAN_SANG_KIEN")]
    [InlineData(AwardCodes.CstdTinh, LegalBasis.Nd152_2025, "XAC_NHAN_PHAM_VI_TINH")]
    [InlineData(AwardCodes.CstdTq, LegalBasis.Nd152_2025, "XAC_NHAN_PHAM_VI_TOAN_QUOC")]
    [InlineData(AwardCodes.BkTtg, LegalBasis.Nd152_2025, "TEP_DIEN_TU")]
    public void Dossier_IncludesCertificationForTheAward(string code, LegalBasis basis, string part) =>
        Assert.Contains(DefaultCatalogue.For(code, basis).Value!.Dossier, p => p.Code == part);

    [Fact]
    public void CstdcsUnderNd152_AcceptsHtxsnvCertification() =>
        Assert.Contains("hoàn thành xuất sắc", DefaultCatalogue.For(AwardCodes.Cstdcs, LegalBasis.Nd152_2025).Value!
            .Dossier.Single(p => p.Code == "XAC_NHAN_SANG_KIEN").Name, StringComparison.Ordinal);

    [Fact]
    public void LdttHasNoBallot_AnyVoteApproves() =>
        Assert.True(DefaultCatalogue.For(AwardCodes.Ldtt, LegalBasis.Nd152_2025).Value!.Council.IsApproved(0, 10));

    [Fact]
    public void ThonVanHoa_DecidedByDistrictUnderNd98_CommuneUnderNd152()
    {
        Assert.Contains("cấp huyện", DefaultCatalogue.For(AwardCodes.ThonVh, LegalBasis.Nd98_2023).Value!.DecidedBy, StringComparison.Ordinal);
        Assert.Contains("cấp xã", DefaultCatalogue.For(AwardCodes.ThonVh, LegalBasis.Nd152_2025).Value!.DecidedBy, StringComparison.Ordinal);
    }

    [Fact]
    public void ProvincialProcessingDays_ComeFromSettings()
    {
        var settings = JurisdictionSettings.Default with { ProvincialProcessingWorkingDays = 15 };

        Assert.Equal(15, DefaultCatalogue.For(AwardCodes.BkTinh, LegalBasis.Nd152_2025, settings).Value!.ProcessingWorkingDays);
        Assert.Equal(20, DefaultCatalogue.For(AwardCodes.Cstdcs, LegalBasis.Nd152_2025, settings).Value!.ProcessingWorkingDays);
    }

    [Fact]
    public void UnknownCode_ValidationErrorOnAward() =>
        Assert.Equal("award", Assert.IsType<ValidationError>(DefaultCatalogue.For("HC_SAO_VANG", LegalBasis.Nd152_2025).Error).Field);

    [Theory]
    [InlineData(100, false, 20)]
    [InlineData(100, true, 25)]
    [InlineData(9, false, 1)]
    [InlineData(4, false, 0)]
    public void HtxsnvQuota_FloorOfShare(int rated, bool outstanding, int expected) =>
        Assert.Equal(expected, JurisdictionSettings.Default.MaxExcellentRatings(rated, outstanding));
}
