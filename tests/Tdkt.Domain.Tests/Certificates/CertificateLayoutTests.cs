using Tdkt.Domain.Awards;
using Tdkt.Domain.Certificates;
using Tdkt.Domain.Common;

namespace Tdkt.Domain.Tests.Certificates;

public sealed class CertificateLayoutTests
{
    private static List<FieldPosition> With(CertificateField field, Func<FieldPosition, FieldPosition> change) =>
        [.. CertificateLayout.Default.Select(p => p.Field == field ? change(p) : p)];

    [Fact]
    public void DefaultLayout_IsValidAndCoversEveryField()
    {
        Assert.True(CertificateLayout.Validate(CertificateLayout.Default).IsSuccess);
        Assert.Equal(Enum.GetValues<CertificateField>().Order(), CertificateLayout.Default.Select(p => p.Field).Order());
    }

    [Theory]
    [InlineData(-1, 50, "XMm", "hoành độ X phải từ 0 đến 297 mm")]
    [InlineData(297.5, 50, "XMm", "hoành độ X phải từ 0 đến 297 mm")]
    [InlineData(100, 211, "YMm", "tung độ Y phải từ 0 đến 210 mm")]
    [InlineData(100, 205, "YMm", "bị tràn xuống dưới mép trang")]
    public void TextFieldOutsideA4Landscape_IsRefusedNamingTheFieldAndTheFix(double x, double y, string column, string message)
    {
        var fields = With(CertificateField.Recipient, p => p with { XMm = (decimal)x, YMm = (decimal)y });
        var error = Assert.IsType<ValidationError>(CertificateLayout.Validate(fields).Error);
        var index = fields.FindIndex(p => p.Field == CertificateField.Recipient);
        Assert.Equal($"Fields[{index}].{column}", error.Field);
        Assert.Contains("Họ tên / tên tập thể được khen", error.Message);
        Assert.Contains(message, error.Message);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(80)]
    public void FontSizeOutside6To72Points_IsRefused(double size)
    {
        var error = CertificateLayout.Validate(With(CertificateField.SignerName, p => p with { Size = (decimal)size })).Error;
        Assert.Contains("cỡ chữ phải từ 6 đến 72 pt", Assert.IsType<ValidationError>(error).Message);
    }

    [Fact]
    public void QrCodeSpillingOverTheRightEdge_IsRefused_ButFitsExactlyAtTheEdge()
    {
        Assert.Contains("bị tràn ra ngoài trang A4 ngang",
            CertificateLayout.Validate(With(CertificateField.QrCode, p => p with { XMm = 272m, Size = 26m })).Error!.Message);
        Assert.True(CertificateLayout.Validate(With(CertificateField.QrCode, p => p with { XMm = 271m, Size = 26m })).IsSuccess);
        Assert.True(CertificateLayout.Validate(With(CertificateField.QrCode, p => p with { YMm = 184m, Size = 26m })).IsSuccess);
    }

    [Fact]
    public void Merge_TemplateOverridesItsFieldsOnly()
    {
        var merged = CertificateLayout.Merge([new FieldPosition(CertificateField.Recipient, 150m, 50m, 20m, FieldAlign.Left, false)]);
        Assert.Equal(50m, merged.Single(p => p.Field == CertificateField.Recipient).YMm);
        Assert.Equal(CertificateLayout.Default.Single(p => p.Field == CertificateField.Issuer), merged.Single(p => p.Field == CertificateField.Issuer));
        Assert.Equal(CertificateLayout.Default.Count, merged.Count);
    }

    [Theory]
    [InlineData("UBND tỉnh Lai Châu", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LAI CHÂU")]
    [InlineData("UBND thành phố Lai Châu", "CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ LAI CHÂU")]
    [InlineData("Ủy ban nhân dân phường Tân Phong", "CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG TÂN PHONG")]
    [InlineData("Sở Nội vụ", "GIÁM ĐỐC SỞ NỘI VỤ")]
    public void IssuerHeading_IsTheHeadOfTheBodyInCapitals(string body, string expected) =>
        Assert.Equal(expected, CertificateText.IssuerHeading(body, "Phó Chủ tịch"));

    [Theory]
    [InlineData(AwardCodes.Gk, "TẶNG")]
    [InlineData(AwardCodes.BkTinh, "TẶNG")]
    [InlineData(AwardCodes.Cstdcs, "TẶNG DANH HIỆU")]
    [InlineData(AwardCodes.Ldtt, "TẶNG DANH HIỆU")]
    public void PresentWord_TitlesAreGivenAsDanhHieu(string code, string expected) =>
        Assert.Equal(expected, CertificateText.PresentWord(code, LegalBasis.Nd98_2023));

    [Theory]
    [InlineData("UBND thành phố Lai Châu", "Lai Châu")]
    [InlineData("UBND huyện Phong Thổ", "Phong Thổ")]
    [InlineData("Sở Nội vụ", null)]
    public void PlaceOf_IsTheLocalityOfAPeoplesCommittee(string body, string? expected) =>
        Assert.Equal(expected, CertificateText.PlaceOf(body));

    [Fact]
    public void Texts_ForAWomanWithAGiayKhen_FollowTheDecreeSample()
    {
        var t = CertificateText.For(new CertificateFacts("UBND thành phố Lai Châu", "Phó Chủ tịch UBND thành phố", "Trần Đình Tiến",
            ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], AwardCodes.Gk, "Giấy khen", LegalBasis.Nd98_2023, SubjectKind.Individual, "Nguyễn Thị Hường",
            "Nữ", "Giáo viên, Trường Tiểu học Đoàn Kết", "Giúp hộ nghèo thoát nghèo", null, "1/QĐ-UBND", new DateOnly(2024, 1, 15), 1, "Lai Châu"));
        Assert.Equal("Bà Nguyễn Thị Hường", t[CertificateField.Recipient]);
        Assert.Equal("GIẤY KHEN", t[CertificateField.FormName]);
        Assert.Equal("Đã có thành tích giúp hộ nghèo thoát nghèo", t[CertificateField.Achievement]);
        Assert.Equal("Quyết định số 1/QĐ-UBND", t[CertificateField.DecisionNumber]);
        Assert.Equal("ngày 15/01/2024", t[CertificateField.DecisionDate]);
        Assert.Equal("Số sổ vàng: 01", t[CertificateField.GoldenBook]);
        Assert.Equal("Lai Châu, ngày 15 tháng 01 năm 2024", t[CertificateField.PlaceDate]);
        Assert.Equal("KT. CHỦ TỊCH", t[CertificateField.SignerCapacity]);
        Assert.Equal("PHÓ CHỦ TỊCH", t[CertificateField.SignerTitle]);
    }

    [Theory]
    [InlineData("Đã có thành tích xuất sắc trong phong trào", null, "Đã có thành tích xuất sắc trong phong trào")]
    [InlineData("", "Khen thưởng các tập thể, cá nhân đã có thành tích trong phong trào thi đua năm 2023.", "Đã có thành tích trong phong trào thi đua năm 2023")]
    [InlineData(null, null, "")]
    public void AchievementLine_UsesTheNomineesAchievementElseTheDecisionWording(string? achievement, string? wording, string expected) =>
        Assert.Equal(expected, CertificateText.AchievementLine(achievement, wording));
}
