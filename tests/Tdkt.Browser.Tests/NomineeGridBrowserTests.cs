using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Tdkt.Web.Infrastructure;
using Tdkt.Web.Pages.Nominations;
using static Microsoft.Playwright.Assertions;

namespace Tdkt.Browser.Tests;

/// <summary>Issue 13 item 3: a block of 5 rows copied from a real .xlsx (written with the OpenXml SDK, read back and turned
/// into the tab-separated text Excel puts on the clipboard) is pasted into the nominee grid and saved; a block with
/// errors shows a Vietnamese message next to each bad cell and saves nothing.</summary>
[Collection(BrowserCollection.Name)]
public sealed class NomineeGridBrowserTests(BrowserApp app)
{
    private static readonly string[][] Five =
    [
        ["Cá nhân", "Hoàng Văn Một", "Nam", "1980", "Tày", "Trưởng thôn", "Thôn Bản Mế", "", "", "Giấy khen", "Vận động 12 hộ thoát nghèo"],
        ["Cá nhân", "Lò Thị Hai", "Nữ", "1988", "Thái", "Chuyên viên", "UBND phường Tân Phong", "", "001188012345", "Giấy khen", "Hoàn thành xuất sắc nhiệm vụ"],
        ["Cá nhân", "Vàng A Ba", "Nam", "1975", "Mông", "Nông dân", "Bản Sin Suối Hồ", "", "", "Giấy khen", "Giúp đỡ hộ nghèo"],
        ["Tập thể", "Tổ dân phố 5", "", "", "", "", "Phường Tân Phong", "", "", "Giấy khen", "Tổ dân phố văn hóa tiêu biểu"],
        ["Hộ gia đình", "Giàng Seo Bốn", "", "", "Mông", "", "", "Tổ dân phố 3, phường Tân Phong", "", "Giấy khen", "Hộ thoát nghèo bền vững"],
    ];

    /// <summary>What Excel puts on the clipboard for a block of cells: the cells of a real .xlsx, tab-separated, CRLF lines.</summary>
    private static string ClipboardFromXlsx(IReadOnlyList<string[]> rows)
    {
        var xlsx = Xlsx.Write("Danh sách", NomineeImport.Headers, rows.Select(r => (IReadOnlyList<object?>)[.. r.Cast<object?>()]));
        var read = Xlsx.Read(xlsx)!;
        return string.Concat(read.Skip(1).Select(r => string.Join('\t', Enumerable.Range(0, 11).Select(i => i < r.Cells.Length ? r.Cells[i] : "")) + "\r\n"));
    }

    private async Task<(IPage Page, int Id)> NewDossierGridAsync(string title)
    {
        var clerk = await app.SignInAsync("canbo.tanphong");
        await clerk.GotoAsync("/Nominations/Create");
        await clerk.GetByLabel("Tên hồ sơ").FillAsync(title);
        var ward = await app.Factory.WithDbAsync(db => Task.FromResult(db.OrgUnits.Single(u => u.Code == "LCH-TP-TANPHONG").Id));
        await clerk.Locator("#Input_ProposingUnitId").SelectOptionAsync(ward.ToString(CultureInfo.InvariantCulture));
        await clerk.Locator("#Input_Kind").SelectOptionAsync("AdHoc");
        await clerk.Locator("#Input_Level").SelectOptionAsync("Grassroots");
        await clerk.Locator("#Input_Year").FillAsync("2023");
        await clerk.Locator("#Input_SubmitBefore").FillAsync("24/11/2023");
        await clerk.GetByRole(AriaRole.Button, new() { Name = "Tạo hồ sơ" }).ClickAsync();
        await clerk.WaitForURLAsync(u => u.Contains("/Nominations/Details/", StringComparison.Ordinal));
        var id = int.Parse(new Uri(clerk.Url).AbsolutePath.Split('/').Last(), CultureInfo.InvariantCulture);
        await clerk.Locator("#open-nominee-grid").ClickAsync();
        await Expect(clerk.Locator("#nominee-grid")).ToBeVisibleAsync();
        return (clerk, id);
    }

    /// <summary>A paste event carrying <paramref name="text"/>, as the browser fires it when the clerk presses Ctrl+V in a cell.</summary>
    private static async Task PasteAsync(IPage page, string cellId, string text)
    {
        await page.Locator("#" + cellId).FocusAsync();
        var navigation = page.WaitForURLAsync(u => u.Contains("handler=Paste", StringComparison.Ordinal));
        await page.EvaluateAsync(
            "([id, text]) => { const dt = new DataTransfer(); dt.setData('text/plain', text); " +
            "document.getElementById(id).dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true })); }",
            new object[] { cellId, text });
        await navigation;
    }

    private async Task<T> WithClockAsync<T>(Func<Task<T>> run)
    {
        app.Clock.Fixed = new DateTimeOffset(2023, 11, 20, 2, 0, 0, TimeSpan.Zero);
        try
        {
            return await run();
        }
        finally
        {
            app.Clock.Fixed = null;
        }
    }

    [Fact]
    public Task PasteFiveRowsCopiedFromXlsx_Save_FiveNomineesStored() => WithClockAsync(async () =>
    {
        var (page, id) = await NewDossierGridAsync("Đề nghị khen thưởng dán từ Excel (trình duyệt)");
        await PasteAsync(page, "g-0-0", ClipboardFromXlsx(Five));
        await Expect(page.Locator("#grid-summary")).ToContainTextAsync("Đã dán 5 dòng. Không có lỗi");
        await Expect(page.Locator("#g-1-1")).ToHaveValueAsync("Lò Thị Hai");
        await Expect(page.Locator("#g-2-4")).ToHaveValueAsync("Mông");

        await page.Locator("#grid-save").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Đã lưu 5 dòng (5 đối tượng mới");
        var stored = await app.Factory.WithDbAsync(db => db.Nominees.Where(n => n.DossierId == id).OrderBy(n => n.Id).ToListAsync());
        Assert.Equal(["Hoàng Văn Một", "Lò Thị Hai", "Vàng A Ba", "Tổ dân phố 5", "Giàng Seo Bốn"], stored.Select(n => n.Name));
        Assert.All(stored, n => Assert.Equal("GK", n.AwardCode));
        Assert.NotNull(stored[1].CitizenIdProtected); // stored encrypted only
        await Expect(page.Locator("#g-4-1")).ToHaveValueAsync("Giàng Seo Bốn"); // the grid shows the stored rows again
        return true;
    });

    [Fact]
    public Task PasteBlockWithErrors_EachBadCellHasAMessage_SaveKeepsEverythingAndStoresNothing() => WithClockAsync(async () =>
    {
        var (page, id) = await NewDossierGridAsync("Đề nghị khen thưởng dán lỗi (trình duyệt)");
        string[][] bad =
        [
            Five[0],
            ["Cá nhân", "Lò Thị Sai", "Nữ", "19x8", "Kinhh", "", "", "", "12345", "Giấy khen", "Thành tích"],
            ["Cá nhân", "Còn Nhỏ", "Nam", "2012", "Kinh", "", "", "", "", "Giấy khen", "Thành tích"],
            Five[0],
        ];
        var text = ClipboardFromXlsx(bad) + "Cá nhân\tThiếu Cột\r\n";
        await PasteAsync(page, "g-0-0", text);

        await Expect(page.Locator("#grid-summary")).ToContainTextAsync("lỗi");
        await Expect(page.Locator("#e-1-3")).ToContainTextAsync("không phải là số");
        await Expect(page.Locator("#e-1-4")).ToContainTextAsync("không có trong danh mục 54 dân tộc");
        await Expect(page.Locator("#e-1-8")).ToContainTextAsync("12 chữ số");
        await Expect(page.Locator("#e-2-3")).ToContainTextAsync("chưa đủ 16 tuổi");
        await Expect(page.Locator("#e-3-1")).ToContainTextAsync("trùng với dòng 1");
        await Expect(page.Locator("#e-4-row")).ToContainTextAsync("Dòng dán có 2 cột");

        await page.Locator("#grid-save").ClickAsync();
        await Expect(page.Locator("#grid-summary")).ToContainTextAsync("Chưa lưu gì");
        await Expect(page.Locator("#g-1-3")).ToHaveValueAsync("19x8"); // nothing typed is lost
        await Expect(page.Locator("#g-1-4")).ToHaveValueAsync("Kinhh");
        Assert.Equal(0, await app.Factory.WithDbAsync(db => db.Nominees.CountAsync(n => n.DossierId == id)));
        return true;
    });
}
