using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Tdkt.Domain.Common;
using Tdkt.Web.Infrastructure;
using Tdkt.Web.Pages.Nominations;

namespace Tdkt.Web.Tests.Ux;

/// <summary>The nominee Excel import lists every problem of every row; the template has dropdowns and no sample rows (issue 13 item 3).</summary>
public sealed class NomineeImportTests
{
    private static byte[] Sheet(params object?[][] rows) =>
        Xlsx.Write("Danh sach", NomineeImport.Headers, rows.Select(r => (IReadOnlyList<object?>)r));

    [Fact]
    public void Parse_FileWithManyBadRows_ReportsEveryErrorOfEveryRow()
    {
        var content = Sheet(
            ["Cá nhân", "Lò Văn Minh", "Nam", "2030", "Thái", "", "", "", "12345", "GK", "Thành tích"],
            ["Cá nhân", "Vàng Thị Mai", "Nữ", "abc", "Mông", "", "", "", "", "GK", "Thành tích"],
            ["Con mèo", "", "X", "", "Người sao Hỏa", "", "", "", "", "GK", "Thành tích"],
            ["Cá nhân", "Lò Văn Minh", "Nam", "1980", "Thái", "", "", "", "", "GK", "Thành tích"],
            ["Cá nhân", "Lò  văn minh", "Nam", "1980", "Thái", "", "", "", "", "GK", "Thành tích"],
            ["Cá nhân", "Lường Văn Em", "Nam", "2012", "Thái", "", "", "", "", "GK", "Thành tích"]);

        var result = NomineeImport.Parse(content, 2024, []);

        var message = Assert.IsType<ValidationError>(result.Error).Message;
        Assert.Contains("Dòng 2, cột D", message);
        Assert.Contains("năm sinh 2030 ở tương lai", message);
        Assert.Contains("Dòng 2, cột I", message); // the same row's second problem is reported too
        Assert.Contains("12 chữ số", message);
        Assert.Contains("\"abc\" không phải là số", message);
        Assert.Contains("Dòng 4, cột A", message);
        Assert.Contains("Dòng 4, cột B", message);
        Assert.Contains("Dòng 4, cột C", message);
        Assert.Contains("không có trong danh mục 54 dân tộc", message);
        Assert.Contains("trùng với dòng 5", message);
        Assert.Contains("chưa đủ 16 tuổi", message);
        Assert.Contains("có 9 lỗi", message);
    }

    [Fact]
    public void Parse_PersonAlreadyInDossier_RefusedByDuplicateGuard()
    {
        var content = Sheet(["Cá nhân", "Lò Văn Minh", "Nam", "1982", "Thái", "", "", "", "", "GK", "Thành tích"]);

        var result = NomineeImport.Parse(content, 2024, [("Lò Văn Minh", 1982)]);

        Assert.Contains("đã có trong hồ sơ", Assert.IsType<ValidationError>(result.Error).Message);
    }

    [Fact]
    public void Parse_GoodRows_AwardNameMapsToCodeAndCitizenIdKept()
    {
        var award = NomineeImport.Awards.First(a => a.Code == "GK");
        var content = Sheet(["Cá nhân", "Lò Văn Minh", "Nam", "1982", "thai", "", "", "", "012345678901", award.Name, "Thành tích"]);

        var rows = NomineeImport.Parse(content, 2024, []).Value!;

        var (_, data) = Assert.Single(rows);
        Assert.Equal("GK", data.AwardCode);
        Assert.Equal("Thái", data.Ethnicity);
        Assert.Equal("012345678901", data.CitizenId);
    }

    [Fact]
    public void Template_HeaderOnlyWithDropdownsAndInstructions()
    {
        var bytes = NomineeImport.Template();

        var rows = Xlsx.Read(bytes)!;
        Assert.Single(rows); // the header, no sample nominees
        using var doc = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var names = doc.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ToList();
        Assert.Equal(["Danh sách", "Danh mục", "Hướng dẫn"], names);
        var validations = doc.WorkbookPart.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<DataValidation>()).ToList();
        Assert.Equal(5, validations.Count); // kind, gender, ethnic group, award, nhóm đối tượng (column L)
        Assert.Equal(54, NomineeImport.EthnicGroups.Distinct().Count());
    }
}
