using Tdkt.Web.Documents;

namespace Tdkt.Web.Tests.Certificates;

/// <summary>One-line fields of a certificate stay on the page: a long form name is set smaller, a short one keeps the
/// layout's size (the synthetic national decisions showed "BẰNG KHEN CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH" cut at both
/// edges at 34 pt).</summary>
public sealed class CertificateFitTests
{
    [Theory]
    [InlineData("GIẤY KHEN")]
    [InlineData("CHIẾN SĨ THI ĐUA CƠ SỞ")]
    [InlineData("TẬP THỂ LAO ĐỘNG XUẤT SẮC")]
    public void ShortFormName_KeepsTheLayoutSize(string name) =>
        Assert.Equal(34m, CertificateHtml.FitOneLine(name, 34m, CertificateHtml.LineWidthMm));

    [Theory]
    [InlineData("BẰNG KHEN CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH")]
    [InlineData("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU VÀ CÁC ĐƠN VỊ TRỰC THUỘC")]
    public void LongLine_IsSetSmallerToFitTheWidth(string text)
    {
        var size = CertificateHtml.FitOneLine(text, 34m, CertificateHtml.LineWidthMm);

        Assert.True(size < 34m);
        Assert.True(size >= 10m); // still legible
        Assert.True(text.Length * size * 0.3528m * 0.72m <= CertificateHtml.LineWidthMm);
        Assert.Equal(0m, size * 2 % 1); // half points
    }
}
