using Microsoft.Playwright;
using Tdkt.Web.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Tdkt.Browser.Tests;

/// <summary>Issue 14: a provincial viewer opens Thống kê, pivots by unit × year, drills down to the records and to a
/// decision, exports the .xlsx (opened and checked), sees the chart.</summary>
[Collection(BrowserCollection.Name)]
public sealed class StatisticsBrowserTests(BrowserApp app)
{
    [Fact]
    public async Task ProvinceViewer_PivotsUnitByYear_DrillsDownToADecision_ExportsAndSeesTheChart()
    {
        var page = await app.SignInAsync("xem.tinh");
        await page.GetByRole(AriaRole.Link, new() { Name = "Thống kê", Exact = true }).First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Thống kê khen thưởng" })).ToBeVisibleAsync();

        await page.GetByLabel("Nhóm theo 1").SelectOptionAsync("unit");
        await page.GetByLabel("Nhóm theo 2").SelectOptionAsync("year");
        await page.GetByLabel("Từ (năm hoặc ngày)").FillAsync("2025");
        await page.GetByLabel("Đến (năm hoặc ngày)").FillAsync("2025");
        await page.GetByRole(AriaRole.Button, new() { Name = "Thống kê", Exact = true }).ClickAsync();

        var pivot = page.GetByTestId("pivot");
        await Expect(pivot.Locator("thead")).ToContainTextAsync("2025"); // years across, units down
        await Expect(pivot.Locator("tbody")).ToContainTextAsync("Phường Tân Phong");
        await Expect(page.Locator("svg[data-chart='bars']")).ToBeVisibleAsync();
        var statsUrl = page.Url;

        // Export: the .xlsx of the table, opened and checked.
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("export-xlsx").ClickAsync());
        var path = Path.Combine(Path.GetTempPath(), $"tdkt-stats-{Guid.NewGuid():N}.xlsx");
        await download.SaveAsAsync(path);
        var rows = Xlsx.Read(await File.ReadAllBytesAsync(path))!;
        File.Delete(path);
        Assert.Contains(rows, r => r.Cells.Contains("Đơn vị") && r.Cells.Contains("2025 - số lượng"));
        Assert.Contains(rows, r => r.Cells.Contains("Tổng cộng"));
        Assert.Contains(rows, r => r.Cells.Any(c => c.Contains("Tân Phong", StringComparison.Ordinal)));

        // Drill down: the cell of phường Tân Phong in 2025 → its records → the decision of one of them.
        await page.GotoAsync(statsUrl);
        await pivot.Locator("tr", new() { HasText = "Tân Phong" }).GetByTestId("cell").First.ClickAsync();
        await page.WaitForURLAsync(u => u.Contains("/Registry/Awards", StringComparison.Ordinal));
        var decisionLink = page.Locator("a[href^='/ThongKe/QuyetDinh/']").First;
        await Expect(decisionLink).ToBeVisibleAsync();
        await decisionLink.ClickAsync();
        await Expect(page.GetByTestId("decision-title")).ToContainTextAsync("Quyết định số");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "tdkt-stats-decision.png"), FullPage = true });
    }
}
