using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Tdkt.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class OrgAdminTests(BrowserApp app)
{
    [Fact]
    public async Task Admin_CreatesUnitUnderSoNoiVu_UnitShowsInTree()
    {
        var page = await app.SignInAsync("admin");
        await page.GotoAsync("/OrgUnits");
        await page.GetByRole(AriaRole.Link, new() { Name = "Thêm đơn vị" }).ClickAsync();

        await page.GetByLabel("Mã đơn vị").FillAsync("LCH-SNV-PTDKT");
        await page.GetByLabel("Tên đơn vị").FillAsync("Phòng Thi đua - Khen thưởng");
        await page.GetByLabel("Loại đơn vị").SelectOptionAsync(new SelectOptionValue { Label = "Phòng, ban chuyên môn" });
        var parent = page.GetByLabel("Đơn vị cha");
        var snvOption = await parent.Locator("option", new() { HasTextString = "Sở Nội vụ tỉnh Lai Châu" }).GetAttributeAsync("value");
        await parent.SelectOptionAsync(snvOption!);
        await page.GetByLabel("Ngày bắt đầu hiệu lực").FillAsync("01/03/2025");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu đơn vị" }).ClickAsync();

        await Expect(page.GetByTestId("unit-name")).ToHaveTextAsync("Phòng Thi đua - Khen thưởng");
        await Expect(page.Locator("dl")).ToContainTextAsync("Sở Nội vụ tỉnh Lai Châu");

        await page.GotoAsync("/OrgUnits");
        await Expect(page.GetByTestId("org-tree")).ToContainTextAsync("Phòng Thi đua - Khen thưởng");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "tdkt-admin-tree.png"), FullPage = false });
    }

    [Fact]
    public async Task Admin_CreateWithDuplicateCode_SeesVietnameseErrorOnTheField()
    {
        var page = await app.SignInAsync("admin");
        await page.GotoAsync("/OrgUnits/Create");
        await page.GetByLabel("Mã đơn vị").FillAsync("LCH-SYT");
        await page.GetByLabel("Tên đơn vị").FillAsync("Trùng mã");
        var parent = page.GetByLabel("Đơn vị cha");
        var lch = await parent.Locator("option", new() { HasTextString = "UBND tỉnh Lai Châu" }).First.GetAttributeAsync("value");
        await parent.SelectOptionAsync(lch!);
        await page.GetByLabel("Ngày bắt đầu hiệu lực").FillAsync("01/03/2025");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu đơn vị" }).ClickAsync();
        await Expect(page.GetByTestId("errors")).ToContainTextAsync("LCH-SYT");
    }
}
