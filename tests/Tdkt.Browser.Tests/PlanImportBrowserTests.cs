using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Tdkt.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class PlanImportBrowserTests(BrowserApp app)
{
    [Fact]
    public async Task DistrictPlan2023_ImportedFromSeedText_Shows11TasksWithLeadUnitsAndDates()
    {
        var page = await app.SignInAsync("admin");
        await page.GotoAsync("/Plans");
        await page.GetByRole(AriaRole.Link, new() { Name = "Nhập từ văn bản" }).ClickAsync();
        await page.GetByLabel("Tệp kế hoạch").SetInputFilesAsync(Path.Combine(AppContext.BaseDirectory, "Seeds", "003_c02c80ecacaf5801.txt"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Đọc văn bản" }).ClickAsync();

        await Expect(page.GetByTestId("import-title")).ToContainTextAsync("Công tác Thi đua - Khen thưởng năm 2023");
        await Expect(page.GetByTestId("import-task-count")).ToHaveTextAsync("11");
        var phongTho = await app.Factory.WithDbAsync(db => Task.FromResult(db.OrgUnits.Single(u => u.Code == "LCH-PT").Id));
        await page.Locator("#Input_OwnerUnitId").SelectOptionAsync(phongTho.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("Thêm các câu có thời hạn thành nhiệm vụ").UncheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Xác nhận, lưu kế hoạch" }).ClickAsync();

        await Expect(page.GetByTestId("plan-title")).ToContainTextAsync("Công tác Thi đua - Khen thưởng năm 2023");
        var tasks = page.GetByTestId("tasks");
        await Expect(tasks.Locator("tbody tr")).ToHaveCountAsync(11);
        await Expect(page.GetByTestId("task-10")).ToContainTextAsync("Phòng Nội vụ huyện Phong Thổ");
        await Expect(page.GetByTestId("task-11")).ToContainTextAsync("31/12/2023");
        await Expect(page.GetByTestId("lead-unmatched")).ToHaveCountAsync(0);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "tdkt-plan-import.png"), FullPage = false });
    }
}
