using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Tdkt.Browser.Tests;

/// <summary>Seed 003 row 10 ("Tổng hợp chấm điểm thi đua năm 2023 gửi thường trực thi đua khối") on the ward
/// cluster of thành phố Lai Châu: five wards score themselves, the leader ward adjusts one score with a reason,
/// finalises, and the ranking and the award proposals follow.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ClusterScoringTests(BrowserApp app)
{
    private const string Work = "Hoàn thành chỉ tiêu kinh tế - xã hội";
    private const string Reform = "Chỉ số cải cách hành chính";

    [Fact]
    public async Task FiveWardsScore_LeaderAdjustsWithReason_RankingAndProposalFollow()
    {
        // The organiser (Phòng Nội vụ thành phố, appraiser over the city) sets up the 2023 year-end sheet.
        var organiser = await app.SignInAsync("thamdinh.tplc");
        await organiser.GotoAsync("/Clusters");
        await organiser.GetByRole(AriaRole.Link, new() { Name = "Cụm thi đua các phường, xã thành phố Lai Châu" }).ClickAsync();
        await organiser.GetByRole(AriaRole.Link, new() { Name = "Thêm bảng chấm điểm" }).ClickAsync();
        await organiser.GetByLabel("Năm", new() { Exact = true }).FillAsync("2023");
        await organiser.GetByLabel("Kỳ chấm điểm").SelectOptionAsync(new SelectOptionValue { Label = "Tổng kết năm" });
        await organiser.GetByLabel("Tên bảng chấm điểm").FillAsync("Chấm điểm thi đua năm 2023");
        await organiser.GetByRole(AriaRole.Button, new() { Name = "Lưu bảng chấm điểm" }).ClickAsync();
        await AddCriterionAsync(organiser, "I. Thực hiện nhiệm vụ chính trị", Work, "60", evidence: true);
        await AddCriterionAsync(organiser, "II. Cải cách hành chính", Reform, "40", evidence: false);
        await organiser.GetByRole(AriaRole.Button, new() { Name = "Mở chấm điểm" }).ClickAsync();
        await Expect(organiser.GetByTestId("sheet-status")).ToContainTextAsync("Đang chấm điểm");
        var sheetUrl = new Uri(organiser.Url).PathAndQuery;

        // Five wards score themselves, each with evidence for the criterion that requires it.
        await ScoreAsync("canbo.tanphong", sheetUrl, "55", "35");
        await ScoreAsync("canbo.doanket", sheetUrl, "58", "35");
        await ScoreAsync("canbo.quyetthang", sheetUrl, "50", "30");
        await ScoreAsync("canbo.quyettien", sheetUrl, "52", "37");
        await ScoreAsync("canbo.dongphong", sheetUrl, "45", "30");

        // Tân Phong leads the cluster in 2023: it reviews Đoàn Kết, whose 58 falls to 45 with a reason.
        var leader = await app.SignInAsync("canbo.tanphong");
        await leader.GotoAsync(sheetUrl);
        await Expect(leader.GetByTestId("ranking")).ToContainTextAsync("Phường Đoàn Kết");
        await leader.Locator("tr[data-unit='Phường Đoàn Kết']").GetByRole(AriaRole.Link, new() { Name = "Xem xét, điều chỉnh" }).ClickAsync();
        await leader.GetByLabel("Tiêu chí", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = $"Tiêu chí: {Work}" });
        await leader.GetByLabel("Điểm mới").FillAsync("45");
        await leader.GetByRole(AriaRole.Button, new() { Name = "Điều chỉnh điểm" }).ClickAsync();
        await Expect(leader.GetByTestId("errors")).ToContainTextAsync("Lý do điều chỉnh là bắt buộc");
        await leader.GetByLabel("Lý do điều chỉnh (bắt buộc)").FillAsync("Thu ngân sách chỉ đạt 85% kế hoạch, không đủ điểm tối đa");
        await leader.GetByRole(AriaRole.Button, new() { Name = "Điều chỉnh điểm" }).ClickAsync();
        var adjustments = leader.GetByTestId("adjustments");
        await Expect(adjustments).ToContainTextAsync("Thu ngân sách chỉ đạt 85% kế hoạch");
        await Expect(adjustments).ToContainTextAsync("58");
        await Expect(adjustments).ToContainTextAsync("45");
        await Expect(leader.GetByTestId("review-total")).ToContainTextAsync("Tổng điểm: 80");

        await leader.GotoAsync(sheetUrl);
        await leader.GetByRole(AriaRole.Button, new() { Name = "Chốt kết quả" }).ClickAsync();
        await Expect(leader.GetByTestId("sheet-status")).ToContainTextAsync("Đã chốt kết quả");
        var rows = leader.GetByTestId("ranking").Locator("tbody tr");
        await Expect(rows).ToHaveCountAsync(5);
        await Expect(rows.Nth(0)).ToContainTextAsync("1Phường Tân Phong90");
        await Expect(rows.Nth(1)).ToContainTextAsync("2Phường Quyết Tiến89");
        await Expect(rows.Nth(2)).ToContainTextAsync("3 (đồng hạng)");
        await Expect(rows.Nth(3)).ToContainTextAsync("3 (đồng hạng)");
        await Expect(rows.Nth(4)).ToContainTextAsync("5Phường Đông Phong75");
        var proposals = leader.GetByTestId("proposals");
        await Expect(proposals.Locator("tbody tr").Nth(0)).ToContainTextAsync("Phường Tân Phong");
        await Expect(proposals.Locator("tbody tr").Nth(0)).ToContainTextAsync("Cờ thi đua của UBND tỉnh");
        await Expect(proposals.Locator("tbody tr").Nth(1)).ToContainTextAsync("Phường Quyết Tiến");
        await Expect(proposals.Locator("tbody tr").Nth(1)).ToContainTextAsync("Bằng khen của Chủ tịch UBND tỉnh");
        await leader.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "tdkt-cluster-ranking.png"), FullPage = true });
    }

    private static async Task AddCriterionAsync(IPage page, string group, string title, string max, bool evidence)
    {
        await page.GetByLabel("Loại", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Tiêu chí" });
        await page.GetByLabel("Nhóm tiêu chí").FillAsync(group);
        await page.GetByLabel("Nội dung tiêu chí").FillAsync(title);
        await page.GetByLabel("Điểm tối đa").FillAsync(max);
        if (evidence)
        {
            await page.GetByLabel("Bắt buộc có minh chứng").CheckAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Thêm tiêu chí" }).ClickAsync();
        await Expect(page.GetByTestId("criteria")).ToContainTextAsync(title);
    }

    private async Task ScoreAsync(string clerk, string sheetUrl, string work, string reform)
    {
        var page = await app.SignInAsync(clerk);
        await page.GotoAsync(sheetUrl);
        await page.GetByRole(AriaRole.Link, new() { Name = "Tự chấm" }).ClickAsync();
        await page.GetByLabel(Work, new() { Exact = true }).FillAsync(work);
        await page.GetByLabel($"Minh chứng: {Work}").FillAsync("Báo cáo số 215/BC-UBND ngày 15/11/2023 về kết quả phát triển kinh tế - xã hội");
        await page.GetByLabel(Reform, new() { Exact = true }).FillAsync(reform);
        await page.GetByRole(AriaRole.Button, new() { Name = "Nộp bảng tự chấm" }).ClickAsync();
        await Expect(page.GetByTestId("card-status")).ToContainTextAsync("Đã nộp");
        await page.Context.CloseAsync();
    }
}
