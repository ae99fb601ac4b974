using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Tdkt.Testing;
using Tdkt.Web.Infrastructure;

namespace Tdkt.Web.Tests.Awards;

/// <summary>Against the registry: subject page, due-for-award list (HTML and Excel), Excel import.</summary>
public sealed class RegistryTests : IAsyncLifetime
{
    private TdktFactory _app = null!;

    public async Task InitializeAsync() => _app = await TestDatabases.NewFactoryAsync(nameof(RegistryTests));

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    private Task<int> PersonIdAsync(string name) =>
        _app.WithDbAsync(db => db.People.Where(p => p.FullName == name).Select(p => p.Id).SingleAsync());

    [Fact]
    public async Task Subject_InScope_ShowsHistoryAndEvaluatesAgainstIt()
    {
        var client = await Http.SignedInAsync(_app, "thamdinh.snv");
        var hoa = await PersonIdAsync("Lò Thị Hoa");

        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/Registry/Subject/{hoa}?award=CSTD_TINH&year=2025&ngay=15/12/2025"));

        Assert.Contains("110/QĐ-SNV ngày 17/12/2025", html);
        Assert.Contains("Đủ tiêu chuẩn", html);
        Assert.Contains("Đạt 3 năm liên tục Chiến sĩ thi đua cơ sở (2023–2025)", html);
        Assert.Contains("Điều 22", html);
    }

    [Fact]
    public async Task Subject_OutOfScope_Is404()
    {
        var client = await Http.SignedInAsync(_app, "canbo.tanphong");
        var hoa = await PersonIdAsync("Lò Thị Hoa");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Registry/Subject/{hoa}")).StatusCode);
        var hung = await PersonIdAsync("Đỗ Văn Hùng");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/Registry/Subject/{hung}")).StatusCode);
    }

    [Fact]
    public async Task Due_SoNoiVu2025_ListsNextFormsWithReasons_AndSkipsTheDisciplined()
    {
        var client = await Http.SignedInAsync(_app, "thamdinh.snv");
        var snv = await Lookups.UnitIdAsync(_app, "LCH-SNV");

        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/Awards/Due?unit={snv}&year=2025&ngay=15/12/2025"));

        Assert.Contains("Lò Thị Hoa", html);
        Assert.Contains("Chiến sĩ thi đua cấp tỉnh", html);
        Assert.DoesNotContain("CSTD_TINH</code>", html); // the name, not the code (ADR-0025)
        Assert.Contains("Nguyễn Văn Thành", html);
        var rows = await DueRowsAsync(client, snv);
        Assert.Contains(rows, r => r[2] == "Lò Thị Hoa" && r[5] == "CSTD_TINH" && r[7].Contains("Đạt 3 năm liên tục", StringComparison.Ordinal));
        Assert.Contains(rows, r => r[2] == "Nguyễn Văn Thành" && r[5] == "BK_TINH");
        Assert.DoesNotContain(rows, r => r[2] == "Phạm Văn Đức" && r[5] == "CSTD_TINH");
        Assert.DoesNotContain(rows, r => r[2] == "Đỗ Văn Hùng"); // another subtree
    }

    /// <summary>Downloads the Excel export, opens it with OpenXml and returns the data rows as text.</summary>
    private static async Task<List<string[]>> DueRowsAsync(HttpClient client, int unit)
    {
        var response = await client.GetAsync($"/Awards/Due?handler=Excel&unit={unit}&year=2025&ngay=15/12/2025");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Xlsx.ContentType, response.Content.Headers.ContentType?.MediaType);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var doc = SpreadsheetDocument.Open(stream, false);
        var part = doc.WorkbookPart!.WorksheetParts.Single();
        var rows = part.Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.InnerText).ToArray()).ToList();
        // Title rows come first (styled export, ADR-0017); the data follow the header row.
        var header = rows.FindIndex(r => r.Length > 2 && r[2] == "Họ và tên / Tập thể");
        Assert.True(header >= 0, "header row");
        Assert.Equal("1", rows[header + 1][0]);
        return rows.Skip(header + 1).Where(r => r.Length > 7).ToList();
    }

    [Fact]
    public async Task Due_ForUnitOutOfScope_Is404()
    {
        var client = await Http.SignedInAsync(_app, "canbo.tanphong");
        var snv = await Lookups.UnitIdAsync(_app, "LCH-SNV");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Awards/Due?unit={snv}&year=2025")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Awards/Due?handler=Excel&unit={snv}&year=2025")).StatusCode);
    }

    private static byte[] Workbook(params object?[][] rows) =>
        Xlsx.Write("Lich su", Pages.Registry.ImportAwardHistoryHandler.Headers, rows.Select(r => (IReadOnlyList<object?>)r));

    [Fact]
    public async Task Import_WithOneBadRow_ImportsNothingAndNamesRowAndColumn()
    {
        var client = await Http.SignedInAsync(_app, "canbo.snv");
        var before = await _app.WithDbAsync(db => db.AwardRecords.CountAsync());
        var file = Workbook(
            ["LCH-SNV", "Hà Văn Nhập", 1988, "CSTDCS", 2024, "140/QĐ-SNV", "16/12/2024", "công trạng"],
            ["LCH-SNV", "Hà Văn Nhập", 1988, "CSTD_XA", 2025, "150/QĐ-SNV", "31/02/2025", ""],
            ["LCH-SYT", "Người ngoài phạm vi", 1970, "LDTT", 2025, "1/QĐ-SYT", "01/12/2025", ""]);

        var response = await Http.PostMultipartAsync(client, "/Registry/Import", "/Registry/Import", [], "Upload", "lich-su.xlsx", file, Xlsx.ContentType);

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Dòng 3, cột \"Mã danh hiệu\": Mã danh hiệu \"CSTD_XA\" không có trong danh mục", html);
        Assert.Contains("Dòng 3, cột \"Ngày quyết định\"", html);
        Assert.Contains("Dòng 4, cột \"Mã đơn vị\": Không tìm thấy đơn vị mã \"LCH-SYT\"", html);
        Assert.Equal(before, await _app.WithDbAsync(db => db.AwardRecords.CountAsync()));
        Assert.False(await _app.WithDbAsync(db => db.People.AnyAsync(p => p.FullName == "Hà Văn Nhập")));
    }

    [Fact]
    public async Task Import_GoodFile_AddsPeopleAndRecords_TemplateDownloads()
    {
        var client = await Http.SignedInAsync(_app, "canbo.snv");
        var template = await client.GetAsync("/Registry/Import?handler=Template");
        Assert.Equal(Xlsx.ContentType, template.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(Xlsx.Read(await template.Content.ReadAsByteArrayAsync()));

        var file = Workbook(
            ["LCH-SNV", "Hà Văn Nhập", 1988, "CSTDCS", 2024, "140/QĐ-SNV", "16/12/2024", "công trạng"],
            ["LCH-SNV", "Hà Văn Nhập", 1988, "CSTDCS", 2025, "150/QĐ-SNV", "15/12/2025", ""],
            ["LCH-SNV", "", "", "TTLDTT", 2025, "151/QĐ-SNV", "15/12/2025", ""]);
        var response = await Http.PostMultipartAsync(client, "/Registry/Import", "/Registry/Import", [], "Upload", "lich-su.xlsx", file, Xlsx.ContentType);

        Lookups.AssertRedirect(response, "/Registry");
        var person = await PersonIdAsync("Hà Văn Nhập");
        Assert.Equal(2, await _app.WithDbAsync(db => db.AwardRecords.CountAsync(a => a.PersonId == person)));
        Assert.True(await _app.WithDbAsync(db => db.AwardRecords.AnyAsync(a => a.PersonId == null && a.AwardCode == "TTLDTT")));
        Assert.True(await _app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "Nhập lịch sử khen thưởng từ Excel")));
    }

    [Fact]
    public async Task ImportCsv_DuplicatesOfRegistryAndOfEarlierLine_ImportNothingAndNameTheRows()
    {
        var client = await Http.SignedInAsync(_app, "canbo.snv");
        var hoa = await _app.WithDbAsync(db => db.People.Where(p => p.FullName == "Lò Thị Hoa").Select(p => new { p.BirthYear, p.OrgUnitId }).SingleAsync());
        var hoaUnit = await _app.WithDbAsync(db => db.OrgUnits.Where(u => u.Id == hoa.OrgUnitId).Select(u => u.Code).SingleAsync());
        var hoaAward = await _app.WithDbAsync(db => db.AwardRecords.Where(a => db.People.Any(p => p.Id == a.PersonId && p.FullName == "Lò Thị Hoa")).Select(a => new { a.AwardCode, a.Year }).FirstAsync());
        var before = await _app.WithDbAsync(db => db.AwardRecords.CountAsync());
        // Semicolons (Excel, Vietnamese locale), a quoted field with the separator in it, the name typed without accents.
        var csv = "Mã đơn vị;Họ và tên;Năm sinh;Mã danh hiệu;Năm;Số quyết định;Ngày quyết định;Loại khen thưởng\r\n"
            + "LCH-SNV;Trần Văn Csv;1990;CSTDCS;2023;\"12/QĐ-SNV; bổ sung\";15/12/2023;công trạng\r\n"
            + $"{hoaUnit};lo thi hoa;{hoa.BirthYear};{hoaAward.AwardCode};{hoaAward.Year};99/QĐ;15/12/{hoaAward.Year};\r\n"
            + "LCH-SNV;Trần Văn Csv;1990;CSTDCS;2023;13/QĐ-SNV;16/12/2023;\r\n";

        var response = await Http.PostMultipartAsync(client, "/Registry/Import", "/Registry/Import", [], "Upload", "lich-su.csv",
            System.Text.Encoding.UTF8.GetBytes(csv), "text/csv");

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"Dòng 3, cột \"Mã danh hiệu\": lo thi hoa đã có {hoaAward.AwardCode} năm {hoaAward.Year}", html);
        Assert.Contains("Dòng 4, cột \"Mã danh hiệu\": Trần Văn Csv đã có CSTDCS năm 2023 trong sổ hoặc ở dòng trên.", html);
        Assert.DoesNotContain("Dòng 2,", html);
        Assert.Equal(before, await _app.WithDbAsync(db => db.AwardRecords.CountAsync()));
        Assert.False(await _app.WithDbAsync(db => db.People.AnyAsync(p => p.FullName == "Trần Văn Csv")));
    }

    [Fact]
    public async Task ImportCsv_GoodFile_MatchesExistingPersonAccentInsensitively_AndGivesIdsEfCanContinue()
    {
        var client = await Http.SignedInAsync(_app, "canbo.snv");
        var hoa = await _app.WithDbAsync(db => db.People.Where(p => p.FullName == "Lò Thị Hoa").Select(p => new { p.Id, p.BirthYear, p.OrgUnitId }).SingleAsync());
        var hoaUnit = await _app.WithDbAsync(db => db.OrgUnits.Where(u => u.Id == hoa.OrgUnitId).Select(u => u.Code).SingleAsync());
        var people = await _app.WithDbAsync(db => db.People.CountAsync());
        var csv = "Mã đơn vị,Họ và tên,Năm sinh,Mã danh hiệu,Năm,Số quyết định,Ngày quyết định,Loại khen thưởng\n"
            + $"{hoaUnit},LÒ THỊ HOA,{hoa.BirthYear},LDTT,2001,\"5/QĐ-SNV, cũ\",20/12/2001,công trạng\n"
            + "LCH-SNV,Phạm Thị Csv,1979,LDTT,2001,6/QĐ-SNV,20/12/2001,\n"
            + "LCH-SNV,Phạm Thị Csv,1979,CSTDCS,2002,7/QĐ-SNV,20/12/2002,\n";

        var response = await Http.PostMultipartAsync(client, "/Registry/Import", "/Registry/Import", [], "Upload", "lich-su.csv",
            System.Text.Encoding.UTF8.GetBytes(csv), "text/csv");

        Lookups.AssertRedirect(response, "/Registry");
        Assert.Equal(people + 1, await _app.WithDbAsync(db => db.People.CountAsync()));
        Assert.Equal("5/QĐ-SNV, cũ", await _app.WithDbAsync(db => db.AwardRecords.Where(a => a.PersonId == hoa.Id && a.Year == 2001).Select(a => a.DecisionNumber).SingleAsync()));
        var csvPerson = await PersonIdAsync("Phạm Thị Csv");
        Assert.Equal(2, await _app.WithDbAsync(db => db.AwardRecords.CountAsync(a => a.PersonId == csvPerson)));
        Assert.True(await _app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "Nhập lịch sử khen thưởng từ CSV")));
        // Ids came from the HiLo sequence: EF can keep adding rows without a key collision.
        await _app.WithDbAsync(async db =>
        {
            db.People.Add(new Data.Person { FullName = "Sau Khi Nhập", OrgUnitId = hoa.OrgUnitId });
            return await db.SaveChangesAsync();
        });
    }

    [Fact]
    public async Task ImportCsv_NotUtf8_AsksForCsvUtf8()
    {
        var client = await Http.SignedInAsync(_app, "canbo.snv");
        var latin = new byte[] { 0x4D, 0xE3, 0x20, 0xF0, 0x3B, 0x0A };

        var response = await Http.PostMultipartAsync(client, "/Registry/Import", "/Registry/Import", [], "Upload", "lich-su.csv", latin, "text/csv");

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("CSV UTF-8", html);
    }

    /// <summary>A workbook as Excel saves it: text in the shared-strings part (with a phonetic run that must not leak
    /// into the value), a self-closing empty cell, numbers as numeric cells.</summary>
    [Fact]
    public void XlsxRead_SharedStringsAndEmptyCells_ReadAsExcelShowsThem()
    {
        using var stream = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(stream, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var wb = doc.AddWorkbookPart();
            wb.Workbook = new Workbook();
            var sst = wb.AddNewPart<SharedStringTablePart>();
            sst.SharedStringTable = new SharedStringTable(
                new SharedStringItem(new Text("Họ và tên")),
                new SharedStringItem(new Run(new Text("Nguyễn ") { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }), new Run(new Text("Văn Chia")),
                    new PhoneticRun(new Text("xx")) { BaseTextStartIndex = 0, EndingBaseIndex = 1 }));
            var sheet = wb.AddNewPart<WorksheetPart>();
            sheet.Worksheet = new Worksheet(new SheetData(
                new Row(new Cell { CellReference = "A1", DataType = CellValues.SharedString, CellValue = new CellValue("0") }) { RowIndex = 1 },
                new Row(
                    new Cell { CellReference = "A3", DataType = CellValues.SharedString, CellValue = new CellValue("1") },
                    new Cell { CellReference = "B3" },
                    new Cell { CellReference = "D3", CellValue = new CellValue("1985") }) { RowIndex = 3 }));
            wb.Workbook.AppendChild(new Sheets(new Sheet { Id = wb.GetIdOfPart(sheet), SheetId = 1, Name = "S" }));
        }

        var rows = Xlsx.Read(stream.ToArray());

        Assert.NotNull(rows);
        Assert.Equal([(1, ["Họ và tên"]), (3, ["Nguyễn Văn Chia", "", "", "1985"])], rows.Select(r => (r.Line, r.Cells)).ToArray(),
            (x, y) => x.Item1 == y.Item1 && x.Item2.SequenceEqual(y.Item2));
    }
}
