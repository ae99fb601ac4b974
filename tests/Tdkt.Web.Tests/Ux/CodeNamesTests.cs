namespace Tdkt.Web.Tests.Ux;

/// <summary>Codes kept in the database read as Vietnamese words (ADR-0025).</summary>
public sealed class CodeNamesTests
{
    [Theory]
    [InlineData("GK", "Giấy khen")]
    [InlineData("BK_CT_UBND_TINH", "Bằng khen Chủ tịch UBND tỉnh")]
    [InlineData("XYZ_42", "Hình thức khen thưởng khác (ngoài danh mục)")]
    public void Award_Code_ReadsAsName(string code, string expected) => Assert.Equal(expected, CodeNames.Award(code));

    [Fact]
    public void Award_CatalogueCode_ReadsAsCatalogueName() =>
        Assert.Equal(Domain.Awards.DefaultCatalogue.All.First(d => d.Code == "BK_TINH").Name, CodeNames.Award("bk_tinh"));

    [Theory]
    [InlineData("TO_TRINH", "Tờ trình đề nghị khen thưởng")]
    [InlineData("BAO_CAO_THANH_TICH", "Báo cáo thành tích")]
    [InlineData("BIEN_BAN_HOI_DONG", "Biên bản họp Hội đồng Thi đua - Khen thưởng")]
    [InlineData("LA_LAM", "Tài liệu khác")]
    public void Part_Code_ReadsAsName(string code, string expected) => Assert.Equal(expected, CodeNames.Part(code));

    [Fact]
    public void WorkingDaysLeft_Negative_ReadsAsOverdue()
    {
        Assert.Equal("quá hạn 744 ngày làm việc", CodeNames.WorkingDaysLeft(-744));
        Assert.Equal("còn 3 ngày làm việc", CodeNames.WorkingDaysLeft(3));
        Assert.Equal("hết hạn hôm nay", CodeNames.WorkingDaysLeft(0));
    }
}
