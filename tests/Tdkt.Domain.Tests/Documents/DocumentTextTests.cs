using Tdkt.Domain.Awards;
using Tdkt.Domain.Documents;

namespace Tdkt.Domain.Tests.Documents;

public sealed class DocumentTextTests
{
    [Theory]
    [InlineData(3_180_000, "Ba triệu một trăm tám mươi nghìn đồng")]
    [InlineData(1_250_000, "Một triệu hai trăm năm mươi nghìn đồng")]
    [InlineData(1_410_000, "Một triệu bốn trăm mười nghìn đồng")]
    [InlineData(21_000, "Hai mươi mốt nghìn đồng")]
    [InlineData(105_000, "Một trăm linh năm nghìn đồng")]
    [InlineData(15_024_000, "Mười lăm triệu không trăm hai mươi tư nghìn đồng")]
    [InlineData(2_000_000_000, "Hai tỷ đồng")]
    [InlineData(0, "Không đồng")]
    public void MoneyInWords_Amount_VietnameseWords(long amount, string expected) =>
        Assert.Equal(expected, DocumentText.MoneyInWords(amount));

    [Fact]
    public void CountPhrase_Seed000_OneCollectiveTwoIndividualsOneHousehold() =>
        Assert.Equal("01 tập thể, 02 cá nhân và 01 hộ gia đình", DocumentText.CountPhrase(1, 2, 1));

    [Fact]
    public void CountPhrase_NoCollective_LeavesItOut() =>
        Assert.Equal("02 cá nhân và 01 hộ gia đình",
            DocumentText.CountPhrase([SubjectKind.Individual, SubjectKind.Household, SubjectKind.Individual]));

    [Theory]
    [InlineData("Hộ ông Lò Văn Sáng", "Hộ ông Lò Văn Sáng")]
    [InlineData("Lò Văn Sáng", "Hộ gia đình Lò Văn Sáng")]
    public void SubjectName_Household_NeverDoublesHo(string name, string expected) =>
        Assert.Equal(expected, DocumentText.SubjectName(SubjectKind.Household, name));

    [Fact]
    public void CertificateRecipientLine_HouseholdNamedHo_NotDoubled() =>
        Assert.Equal("Hộ ông Giàng A Páo", Tdkt.Domain.Certificates.CertificateText.RecipientLine(SubjectKind.Household, "Hộ ông Giàng A Páo", null));

    [Fact]
    public void JoinUnique_SameUnitTwiceInOtherCase_KeptOnce() =>
        Assert.Equal("Trưởng bản, phường Tân Phong", DocumentText.JoinUnique("Trưởng bản", "phường Tân Phong", "Phường Tân Phong"));

    [Fact]
    public void Grounds_AfterJuly2025_CitesLaw72AndDecree152()
    {
        var lines = DocumentText.Grounds(new DateOnly(2025, 7, 1), committee: true);

        Assert.Contains("72/2025/QH15", lines[0], StringComparison.Ordinal);
        Assert.Contains("152/2025/NĐ-CP", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Grounds_December2024_CitesLaw2015AndDecree98()
    {
        var lines = DocumentText.Grounds(new DateOnly(2024, 12, 20), committee: true);

        Assert.Contains("ngày 19 tháng 6 năm 2015", lines[0], StringComparison.Ordinal);
        Assert.Contains("98/2023/NĐ-CP ngày 31 tháng 12 năm 2023", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Article1_Seed000_GoldenWording()
    {
        var context = DocumentText.Context("Phong trào thi đua “Lai Châu chung tay vì người nghèo - Không để ai bị bỏ lại phía sau” giai đoạn 2021-2025", null, null, 2024);

        var text = DocumentText.Article1("Giấy khen", DocumentText.CountPhrase(1, 2, 1), context);

        Assert.Equal("Tặng Giấy khen cho 01 tập thể, 02 cá nhân và 01 hộ gia đình đã có thành tích xuất sắc trong Phong trào thi đua “Lai Châu chung tay vì người nghèo - Không để ai bị bỏ lại phía sau” giai đoạn 2021–2025 (có danh sách kèm theo).", text);
    }

    [Fact]
    public void Context_MovementNameAndPeriod_QuotedWithEnDash() =>
        Assert.Equal("trong Phong trào thi đua “Lai Châu chung tay vì người nghèo” giai đoạn 2021–2025",
            DocumentText.Context("Lai Châu chung tay vì người nghèo", new DateOnly(2021, 1, 1), new DateOnly(2025, 12, 31), 2023));

    [Fact]
    public void Proposal_WithSubmission_NamesNumberAndDate() =>
        Assert.Equal("Xét đề nghị của Ủy ban nhân dân phường Tân Phong tại Tờ trình số 05/TTr-UBND ngày 16 tháng 12 năm 2024.",
            DocumentText.Proposal("Ủy ban nhân dân phường Tân Phong", "5/TTr-UBND", new DateOnly(2024, 12, 16), null));
}
