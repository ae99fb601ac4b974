using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Tdkt.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class AwardCheckTests(BrowserApp app)
{
    [Fact]
    public async Task Appraiser_ChecksCstdTinhCandidate_SeesUnmetCriterionWithArticle()
    {
        var page = await app.SignInAsync("thamdinh.snv");
        await page.GotoAsync("/Awards/Check");

        await page.GetByLabel("Danh hiệu, hình thức xét").SelectOptionAsync("CSTD_TINH");
        await page.GetByLabel("Năm đánh giá thành tích").FillAsync("2025");
        await page.GetByLabel("Ngày quyết định").FillAsync("15/12/2025");
        await page.GetByLabel("Xếp loại hằng năm").FillAsync("2023 HTXSNV\n2024 HTXSNV\n2025 HTXSNV");
        await page.GetByLabel("Danh hiệu, hình thức đã nhận").FillAsync("2024 CSTDCS\n2025 CSTDCS");
        await page.GetByLabel("Sáng kiến, đề tài").FillAsync("2025 coso");
        await page.GetByRole(AriaRole.Button, new() { Name = "Xét tiêu chuẩn" }).ClickAsync();

        await Expect(page.GetByTestId("verdict")).ToContainTextAsync("Chưa đủ tiêu chuẩn");
        var unmet = page.GetByTestId("criteria").Locator("tr.table-danger");
        await Expect(unmet.First).ToContainTextAsync("Chỉ có 2 năm liên tục Chiến sĩ thi đua cơ sở");
        await Expect(unmet.First).ToContainTextAsync("Điều 22 Luật TĐKT 2022");
        await Expect(page.GetByTestId("criteria")).ToContainTextAsync("Không có sáng kiến, đề tài được Chủ tịch UBND tỉnh công nhận");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "tdkt-award-check.png"), FullPage = true });
    }
}
