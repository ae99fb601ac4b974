using Tdkt.Domain.Planning.Import;

namespace Tdkt.Domain.Tests.Planning.Import;

/// <summary>Header constructions met in the development corpus (tests/…/Corpus/Headers), each read by a general rule.</summary>
public sealed class PlanHeaderReaderTests
{
    [Fact]
    public void SessionLineUnderTheIssuer_IsNotTakenAsTitle()
    {
        var h = PlanHeaderReader.Read("""
            HỘI ĐỒNG NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
            Số: 58/NQ-HĐND | Hà Giang, ngày 11 tháng 12 năm 2016 |
            HỘI ĐỒNG NHÂN DÂN TỈNH HÀ GIANG
            KHÓA XVII - KỲ HỌP THỨ BA
            Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
            """);

        Assert.Null(h.Title);
        Assert.Equal("58/NQ-HĐND", h.Number);
    }

    [Fact]
    public void SigningAuthorityWithoutPlaceName_IsNotTakenAsIssuer()
    {
        var h = PlanHeaderReader.Read("""
            QUYẾT ĐỊNH

            Về việc công nhận Gia đình văn hóa năm 2020

            CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ

            Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
            """);

        Assert.Null(h.Issuer);
        Assert.Equal("QUYẾT ĐỊNH", h.Kind);
    }

    [Fact]
    public void HeadingWithDates_IsNotTakenAsIssuer()
    {
        var h = PlanHeaderReader.Read("""
            KẾ HOẠCH TỔ CHỨC KỶ NIỆM 90 NĂM NGÀY THÀNH LẬP ĐẢNG CỘNG SẢN VIỆT NAM
            (3/2/1930 – 3/2/2020), 70 NĂM NGÀY THÀNH LẬP TỈNH VĨNH PHÚC (12/2/1950 – 12/2/2020)

            Căn cứ Kế hoạch số 103/KH-UBND, ngày 18/6/2019 của UBND tỉnh;
            """);

        Assert.Null(h.Issuer);
    }

    [Fact]
    public void EnactingQuyetDinhAfterBulletedBases_IsNotTheKindAndSubjectKeepsBothLines()
    {
        var h = PlanHeaderReader.Read("""
            ỦY BAN NHÂN DÂN
            TỈNH LÂM ĐỒNG
            Số: 61/2003/QĐ-UB
            Đà Lạt, ngày 08 tháng 05 năm 2003
            V/V PHÊ DUYỆT DỰ ÁN “QUY HOẠCH PHÁT TRIỂN SỰ NGHIỆP THỂ DỤC
            THỂ THAO TỈNH LÂM ĐỒNG ĐẾN NĂM 2010 VÀ NHỮNG NĂM TIẾP THEO”
            ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG
            - Căn cứ Nghị định 52/1999/NĐ-CP ngày 08/07/1999;
            - Xét Tờ trình số 353TT-KHĐT ngày 24/04/2003 của Sở Kế hoạch và đầu tư;
            QUYẾT ĐỊNH
            """);

        Assert.Null(h.Kind);
        Assert.Null(h.ParentIssuer);
        Assert.Equal("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", h.Issuer);
        Assert.EndsWith("ĐẾN NĂM 2010 VÀ NHỮNG NĂM TIẾP THEO”", h.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void RuleLineRunIntoTheNumberCell_IsDroppedFromIssuerAndTitle()
    {
        var h = PlanHeaderReader.Read("""
            THỦ TƯỚNG CHÍNH PHỦ
            ——- Số: 1155/QĐ-TTg
            |
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập – Tự do – Hạnh phúc ————— Hà Nội, ngày 28 tháng 06 năm 2016
            |
            QUYẾT ĐỊNH
            PHÊ DUYỆT NHIỆM VỤ QUY HOẠCH XÂY DỰNG VÙNG TỈNH LÂM ĐỒNG
            ĐẾN NĂM 2035 VÀ TẦM NHÌN ĐẾN NĂM 2050
            ——————–
            THỦ TƯỚNG CHÍNH PHỦ
            Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;
            """);

        Assert.Equal("THỦ TƯỚNG CHÍNH PHỦ", h.Issuer);
        Assert.Equal("1155/QĐ-TTg", h.Number);
        Assert.Equal("PHÊ DUYỆT NHIỆM VỤ QUY HOẠCH XÂY DỰNG VÙNG TỈNH LÂM ĐỒNG ĐẾN NĂM 2035 VÀ TẦM NHÌN ĐẾN NĂM 2050", h.Title);
    }

    [Fact]
    public void NumberAfterKindAndSo_IsRead()
    {
        var h = PlanHeaderReader.Read("""
            ỦY BAN THƯỜNG VỤ QUỐC HỘI
            Nghị quyết số: 653/2019/UBTVQH14
            Hà Nội, ngày 12 tháng 3 năm 2019
            """);

        Assert.StartsWith("653/2019/UBTVQH", h.Number, StringComparison.Ordinal);
    }

    [Fact]
    public void NumberWithLowerCaseLetterInItsCode_IsReadWhole()
    {
        var h = PlanHeaderReader.Read("Số: 01/CTr-UBND\nBạc Liêu, ngày 10 tháng 01 năm 2023");

        Assert.Equal("01/CTr-UBND", h.Number);
    }

    [Theory]
    [InlineData("Căn cứ Nghị định số 65/2014/NĐ- CP ngày 01/7/2014 của Chính phủ;", "65/2014/NĐ-CP")]
    [InlineData("Căn cứ Kế hoạch số 49- KH/TƯH ngày 10/3/2021 của Trung ương Hội;", "49-KH/TƯH")]
    [InlineData("Căn cứ Quyết định số 64B/HĐBT ngày 12/9/1981 của Hội đồng Bộ trưởng;", "64B/HĐBT")]
    [InlineData("Căn cứ Thông tư liên tịch số 183/2010/TTLT/BTC-BNN ngày 15/11/2010;", "183/2010/TTLT/BTC-BNN")]
    public void InstrumentNumberWithSpacesLettersOrTwoCodes_IsReadWhole(string text, string expected)
    {
        Assert.Contains(expected, PlanHeaderReader.InstrumentNumbers(text));
    }

    [Fact]
    public void InstrumentNumberFollowedByDashAndIssuerName_DoesNotSwallowTheName()
    {
        Assert.Equal(["65/2014/NĐ-CP"], PlanHeaderReader.InstrumentNumbers("Nghị định số 65/2014/NĐ-CP - Chính phủ"));
    }
}
