using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Tdkt.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class MovementsBrowserTests(BrowserApp app)
{
    [Fact]
    public async Task Province_LaunchesMovement()
    {
        var page = await app.SignInAsync("admin");
        await page.GotoAsync("/Movements");
        await page.GetByRole(AriaRole.Link, new() { Name = "Phát động phong trào" }).ClickAsync();
        await page.GetByLabel("Tên phong trào").FillAsync("Thi đua “Dân vận khéo” năm 2024");
        var launcher = page.GetByLabel("Đơn vị phát động");
        var lch = await launcher.Locator("option", new() { HasTextString = "UBND tỉnh Lai Châu" }).First.GetAttributeAsync("value");
        await launcher.SelectOptionAsync(lch!);
        await page.GetByLabel("Từ (năm hoặc ngày)").FillAsync("2024");
        await page.GetByLabel("Đến (năm hoặc ngày)").FillAsync("2024");
        await page.GetByLabel("Mốc sơ kết, tổng kết (mỗi dòng: Tên | dd/MM/yyyy)").FillAsync("Tổng kết | 15/12/2024");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu phong trào" }).ClickAsync();
        await Expect(page.GetByTestId("movement-name")).ToHaveTextAsync("Thi đua “Dân vận khéo” năm 2024");
        await Expect(page.Locator("body")).ToContainTextAsync("Tổng kết: 15/12/2024");
        await Expect(page.GetByTestId("responses")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task City_CreatesLinkedPlan()
    {
        var page = await app.SignInAsync("thamdinh.tplc");
        await page.GotoAsync("/Movements");
        await page.GetByRole(AriaRole.Link, new() { Name = "Lai Châu chung tay vì người nghèo" }).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Xây dựng kế hoạch thực hiện" }).ClickAsync();
        await page.GetByLabel("Tên kế hoạch").FillAsync("Kế hoạch tổng kết phong trào giảm nghèo thành phố 2025");
        await page.GetByLabel("Năm của kế hoạch").FillAsync("2025");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu kế hoạch" }).ClickAsync();
        await Expect(page.GetByTestId("plan-title")).ToHaveTextAsync("Kế hoạch tổng kết phong trào giảm nghèo thành phố 2025");
        await Expect(page.GetByTestId("plan-movement")).ToContainTextAsync("Lai Châu chung tay vì người nghèo");
    }

    [Fact]
    public async Task CommuneClerk_MarksTaskDone()
    {
        var page = await app.SignInAsync("canbo.doanket");
        await page.GotoAsync("/Plans");
        await page.GetByRole(AriaRole.Link, new() { Name = "Tổ chức Hội nghị sơ kết" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Báo cáo tiến độ" }).First.ClickAsync();
        await page.GetByLabel("Tình trạng").SelectOptionAsync(new SelectOptionValue { Label = "Hoàn thành" });
        await page.GetByLabel("Ghi chú").FillAsync("Đã gửi 3 hồ sơ đề nghị khen thưởng");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gửi báo cáo tiến độ" }).ClickAsync();
        var row = page.Locator("tr", new() { HasTextString = "Phường Đoàn Kết" }).First;
        await Expect(row).ToContainTextAsync("Hoàn thành (100 %)");
        await Expect(row).Not.ToContainTextAsync("Quá hạn");
    }

    [Fact]
    public async Task OverdueTask_ShowsAsOverdue()
    {
        var page = await app.SignInAsync("quantri.phongtho");
        await page.GotoAsync("/Plans");
        // The plan import browser test adds a second plan of that name to the shared database; the seeded one is listed first.
        await page.GetByRole(AriaRole.Link, new() { Name = "Công tác Thi đua - Khen thưởng năm 2023" }).First.ClickAsync();
        await Expect(page.GetByTestId("task-5")).ToContainTextAsync("Quá hạn");
        await Expect(page.GetByTestId("task-5")).ToContainTextAsync("31/05/2023");
        await page.GetByRole(AriaRole.Link, new() { Name = "Bảng theo dõi tiến độ" }).ClickAsync();
        await Expect(page.GetByTestId("board-task-5")).ToContainTextAsync("Quá hạn");
    }

    [Fact]
    public async Task ReportRequest_AnsweredByTwoUnits_IsAggregated()
    {
        var id = await app.Factory.WithDbAsync(db => db.ReportRequests.Select(r => r.Id).SingleAsync());
        foreach (var (user, households, money) in new[] { ("canbo.tanphong", "12", "150"), ("canbo.doanket", "8", "50") })
        {
            var page = await app.SignInAsync(user);
            await page.GotoAsync($"/Reports/Details/{id}?nam=2024");
            await page.GetByRole(AriaRole.Link, new() { Name = "Lập báo cáo của" }).ClickAsync();
            await page.GetByLabel("Số hộ thoát nghèo trong năm").FillAsync(households);
            await page.GetByLabel("Kinh phí huy động (triệu đồng)").FillAsync(money);
            await page.GetByRole(AriaRole.Button, new() { Name = "Nộp báo cáo" }).ClickAsync();
            await Expect(page.GetByTestId("submission-status")).ToHaveTextAsync("Đã nộp");
        }

        var snv = await app.SignInAsync("thamdinh.snv");
        await snv.GotoAsync($"/Reports/Details/{id}?nam=2024");
        await Expect(snv.GetByTestId("report-summary")).ToContainTextAsync("Đã nộp: 2/4");
        await Expect(snv.GetByTestId("aggregate-total")).ToContainTextAsync("20");
        await Expect(snv.GetByTestId("aggregate-total")).ToContainTextAsync("200");
    }
}
