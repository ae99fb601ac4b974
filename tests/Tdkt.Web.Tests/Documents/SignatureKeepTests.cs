using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;
using Tdkt.Domain.Awards;
using Tdkt.Domain.Documents;
using Tdkt.Domain.Organizations;
using Tdkt.Web.Documents;
using static Tdkt.Web.Tests.Documents.DocxChecks;

namespace Tdkt.Web.Tests.Documents;

/// <summary>Issue 12 item 1: the signature block is never alone on a page — a tờ trình whose list of nominees pushes
/// the signature to page 2 carries the closing paragraph with it; no blank page.</summary>
public sealed class SignatureKeepTests
{
    private static readonly IssuingBody Ward = IssuingBody.Of("UBND phường Tân Phong", OrgUnitKind.Commune, "UBND thành phố Lai Châu");
    private static readonly IssuingBody City = IssuingBody.Of("UBND thành phố Lai Châu", OrgUnitKind.District, "UBND tỉnh Lai Châu");

    public static TheoryData<int> Counts => [9, 11, 13, 15];

    [Theory]
    [MemberData(nameof(Counts))]
    public async Task Submission_LongListPushesSignatureToPage2_SignatureWithTextNoBlankPage(int count)
    {
        var lines = Enumerable.Range(1, count).Select(i => new ListLine(SubjectKind.Individual, $"Nguyễn Văn {i:00}",
            "Công chức Văn hóa - Xã hội, phường Tân Phong", "Giấy khen", 0m,
            "Hoàn thành xuất sắc nhiệm vụ năm 2023, tham mưu tổ chức tốt các phong trào thi đua của phường")).ToList();
        var capacity = SignatureCapacity.Lines(Ward.Kind, SignerOffice.Chairman, collective: true).Value!;
        var bytes = NominationDocx.Submission(new SubmissionModel(Ward, City, "05/TTr-UBND", new DateOnly(2023, 11, 20), 2023, "trong năm 2023", lines, capacity, "Lò Văn Thắng"));

        AssertValid(bytes);
        using var doc = Open(bytes);
        var body = doc.MainDocumentPart!.Document.Body!;
        var signature = body.Elements<Table>().Last();
        Assert.NotNull(signature.GetFirstChild<TableRow>()!.TableRowProperties!.GetFirstChild<CantSplit>());
        var before = (Paragraph)signature.PreviousSibling()!;
        Assert.NotNull(before.ParagraphProperties!.KeepNext);
        Assert.StartsWith("Kính trình", before.InnerText, StringComparison.Ordinal);

        var pages = await RenderPagesAsync(bytes);
        Assert.True(pages.Count >= 2, string.Create(CultureInfo.InvariantCulture, $"{count} nominees fit on one page"));
        Assert.All(pages, p => Assert.False(string.IsNullOrWhiteSpace(p), "a blank page"));
        var signed = pages.Single(p => p.Contains("Nơi nhận", StringComparison.Ordinal));
        Assert.Contains("Kính trình", signed, StringComparison.Ordinal); // never alone: the closing sentence is on its page
        Assert.Contains("Lò Văn Thắng", signed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decision_LongArticlesPushSignature_SignatureKeepsWithArticle3()
    {
        var lines = new List<ListLine> { new(SubjectKind.Individual, "Lò Văn Minh", "Công an viên, phường Tân Phong", "Giấy khen", 540_000m) };
        var long2 = string.Join(' ', Enumerable.Repeat("Tiền thưởng kèm theo được chi từ quỹ thi đua, khen thưởng của Ủy ban nhân dân thành phố theo quy định hiện hành.", 14));
        var m = new DecisionModel(City, "01/QĐ-UBND", new DateOnly(2024, 1, 15), 2024, false, DocumentText.Grounds(new DateOnly(2024, 1, 15), true),
            "Xét đề nghị của Ủy ban nhân dân phường Tân Phong tại Tờ trình số 05/TTr-UBND ngày 20 tháng 11 năm 2023.",
            "Về việc tặng Giấy khen", "Tặng Giấy khen cho 01 cá nhân đã có thành tích xuất sắc trong năm 2023 (có danh sách kèm theo).", long2,
            "Quyết định có hiệu lực kể từ ngày ký. Chánh Văn phòng và cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.",
            ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Trần Đình Tiến", lines);
        var bytes = NominationDocx.DecisionDocx(m);

        AssertValid(bytes);
        var pages = await RenderPagesAsync(bytes);
        Assert.All(pages, p => Assert.False(string.IsNullOrWhiteSpace(p), "a blank page"));
        var signed = pages.Single(p => p.Contains("Trần Đình Tiến", StringComparison.Ordinal) && p.Contains("Nơi nhận", StringComparison.Ordinal));
        Assert.Contains("Điều 3.", signed, StringComparison.Ordinal);
        Assert.DoesNotContain("DANH SÁCH", signed, StringComparison.Ordinal);
    }
}
