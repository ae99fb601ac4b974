using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Tdkt.Browser.Tests;

/// <summary>The nomination seed scenario in Chromium: phường Tân Phong proposes, Phòng Nội vụ thành phố receives,
/// returns once, receives again, appraises, records the council, the Phó Chủ tịch UBND thành phố issues the
/// Giấy khen decision; the registry, the money and the .docx are checked.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class NominationsBrowserTests(BrowserApp app)
{
    [Fact]
    public async Task WardProposesVìNgườiNghèo_CityAppraisesAndIssuesGiayKhen_RegistryMoneyAndDocxAreRight()
    {
        app.Clock.Fixed = new DateTimeOffset(2023, 11, 20, 2, 0, 0, TimeSpan.Zero);
        try
        {
            await RunScenarioAsync();
        }
        finally
        {
            app.Clock.Fixed = null;
        }
    }

    private async Task RunScenarioAsync()
    {
        var title = "Đề nghị khen thưởng sơ kết phong trào Vì người nghèo (trình duyệt)";

        // 1. The ward clerk proposes 2 individuals and 1 household before 24/11/2023.
        var clerk = await app.SignInAsync("canbo.tanphong");
        await clerk.GotoAsync("/Nominations/Create");
        await clerk.GetByLabel("Tên hồ sơ").FillAsync(title);
        var ward = await app.Factory.WithDbAsync(db => Task.FromResult(db.OrgUnits.Single(u => u.Code == "LCH-TP-TANPHONG").Id));
        await clerk.Locator("#Input_ProposingUnitId").SelectOptionAsync(ward.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await clerk.Locator("#Input_Kind").SelectOptionAsync("AdHoc");
        await clerk.Locator("#Input_Level").SelectOptionAsync("Grassroots");
        await clerk.Locator("#Input_Year").FillAsync("2023");
        await clerk.Locator("#Input_SubmitBefore").FillAsync("24/11/2023");
        await clerk.GetByRole(AriaRole.Button, new() { Name = "Tạo hồ sơ" }).ClickAsync();
        await clerk.WaitForURLAsync(DetailsUrl());
        var url = new Uri(clerk.Url).PathAndQuery;
        await Expect(clerk.GetByTestId("deadline")).ToContainTextAsync("Hạn nộp: trước ngày 24/11/2023 (còn 4 ngày)");

        foreach (var (kind, name, gender, year, address) in new[]
                 {
                     ("Individual", "Lò Văn Minh", "Nam", "1982", ""), ("Individual", "Tòng Thị Lan", "Nữ", "1990", ""),
                     ("Household", "Giàng A Páo", "", "", "Tổ dân phố 3, phường Tân Phong"),
                 })
        {
            await DossierSteps.AddNomineeAsync(clerk, kind, name, gender, year, address, "Giúp hộ nghèo thoát nghèo bền vững");
        }

        await Expect(clerk.GetByTestId("nominees").Locator("tbody tr")).ToHaveCountAsync(3);
        await DossierSteps.AttachAsync(clerk, "TO_TRINH", null);
        await DossierSteps.AttachAsync(clerk, "BIEN_BAN_BINH_XET", null);
        await DossierSteps.AttachAsync(clerk, "BAO_CAO_THANH_TICH", "Lò Văn Minh");
        await DossierSteps.AttachAsync(clerk, "BAO_CAO_THANH_TICH", "Tòng Thị Lan");

        // The household's báo cáo thành tích is missing: submitting is refused and says which.
        await clerk.GetByRole(AriaRole.Button, new() { Name = "Gửi hồ sơ" }).ClickAsync();
        await Expect(clerk.GetByTestId("errors")).ToContainTextAsync("Giàng A Páo: thiếu Báo cáo thành tích");
        await DossierSteps.AttachAsync(clerk, "BAO_CAO_THANH_TICH", "Giàng A Páo");
        await clerk.GetByRole(AriaRole.Button, new() { Name = "Gửi hồ sơ" }).ClickAsync();
        await Expect(clerk.GetByTestId("dossier-status")).ToHaveTextAsync("Đã gửi, chờ tiếp nhận");

        // 2. Phòng Nội vụ receives, returns once for a missing báo cáo thành tích, receives again.
        var appraiser = await app.SignInAsync("thamdinh.tplc");
        await appraiser.GotoAsync(url);
        await appraiser.GetByRole(AriaRole.Button, new() { Name = "Tiếp nhận" }).ClickAsync();
        await Expect(appraiser.GetByTestId("dossier-status")).ToHaveTextAsync("Đã tiếp nhận");
        await Expect(appraiser.GetByTestId("appraisal-clock")).ToContainTextAsync("20 ngày làm việc");
        await appraiser.GetByLabel("Lý do trả lại").FillAsync("Thiếu báo cáo thành tích của hộ ông Giàng A Páo có xác nhận của UBND phường");
        await appraiser.GetByRole(AriaRole.Button, new() { Name = "Trả lại để bổ sung" }).ClickAsync();
        await Expect(appraiser.GetByTestId("dossier-status")).ToHaveTextAsync("Bị trả lại để bổ sung");

        await clerk.GotoAsync(url);
        await Expect(clerk.GetByText("Lý do trả lại: Thiếu báo cáo thành tích của hộ ông Giàng A Páo")).ToBeVisibleAsync();
        await DossierSteps.AttachAsync(clerk, "BAO_CAO_THANH_TICH", "Giàng A Páo");
        await clerk.GetByRole(AriaRole.Button, new() { Name = "Gửi hồ sơ" }).ClickAsync();
        await Expect(clerk.GetByTestId("dossier-status")).ToHaveTextAsync("Đã gửi, chờ tiếp nhận");

        await appraiser.GotoAsync(url);
        await appraiser.GetByRole(AriaRole.Button, new() { Name = "Tiếp nhận" }).ClickAsync();
        await Expect(appraiser.GetByTestId("dossier-status")).ToHaveTextAsync("Đã tiếp nhận");

        // 3. Appraisal: every nominee accepted, then the council (6 of 7 members) with its minutes.
        await DossierSteps.AcceptAllAsync(appraiser, 3);
        await DossierSteps.RecordCouncilSixOfSevenAsync(appraiser, "bien-ban-hoi-dong.pdf", ["Lò Văn Minh", "Tòng Thị Lan", "Giàng A Páo"]);

        // 4. The Phó Chủ tịch UBND thành phố issues the Giấy khen decision on 15/01/2024.
        app.Clock.Fixed = new DateTimeOffset(2024, 1, 15, 2, 0, 0, TimeSpan.Zero);
        var signer = await app.SignInAsync("lanhdao.tplc");
        await signer.GotoAsync(url);
        // Issued only from the preview (issue 12): the signer sees the draft as it prints, with the tờ trình cited.
        await DossierSteps.IssueForChairmanAsync(signer, "05/TTr-UBND", "2023-11-20");
        await Expect(signer.GetByTestId("decision")).ToContainTextAsync("ngày 15/01/2024");
        var number = DecisionNumber().Match(await signer.GetByTestId("decision").InnerTextAsync()).Value;
        Assert.EndsWith("/QĐ-UBND", number, StringComparison.Ordinal);

        // The money: Giấy khen 0,3 × 1.800.000 = 540.000 đ per person; a household 1,5 × = 810.000 đ.
        var recipients = signer.GetByTestId("recipients");
        await Expect(recipients.Locator("tbody tr")).ToHaveCountAsync(3);
        await Expect(recipients.Locator("tr", new() { HasText = "Lò Văn Minh" })).ToContainTextAsync("540.000");
        await Expect(recipients.Locator("tr", new() { HasText = "Tòng Thị Lan" })).ToContainTextAsync("540.000");
        await Expect(recipients.Locator("tr", new() { HasText = "Giàng A Páo" })).ToContainTextAsync("810.000");

        // The .docx decision opens and says what it should.
        var download = await signer.RunAndWaitForDownloadAsync(() => signer.GetByRole(AriaRole.Link, new() { Name = "Tải quyết định (.docx)" }).ClickAsync());
        Assert.EndsWith(".docx", download.SuggestedFilename, StringComparison.Ordinal);
        var path = await download.PathAsync();
        using (var doc = WordprocessingDocument.Open(path!, false))
        {
            var text = string.Join("\n", doc.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
            Assert.Contains("QUYẾT ĐỊNH", text, StringComparison.Ordinal);
            Assert.Contains("Số: " + number, text, StringComparison.Ordinal);
            Assert.Contains("KT. CHỦ TỊCH", text, StringComparison.Ordinal);
            Assert.Contains("Lò Văn Minh", text, StringComparison.Ordinal);
            Assert.Contains("Tòng Thị Lan", text, StringComparison.Ordinal);
            Assert.Contains("Giàng A Páo", text, StringComparison.Ordinal);
            Assert.Contains("810.000", text, StringComparison.Ordinal);
        }

        // 5. The registry shows the three awards (searched without diacritics).
        foreach (var (query, name) in new[] { ("lo van minh", "Lò Văn Minh"), ("tong thi lan", "Tòng Thị Lan"), ("giang a pao", "Giàng A Páo") })
        {
            await signer.GotoAsync("/Registry?q=" + Uri.EscapeDataString(query));
            var row = signer.GetByTestId("people").Locator("tbody tr", new() { HasText = name });
            await Expect(row).ToHaveCountAsync(1);
            await row.GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();
            await Expect(signer.GetByTestId("person-name")).ToHaveTextAsync(name);
            await Expect(signer.GetByTestId("awards")).ToContainTextAsync(number);
        }

        // 6. Revocation (Law Art. 93): the signer revokes one recipient's award; the dossier and the registry show it.
        await signer.GotoAsync(url);
        await signer.GetByText("Hủy bỏ, thu hồi khen thưởng", new() { Exact = true }).ClickAsync();
        await signer.GetByLabel("Tòng Thị Lan — Giấy khen", new() { Exact = false }).CheckAsync();
        await signer.GetByLabel("Căn cứ, lý do hủy bỏ, thu hồi").FillAsync("Phát hiện khai man thành tích");
        await signer.GetByRole(AriaRole.Button, new() { Name = "Ban hành quyết định hủy bỏ, thu hồi" }).ClickAsync();
        await Expect(signer.GetByTestId("revocations")).ToContainTextAsync("hủy bỏ, thu hồi khen thưởng của Tòng Thị Lan. Căn cứ: Phát hiện khai man thành tích");
        await Expect(recipients.Locator("tr", new() { HasText = "Tòng Thị Lan" }).GetByTestId("revoked")).ToContainTextAsync("Đã hủy bỏ, thu hồi theo Quyết định số");
        await Expect(recipients.Locator("tr", new() { HasText = "Lò Văn Minh" }).GetByTestId("revoked")).ToHaveCountAsync(0);
        await Expect(signer.GetByTestId("dossier-status")).ToHaveTextAsync("Đã ban hành quyết định");
        await signer.GotoAsync("/Registry?q=tong%20thi%20lan");
        await signer.GetByTestId("people").GetByRole(AriaRole.Link, new() { Name = "Tòng Thị Lan" }).ClickAsync();
        await Expect(signer.GetByTestId("award-revoked")).ToContainTextAsync("Đã hủy bỏ, thu hồi theo Quyết định số");

        await signer.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "tdkt-nominations.png"), FullPage = false });
    }

    private static Regex DetailsUrl() => DetailsPattern();

    [GeneratedRegex(@"/Nominations/Details/\d+$")]
    private static partial Regex DetailsPattern();

    [GeneratedRegex(@"\d+/QĐ-UBND")]
    private static partial Regex DecisionNumber();
}
