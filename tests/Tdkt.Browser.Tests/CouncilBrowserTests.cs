using System.Globalization;
using System.Net.Http.Json;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Tdkt.Domain.Awards;
using Tdkt.Domain.Nominations;
using Tdkt.Testing;
using Tdkt.Web.Data;
using static Microsoft.Playwright.Assertions;

namespace Tdkt.Browser.Tests;

/// <summary>A session of the provincial council of Lai Châu (11 members) in Chromium: the secretary schedules it,
/// records 8 present, opens the secret ballot, the chair votes in the browser and the other present members through
/// the API, the secretary records one absent member's written vote; of two Cờ thi đua tỉnh nominees (80 % of all
/// members) one passes at exactly 9/11 and one fails with 8/11; the minutes are generated, downloaded and finalised.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CouncilBrowserTests(BrowserApp app)
{
    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF"u8.ToArray();

    private static readonly string[] Present =
        ["hoidong.chutich", "hoidong.pctt", "hoidong.pct", "hoidong.tv1", "hoidong.tv2", "hoidong.tv3", "hoidong.tv4", "hoidong.tv5"];

    [Fact]
    public async Task ProvincialCouncil_ElevenMembers_EightPresentOneWritten_OnePassesAtThreshold_OneFailsByOne_MinutesDownloaded()
    {
        // The session is scheduled ahead of its meeting date and votes on that date (issue 11).
        app.Clock.Fixed = new DateTimeOffset(2025, 12, 1, 2, 0, 0, TimeSpan.Zero);
        try
        {
            var (passDossier, pass) = await AppraisedAsync("Đề nghị Cờ thi đua tỉnh — Sở Y tế (trình duyệt)", "LCH-SYT", "Trung tâm Kiểm soát bệnh tật tỉnh Lai Châu");
            var (failDossier, fail) = await AppraisedAsync("Đề nghị Cờ thi đua tỉnh — Sở KH&CN (trình duyệt)", "LCH-SKHCN", "Chi cục Tiêu chuẩn Đo lường Chất lượng");

            // 1. The secretary schedules the session.
            var secretary = await app.SignInAsync("thuky.hdtdkt");
            await secretary.GotoAsync("/Council");
            await secretary.GetByRole(AriaRole.Link, new() { Name = "Triệu tập phiên họp" }).First.ClickAsync();
            await secretary.GetByLabel("Tên phiên họp").FillAsync("Phiên họp xét Cờ thi đua tỉnh năm 2025 (trình duyệt)");
            await secretary.GetByLabel("Ngày họp (dd/MM/yyyy)").FillAsync("12/12/2025");
            await secretary.GetByLabel("Địa điểm").FillAsync("Phòng họp số 1, UBND tỉnh Lai Châu");
            await secretary.GetByLabel("Hình thức bỏ phiếu").SelectOptionAsync("true");
            await secretary.GetByRole(AriaRole.Button, new() { Name = "Triệu tập phiên họp" }).ClickAsync();
            await secretary.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/Council/Session/\\d+$"));
            var sessionId = int.Parse(secretary.Url.Split('/').Last(), CultureInfo.InvariantCulture);
            await Expect(secretary.GetByTestId("ballot-kind")).ToHaveTextAsync("Bỏ phiếu kín");
            await Expect(secretary.GetByTestId($"nominee-{pass}")).ToBeVisibleAsync();
            await Expect(secretary.GetByTestId($"nominee-{fail}")).ToBeVisibleAsync();

            // 2. Attendance: 8 of 11 present (≥ 2/3), then voting opens.
            var names = await app.Factory.WithDbAsync(db => db.Users.Where(u => Present.Contains(u.UserName!)).Select(u => u.FullName).ToListAsync());
            foreach (var name in names)
            {
                await secretary.GetByLabel($"{name} có mặt").CheckAsync();
            }

            await secretary.GetByRole(AriaRole.Button, new() { Name = "Lưu điểm danh" }).ClickAsync();
            await Expect(secretary.GetByTestId("quorum")).ToContainTextAsync("Có mặt 8/11 thành viên; cần ít nhất 8");
            app.Clock.Fixed = new DateTimeOffset(2025, 12, 12, 2, 0, 0, TimeSpan.Zero); // the meeting day: voting opens only then
            secretary = await app.SignInAsync("thuky.hdtdkt"); // eleven days later the old session has expired
            await secretary.GotoAsync($"/Council/Session/{sessionId}");
            await secretary.GetByRole(AriaRole.Button, new() { Name = "Mở bỏ phiếu" }).ClickAsync();
            await Expect(secretary.GetByTestId("session-status")).ToHaveTextAsync("Đang bỏ phiếu");

            // 3. The chair votes in the browser; the 7 other present members through the API (6 agree on the second).
            var chair = await app.SignInAsync("hoidong.chutich");
            await chair.GotoAsync($"/Council/Session/{sessionId}");
            await chair.GetByTestId($"nominee-{pass}").GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Đồng ý khen thưởng ") }).ClickAsync();
            await Expect(chair.GetByTestId($"nominee-{pass}")).ToContainTextAsync("Bạn đã bỏ phiếu");
            await chair.GetByTestId($"nominee-{fail}").GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Đồng ý khen thưởng ") }).ClickAsync();
            await Expect(chair.GetByTestId($"nominee-{fail}")).ToContainTextAsync("Bạn đã bỏ phiếu");
            for (var i = 1; i < Present.Length; i++)
            {
                using var api = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
                api.DefaultRequestHeaders.Authorization = new("Bearer", DemoTokens.For(app.Factory, Present[i]));
                Assert.True((await api.PostAsJsonAsync($"/api/v1/council/sessions/{sessionId}/votes", new { nomineeId = pass, agree = true })).IsSuccessStatusCode);
                Assert.True((await api.PostAsJsonAsync($"/api/v1/council/sessions/{sessionId}/votes", new { nomineeId = fail, agree = i < 7 })).IsSuccessStatusCode);
            }

            // 4. One absent member's written opinion (agree on both), file attached.
            await secretary.ReloadAsync();
            var written = secretary.GetByTestId("written-form");
            await written.GetByLabel("Thành viên vắng mặt").SelectOptionAsync(new SelectOptionValue { Label = "Nguyễn Thị Mai" });
            await written.GetByLabel("Ý kiến bằng văn bản (PDF, DOCX, ảnh)").SetInputFilesAsync(new FilePayload
            {
                Name = "y-kien-nguyen-thi-mai.pdf", MimeType = "application/pdf", Buffer = Pdf,
            });
            await written.Locator($"input[name='Choices[{pass}]'][value='agree']").CheckAsync();
            await written.Locator($"input[name='Choices[{fail}]'][value='agree']").CheckAsync();
            await written.GetByRole(AriaRole.Button, new() { Name = "Ghi phiếu bằng văn bản" }).ClickAsync();
            await Expect(secretary.GetByTestId($"nominee-{pass}")).ToContainTextAsync("9/11");

            // 5. The session elects its vote-counting committee among those present (a secret ballot cannot close without it).
            var counting = secretary.GetByTestId("counting-form");
            await counting.GetByLabel("Trưởng ban kiểm phiếu").SelectOptionAsync(new SelectOptionValue { Index = 1 });
            await counting.Locator("input[name='CountingCommittee']").Nth(1).CheckAsync();
            await counting.Locator("input[name='CountingCommittee']").Nth(2).CheckAsync();
            await counting.GetByRole(AriaRole.Button, new() { Name = "Ghi Ban kiểm phiếu" }).ClickAsync();
            await Expect(secretary.GetByTestId("counting-form").Locator("input[name='CountingCommittee']:checked")).ToHaveCountAsync(2);

            // 6. Close: 9/11 passes (exactly the first count ≥ 80 %), 8/11 fails by one vote.
            await secretary.GetByRole(AriaRole.Button, new() { Name = "Kết thúc bỏ phiếu, lập biên bản" }).ClickAsync();
            await Expect(secretary.GetByTestId("session-status")).ToHaveTextAsync("Đã kết thúc bỏ phiếu");
            await Expect(secretary.GetByTestId($"nominee-{pass}").GetByTestId("result")).ToContainTextAsync("9 đồng ý, 0 không đồng ý / 11 thành viên — Đạt");
            await Expect(secretary.GetByTestId($"nominee-{fail}").GetByTestId("result")).ToContainTextAsync("8 đồng ý, 1 không đồng ý / 11 thành viên — Không đạt");

            // 7. The minutes download and read right.
            var download = await secretary.RunAndWaitForDownloadAsync(() => secretary.GetByTestId("minutes").ClickAsync());
            using (var ms = new MemoryStream())
            {
                await (await download.CreateReadStreamAsync()).CopyToAsync(ms);
                using var doc = WordprocessingDocument.Open(new MemoryStream(ms.ToArray()), false);
                var text = string.Join("\n", doc.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
                Assert.Contains("BIÊN BẢN KIỂM PHIẾU", text);
                Assert.Contains("có mặt: 8; vắng mặt: 3 (có ý kiến bằng văn bản: 1)", text);
                Assert.Contains("9/11 (81,8%; cần 80%)", text);
                Assert.Contains("8/11 (72,7%; cần 80%)", text);
                Assert.Contains("Trung tâm Kiểm soát bệnh tật tỉnh Lai Châu", text);
            }

            // 8. Finalise: results go into the dossiers.
            await secretary.GetByRole(AriaRole.Button, new() { Name = "Chốt biên bản, ghi kết quả vào hồ sơ" }).ClickAsync();
            await Expect(secretary.GetByTestId("session-status")).ToHaveTextAsync("Đã chốt biên bản");
            var statuses = await app.Factory.WithDbAsync(db => db.Dossiers.AsNoTracking().Where(d => d.Id == passDossier || d.Id == failDossier)
                .ToDictionaryAsync(d => d.Id, d => d.Status));
            Assert.Equal(DossierStatus.CouncilRecorded, statuses[passDossier]);
            Assert.Equal(DossierStatus.NotAwarded, statuses[failDossier]);
            }
        finally
        {
            app.Clock.Fixed = null;
        }
    }

    private async Task<(int DossierId, int NomineeId)> AppraisedAsync(string title, string unitCode, string nominee)
    {
        using var scope = app.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TdktDbContext>();
        var unit = await db.OrgUnits.SingleAsync(u => u.Code == unitCode);
        var province = await db.OrgUnits.SingleAsync(u => u.Code == "LCH");
        var at = new DateTimeOffset(2025, 12, 1, 2, 0, 0, TimeSpan.Zero);
        var actor = new Actor(null, "Kiểm thử", at);
        var d = Dossier.Create(title, unit.Id, province.Id, CommendationKind.Merit, DecidingLevel.Province, null, null, 2025, null, 20, at).Value!;
        db.Dossiers.Add(d);
        await db.SaveChangesAsync();
        var n = Nominee.Create(d.Id, new NomineeData(SubjectKind.Collective, nominee, null, null, null, null, null, null, null, null,
            AwardCodes.CoTinh, "Dẫn đầu phong trào thi đua năm 2025"), s => s).Value!;
        n.Appraise(true, null);
        db.Nominees.Add(n);
        var day = new DateOnly(2025, 12, 1);
        db.DossierTransitions.AddRange(d.Submit(new SubmissionCheck(1, [], []), day, actor).Value!, d.Receive(day, actor).Value!,
            d.StartAppraisal(actor).Value!, d.CompleteAppraisal([n], actor).Value!);
        await db.SaveChangesAsync();
        return (d.Id, n.Id);
    }
}
