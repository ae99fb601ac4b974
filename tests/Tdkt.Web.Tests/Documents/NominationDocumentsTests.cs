using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Documents;
using Tdkt.Testing;
using static Tdkt.Web.Tests.Documents.DocxChecks;
using static Tdkt.Web.Tests.Nominations.NominationScenario;

namespace Tdkt.Web.Tests.Documents;

/// <summary>Issue 12: the decision, its revocation and the tờ trình of the seed 000 scenario (phường Tân Phong →
/// UBND thành phố Lai Châu: 01 tập thể, 02 cá nhân, 01 hộ gia đình) come out in Decree 30's form, valid Open XML,
/// rendered without blank pages; the API serves them with the page's scope.</summary>
public sealed class NominationDocumentsTests : IAsyncLifetime
{
    private static readonly IReadOnlyList<NomineeSpec> Seed000 =
    [
        new("Collective", "Chi hội Phụ nữ tổ dân phố 3"), new("Individual", "Lò Văn Minh", "1982", Gender: "Nam"),
        new("Individual", "Tòng Thị Lan", "1990", Gender: "Nữ"), new("Household", "Giàng A Páo", Address: "Tổ dân phố 3, phường Tân Phong"),
    ];

    private readonly SettableClock _clock = new(new DateTimeOffset(2023, 11, 20, 2, 0, 0, TimeSpan.Zero));
    private TdktFactory _app = null!;
    private int _dossier;
    private int _decision;

    public async Task InitializeAsync()
    {
        _app = await TestDatabases.NewFactoryAsync(nameof(NominationDocumentsTests));
        _app.Clock = _clock;
        var movement = await _app.WithDbAsync(db => db.Movements.Where(m => m.Name.Contains("vì người nghèo")).Select(m => (int?)m.Id).FirstOrDefaultAsync());
        _dossier = await IssuedAsync(_app, _clock, Seed000, beforeIssue: async id =>
        {
            // The movement the achievements belong to (set after the submission, so the demo quotas do not interfere).
            await _app.WithDbAsync(db => db.Database.ExecuteSqlInterpolatedAsync($"UPDATE dossiers SET \"MovementId\" = {movement} WHERE \"Id\" = {id}"));
            var put = await Bearer(_app, "canbo.tanphong").PutAsJsonAsync($"/api/v1/dossiers/{id}/submission-letter", new { number = "5/TTr-UBND", date = "2023-11-20" });
            Assert.True(put.IsSuccessStatusCode, await put.Content.ReadAsStringAsync());
        });
        _decision = await _app.WithDbAsync(db => db.Decisions.Where(d => d.DossierId == _dossier).Select(d => d.Id).SingleAsync());
    }

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task DecisionDocx_Seed000_Decree30FormGoldenWordingValidTwoPagesWithText()
    {
        var response = await Bearer(_app, "lanhdao.tplc").GetAsync($"/api/v1/decisions/{_decision}/document.docx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();

        AssertValid(bytes);
        using var doc = Open(bytes);
        AssertDecree30Page(doc);
        var header = Header(doc);
        var headerText = header.Descendants<Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Equal("ỦY BAN NHÂN DÂN", headerText[0]); // a city's committee: no parent line, its own name in full
        Assert.Equal("THÀNH PHỐ LAI CHÂU", headerText[1]);
        Assert.DoesNotContain(headerText, t => t.StartsWith("UBND", StringComparison.Ordinal));
        Assert.True(IsBold(Find(doc, "THÀNH PHỐ LAI CHÂU")));
        Assert.Contains("Số: 02/QĐ-UBND", headerText);
        Assert.Equal(2, Lines(header)); // under the body and under the motto
        var date = Find(doc, "Lai Châu, ngày 15 tháng 01 năm 2024");
        Assert.True(IsItalic(date));
        Assert.True(IsBold(Find(doc, "Độc lập - Tự do - Hạnh phúc")));

        var texts = Paragraphs(doc).Select(p => p.InnerText).ToList();
        const string context = "trong Phong trào thi đua “Lai Châu chung tay vì người nghèo - Không để ai bị bỏ lại phía sau” giai đoạn 2021–2025";
        var summary = Find(doc, $"Về việc tặng Giấy khen cho tập thể, cá nhân và hộ gia đình có thành tích xuất sắc {context}");
        Assert.True(IsBold(summary) && summary.ParagraphProperties!.Justification!.Val!.Value == JustificationValues.Center);
        Assert.True(Lines(doc.MainDocumentPart!.Document.Body!) >= 4); // + the trích yếu's and the annex's
        Assert.Contains("CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ LAI CHÂU", texts);
        var ground = Find(doc, "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;");
        Assert.True(IsItalic(ground));
        Assert.Contains("Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;", texts);
        Assert.Contains("Xét đề nghị của Ủy ban nhân dân phường Tân Phong tại Tờ trình số 05/TTr-UBND ngày 20 tháng 11 năm 2023.", texts);

        var article1 = Find(doc, $"Điều 1. Tặng Giấy khen cho 01 tập thể, 02 cá nhân và 01 hộ gia đình đã có thành tích xuất sắc {context} (có danh sách kèm theo).");
        var runs = article1.Elements<Run>().ToList();
        Assert.Equal("Điều 1. ", runs[0].InnerText);
        Assert.NotNull(runs[0].RunProperties!.Bold);
        Assert.Null(runs[1].RunProperties!.Bold);
        var recipients = await _app.WithDbAsync(db => db.DecisionRecipients.Where(r => r.DecisionId == _decision).ToListAsync());
        var total = recipients.Sum(r => r.Amount);
        var words = DocumentText.MoneyInWords(total);
        Assert.Contains(texts, t => t.StartsWith("Điều 2. Tiền thưởng kèm theo: " + total.ToString("#,##0", new CultureInfo("vi-VN")) + " đồng (" + words + ")", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains(" đ,", StringComparison.Ordinal) || t.EndsWith(" đ", StringComparison.Ordinal));
        Assert.Contains("Nơi nhận:", texts);
        Assert.Contains("KT. CHỦ TỊCH", texts);
        Assert.Contains("PHÓ CHỦ TỊCH", texts);
        Assert.Contains("Trần Đình Tiến", texts);

        // The list: grouped, the household named once with "Hộ", the unit never twice, totals in figures and words.
        var cells = doc.MainDocumentPart.Document.Body!.Elements<Table>().Last().Descendants<TableCell>().Select(c => c.InnerText).ToList();
        Assert.Equal(["TẬP THỂ (01)", "CÁ NHÂN (02)", "HỘ GIA ĐÌNH (01)"], cells.Where(c => c.Contains(" (0", StringComparison.Ordinal)).ToList());
        Assert.Contains("Hộ gia đình Giàng A Páo", cells);
        Assert.DoesNotContain(cells, c => c.Contains("phường Tân Phong, Phường Tân Phong", StringComparison.OrdinalIgnoreCase));
        Assert.Contains($"(Tổng số tiền bằng chữ: {words}./.)", texts);

        var pages = await RenderPagesAsync(bytes);
        Assert.InRange(pages.Count, 2, 3); // the decision (14 pt: its signature may run onto page 2) and its list
        Assert.All(pages, p => Assert.False(string.IsNullOrWhiteSpace(p), "a blank page"));
        Assert.Contains("DANH SÁCH", pages[^1], StringComparison.Ordinal);
        Assert.DoesNotContain("DANH SÁCH", pages[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task DecisionPdfAndSubmissionLetter_OutsideScope404_InsideRendered()
    {
        var outsider = Bearer(_app, "thamdinh.ninhthuan");
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/v1/decisions/{_decision}/document.docx")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/v1/decisions/{_decision}/document.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/v1/dossiers/{_dossier}/submission-letter.docx")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync("/api/v1/decisions/999999/document.docx")).StatusCode);

        var pdf = await Bearer(_app, "canbo.tanphong").GetAsync($"/api/v1/decisions/{_decision}/document.pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);

        var letter = await Bearer(_app, "canbo.tanphong").GetAsync($"/api/v1/dossiers/{_dossier}/submission-letter.docx");
        Assert.Equal(HttpStatusCode.OK, letter.StatusCode);
        var bytes = await letter.Content.ReadAsByteArrayAsync();
        AssertValid(bytes);
        using var doc = Open(bytes);
        AssertDecree30Page(doc);
        var texts = Paragraphs(doc).Select(p => p.InnerText).ToList();
        Assert.Equal(["ỦY BAN NHÂN DÂN", "PHƯỜNG TÂN PHONG"], Header(doc).Descendants<Paragraph>().Select(p => p.InnerText).Take(2));
        Assert.Contains("Số: 05/TTr-UBND", texts);
        Assert.Contains("Tân Phong, ngày 20 tháng 11 năm 2023", texts); // the day it was sent, not today
        Assert.Contains("Kính gửi: Ủy ban nhân dân thành phố Lai Châu.", texts);
        Assert.Contains(texts, t => t.StartsWith("Ủy ban nhân dân phường Tân Phong kính trình Ủy ban nhân dân thành phố Lai Châu xem xét, tặng Giấy khen cho 01 tập thể, 02 cá nhân và 01 hộ gia đình", StringComparison.Ordinal));
        Assert.Equal(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], doc.MainDocumentPart!.Document.Body!.Elements<Table>().Last().Elements<TableRow>().Single()
            .Elements<TableCell>().Last().Elements<Paragraph>().Select(p => p.InnerText).Where(t => t.Length > 0));
        var pages = await RenderPagesAsync(bytes);
        Assert.All(pages, p => Assert.False(string.IsNullOrWhiteSpace(p)));
    }

    [Fact]
    public async Task SubmissionLetter_DateAfterToday_RefusedNamingTheField()
    {
        _clock.Now = new DateTimeOffset(2023, 11, 20, 2, 0, 0, TimeSpan.Zero);
        var draft = await ReadyDraftAsync(_app);
        var put = await Bearer(_app, "canbo.tanphong").PutAsJsonAsync($"/api/v1/dossiers/{draft}/submission-letter", new { number = "7/TTr-UBND", date = "2030-01-01" });

        Assert.Equal(HttpStatusCode.BadRequest, put.StatusCode);
        Assert.Contains("Ngày tờ trình", await put.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(await _app.WithDbAsync(db => db.Dossiers.Where(d => d.Id == draft).Select(d => d.SubmissionNumber).SingleAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await Bearer(_app, "thamdinh.ninhthuan").PutAsJsonAsync($"/api/v1/dossiers/{draft}/submission-letter", new { number = "7/TTr-UBND", date = "2023-12-01" })).StatusCode);
    }

    [Fact]
    public async Task RecipientsXlsx_StyledMoneyFrozenHeaderLandscape_Valid()
    {
        var signer = await Http.SignedInAsync(_app, "lanhdao.tplc");
        var bytes = await signer.GetByteArrayAsync($"{Url(_dossier)}?handler=RecipientsXlsx");

        AssertValidXlsx(bytes);
        using var book = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var wb = book.WorkbookPart!;
        Assert.Equal("Danh sách khen thưởng", wb.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Single().Name!.Value);
        var sheet = wb.WorksheetParts.Single().Worksheet;
        var pane = sheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Pane>().Single();
        Assert.Equal(DocumentFormat.OpenXml.Spreadsheet.PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal(DocumentFormat.OpenXml.Spreadsheet.OrientationValues.Landscape, sheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.PageSetup>().Single().Orientation!.Value);
        Assert.Equal(9U, sheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.PageSetup>().Single().PaperSize!.Value);
        Assert.NotEmpty(sheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Column>());
        var formats = wb.WorkbookStylesPart!.Stylesheet.NumberingFormats!.Elements<DocumentFormat.OpenXml.Spreadsheet.NumberingFormat>().ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode!.Value);
        var xfs = wb.WorkbookStylesPart.Stylesheet.CellFormats!.Elements<DocumentFormat.OpenXml.Spreadsheet.CellFormat>().ToList();
        var money = sheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>().First(c => c.CellValue?.Text == "540000");
        Assert.True(money.DataType is null || money.DataType.Value == DocumentFormat.OpenXml.Spreadsheet.CellValues.Number); // a number
        Assert.Equal("#,##0", formats[xfs[(int)money.StyleIndex!.Value].NumberFormatId!.Value]);
        Assert.Contains(sheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>(), c => c.CellFormula?.Text.StartsWith("SUM(", StringComparison.Ordinal) == true);
    }
}
