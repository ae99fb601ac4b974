using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Tdkt.Domain.Awards;
using Tdkt.Domain.Council;
using Tdkt.Domain.Nominations;
using Tdkt.Testing;
using Tdkt.Web.Data;
using Tdkt.Web.Pages.Notices;
using static Microsoft.Playwright.Assertions;

namespace Tdkt.Browser.Tests;

/// <summary>Its own app and database: these tests submit against the seed-000 conference's quota, which the
/// shared collection's tests would otherwise see move.</summary>
[CollectionDefinition(Name)]
public sealed class GuardBrowserCollection : ICollectionFixture<BrowserApp>
{
    public const string Name = "browser-guards";
}

/// <summary>Issue 11's workflow guards in Chromium. States are reached with <see cref="Build"/> (the app's own use
/// cases as the demo users, on the day given), the guarded step is done in the browser: the city extends one ward's
/// deadline, a returned dossier comes back within its supplement deadline, a quota overrun is refused with its counts,
/// the council cannot open voting while a public notice runs.</summary>
[Collection(GuardBrowserCollection.Name)]
public sealed partial class WorkflowGuardBrowserTests(BrowserApp app)
{
    private static readonly DateOnly Deadline = new(2023, 11, 24);

    private static DateTimeOffset At(int year, int month, int day) => new(year, month, day, 2, 0, 0, TimeSpan.Zero); // 09:00 in Lai Châu

    private Task<int> SoKetConferenceAsync() => app.Factory.WithDbAsync(db => db.ConferenceEvents
        .Where(e => e.Title.StartsWith("Hội nghị sơ kết Phong trào") && e.Year == 2023).Select(e => e.Id).SingleAsync());

    [Fact]
    public async Task City_ExtendsOneWardsDeadlineWithReason_ThatWardSubmits_TheOtherWardStillCannot()
    {
        var conference = await SoKetConferenceAsync();
        var tanPhong = await Build.Dossier(app.Factory).By("canbo.tanphong", "LCH-TP-TANPHONG").ForConference(conference).On(new DateOnly(2023, 11, 20))
            .Titled("Đề nghị tặng Giấy khen hộ gia đình thoát nghèo (gia hạn, phường Tân Phong)").WithHousehold("Sùng A Dơ").ReadyAsync();
        var doanKet = await Build.Dossier(app.Factory).By("canbo.doanket", "LCH-TP-DOANKET").ForConference(conference).On(new DateOnly(2023, 11, 20))
            .Titled("Đề nghị tặng Giấy khen hộ gia đình thoát nghèo (gia hạn, phường Đoàn Kết)").WithHousehold("Lý A Sài", "Tổ dân phố số 9").ReadyAsync();
        app.Clock.Fixed = At(2023, 11, 27); // the city's 24/11/2023 has passed
        try
        {
            // Đoàn Kết is late and nobody extended its deadline.
            var other = await app.SignInAsync("canbo.doanket");
            await other.GotoAsync($"/Nominations/Details/{doanKet}");
            await other.GetByRole(AriaRole.Button, new() { Name = "Gửi hồ sơ" }).ClickAsync();
            await Expect(other.GetByTestId("errors")).ToContainTextAsync("đã quá hạn nộp (trước ngày 24/11/2023)");

            // The city (receiving body) extends Tân Phong's deadline only; a reason is required.
            var city = await app.SignInAsync("thamdinh.tplc");
            await city.GotoAsync($"/Nominations/Details/{tanPhong}");
            var form = city.GetByTestId("deadline-form");
            await form.GetByLabel("Hạn nộp mới").FillAsync("05/12/2023");
            await form.GetByRole(AriaRole.Button, new() { Name = "Gia hạn nộp" }).ClickAsync();
            await Expect(city.GetByTestId("errors")).ToContainTextAsync("lý do");
            form = city.GetByTestId("deadline-form");
            await form.GetByLabel("Hạn nộp mới").FillAsync("05/12/2023");
            await form.GetByLabel("Lý do gia hạn / nộp muộn").FillAsync("Phường bị sạt lở đất ngày 22/11/2023, bộ phận một cửa tạm ngừng");
            await form.GetByRole(AriaRole.Button, new() { Name = "Gia hạn nộp" }).ClickAsync();
            await Expect(city.GetByText("Đã gia hạn nộp hồ sơ.")).ToBeVisibleAsync();
            await Expect(city.GetByTestId("deadline")).ToContainTextAsync("Hạn nộp: trước ngày 05/12/2023");

            // Tân Phong submits; the timeline keeps the city's reason.
            var clerk = await app.SignInAsync("canbo.tanphong");
            await clerk.GotoAsync($"/Nominations/Details/{tanPhong}");
            await Expect(clerk.GetByTestId("deadline")).ToContainTextAsync("Hạn nộp: trước ngày 05/12/2023 (còn 8 ngày)");
            await clerk.GetByRole(AriaRole.Button, new() { Name = "Gửi hồ sơ" }).ClickAsync();
            await Expect(clerk.GetByTestId("dossier-status")).ToHaveTextAsync("Đã gửi, chờ tiếp nhận");
            await Expect(clerk.GetByTestId("timeline")).ToContainTextAsync("Phường bị sạt lở đất ngày 22/11/2023");

            // Đoàn Kết still cannot.
            await other.GotoAsync($"/Nominations/Details/{doanKet}");
            await other.GetByRole(AriaRole.Button, new() { Name = "Gửi hồ sơ" }).ClickAsync();
            await Expect(other.GetByTestId("errors")).ToContainTextAsync("đã quá hạn nộp (trước ngày 24/11/2023)");
            Assert.Equal(DossierStatus.Draft, await StatusAsync(doanKet));
        }
        finally
        {
            app.Clock.Fixed = null;
        }
    }

    [Fact]
    public async Task Returned_WithItsOwnSupplementDeadline_ResubmittedAfterTheOriginalDeadlinePassed()
    {
        var conference = await SoKetConferenceAsync();
        var id = await Build.Dossier(app.Factory).ForConference(conference).On(new DateOnly(2023, 11, 21))
            .Titled("Đề nghị tặng Giấy khen hộ gia đình thoát nghèo (bổ sung, phường Tân Phong)").WithHousehold("Vàng A Lử").SubmittedAsync();
        app.Clock.Fixed = At(2023, 11, 22);
        try
        {
            // The appraiser returns it with a supplement deadline after the original 24/11/2023.
            var city = await app.SignInAsync("thamdinh.tplc");
            await city.GotoAsync($"/Nominations/Details/{id}");
            await city.GetByLabel("Lý do trả lại").FillAsync("Thiếu xác nhận của UBND phường trên báo cáo thành tích của hộ ông Vàng A Lử");
            await city.GetByLabel(new Regex("^Hạn bổ sung")).FillAsync("08/12/2023");
            await city.GetByRole(AriaRole.Button, new() { Name = "Trả lại để bổ sung" }).ClickAsync();
            await Expect(city.GetByTestId("dossier-status")).ToHaveTextAsync("Bị trả lại để bổ sung");

            // 04/12/2023: the original deadline passed, the supplement deadline did not.
            app.Clock.Fixed = At(2023, 12, 4);
            var clerk = await app.SignInAsync("canbo.tanphong"); // twelve days later the old session has expired
            await clerk.GotoAsync($"/Nominations/Details/{id}");
            await Expect(clerk.GetByTestId("deadline")).ToContainTextAsync("Hạn bổ sung: trước ngày 08/12/2023 (còn 4 ngày)");
            await clerk.GetByRole(AriaRole.Button, new() { Name = "Gửi hồ sơ" }).ClickAsync();
            await Expect(clerk.GetByTestId("dossier-status")).ToHaveTextAsync("Đã gửi, chờ tiếp nhận");

            var d = await app.Factory.WithDbAsync(db => db.Dossiers.AsNoTracking().SingleAsync(x => x.Id == id));
            Assert.Equal((2, Deadline), (d.Round, d.SubmitBefore!.Value));
        }
        finally
        {
            app.Clock.Fixed = null;
        }
    }

    [Fact]
    public async Task Submit_SixHouseholdsOverTheConferencesSeven_RefusedWithTheCountsInVietnamese()
    {
        var conference = await SoKetConferenceAsync();
        await Build.Dossier(app.Factory).ForConference(conference).On(new DateOnly(2023, 11, 15))
            .Titled("Đề nghị tặng Giấy khen hai hộ gia đình (chỉ tiêu, đã gửi)").WithHousehold("Lò Văn Khe").WithHousehold("Tẩn A Lình").SubmittedAsync();
        var six = Build.Dossier(app.Factory).ForConference(conference).On(new DateOnly(2023, 11, 16))
            .Titled("Đề nghị tặng Giấy khen sáu hộ gia đình (chỉ tiêu, vượt)");
        foreach (var head in new[] { "Giàng A Tủa", "Sùng A Pháo", "Vừ A Chá", "Hạng A Dế", "Mùa A Sình", "Thào A Lử" })
        {
            six.WithHousehold(head);
        }

        var id = await six.ReadyAsync();
        app.Clock.Fixed = At(2023, 11, 20);
        try
        {
            var clerk = await app.SignInAsync("canbo.tanphong");
            await clerk.GotoAsync($"/Nominations/Details/{id}");
            await clerk.GetByRole(AriaRole.Button, new() { Name = "Gửi hồ sơ" }).ClickAsync();
            await Expect(clerk.GetByTestId("errors")).ToContainTextAsync(QuotaRefusal());
            await Expect(clerk.GetByTestId("dossier-status")).ToHaveTextAsync("Đang soạn");
            Assert.Equal(DossierStatus.Draft, await StatusAsync(id));
        }
        finally
        {
            app.Clock.Fixed = null;
        }
    }

    [Fact]
    public async Task CouncilSecretary_OpensVotingWhileTheNoticeRuns_RefusedWithTheNoticeReason()
    {
        var day = new DateOnly(2025, 12, 15); // a Monday: notice, session and the attempt all on the meeting day
        const string Name = "Lò Văn Thắng (công khai, trình duyệt)";
        var dossier = await Build.Dossier(app.Factory).By("canbo.snv", "LCH-SNV").AppraisedBy("thamdinh.snv").Level(DecidingLevel.Province).Year(2025)
            .On(new DateOnly(2025, 12, 8)).Titled("Đề nghị tặng danh hiệu Chiến sĩ thi đua cấp tỉnh (công khai, trình duyệt)")
            .WithIndividual(Name, AwardCodes.CstdTinh, "nam", 1980).AppraisedAsync();
        // Lai Châu publishes its CSTĐ tỉnh nominees too (a province's choice, PublicNoticePolicy.ExtraAwardCodes).
        await app.Factory.WithDbAsync(async db =>
        {
            var province = await db.OrgUnits.Where(u => u.Code == "LCH").Select(u => u.Id).SingleAsync();
            var setting = await db.NoticeSettings().SingleOrDefaultAsync(s => s.OrgUnitId == province);
            if (setting is null)
            {
                db.NoticeSettings().Add(setting = new PublicNoticeSetting { OrgUnitId = province });
            }

            setting.ExtraAwardCodes = [AwardCodes.CstdTinh];
            return await db.SaveChangesAsync();
        });
        var acts = await DemoActs.ForAsync(app.Factory.Services);
        var nominees = await acts.NomineeIdsAsync(dossier);
        var lastDay = await acts.PublishAsync("thamdinh.snv", day, new PublishNoticeCommand(
            "Lấy ý kiến nhân dân về đề nghị danh hiệu Chiến sĩ thi đua cấp tỉnh (trình duyệt)", day, nominees));
        Assert.True(lastDay > day);

        app.Clock.Fixed = At(day.Year, day.Month, day.Day);
        try
        {
            var secretary = await app.SignInAsync("thuky.hdtdkt");
            await secretary.GotoAsync("/Council");
            await secretary.GetByRole(AriaRole.Link, new() { Name = "Triệu tập phiên họp" }).First.ClickAsync();
            await secretary.GetByLabel("Tên phiên họp").FillAsync("Phiên họp xét Chiến sĩ thi đua cấp tỉnh (trình duyệt, công khai)");
            await secretary.GetByLabel("Ngày họp (dd/MM/yyyy)").FillAsync("15/12/2025");
            await secretary.GetByLabel("Địa điểm").FillAsync("Phòng họp số 1, UBND tỉnh Lai Châu");
            await secretary.GetByLabel("Hình thức bỏ phiếu").SelectOptionAsync("true");
            await secretary.GetByRole(AriaRole.Button, new() { Name = "Triệu tập phiên họp" }).ClickAsync();
            await secretary.WaitForURLAsync(new Regex("/Council/Session/\\d+$"));
            var sessionId = int.Parse(secretary.Url.Split('/').Last(), CultureInfo.InvariantCulture);
            await Expect(secretary.GetByTestId($"nominee-{nominees.Single()}")).ToBeVisibleAsync();

            await secretary.GetByRole(AriaRole.Button, new() { Name = "Mở bỏ phiếu" }).ClickAsync();
            await Expect(secretary.GetByTestId("errors")).ToContainTextAsync("Chưa mở bỏ phiếu được vì thời hạn công khai lấy ý kiến chưa kết thúc");
            await Expect(secretary.GetByTestId("errors")).ToContainTextAsync(Name);
            var status = await app.Factory.WithDbAsync(db => db.CouncilSessions.Where(s => s.Id == sessionId).Select(s => s.Status).SingleAsync());
            Assert.Equal(CouncilSessionStatus.Scheduled, status);
        }
        finally
        {
            app.Clock.Fixed = null;
        }
    }

    /// <summary>Seed 000 in 2023 as the units then were: phường Tân Phong (until 30/06/2025) proposes against the
    /// city's sơ kết conference before 24/11/2023, Phòng Nội vụ thành phố appraises, the city's council votes in
    /// December 2023, UBND thành phố Lai Châu issues the Giấy khen on the first day the 2022 law allows (02/01/2024,
    /// ADR-0038) and the conference page shows the honoured.</summary>
    [Fact]
    public async Task SeedZero_WardProposesBefore24November2023_CityAppraisesCouncilVotes_DecisionShownOnTheConference()
    {
        var conference = await SoKetConferenceAsync();
        const string Title = "Đề nghị tặng Giấy khen tại Hội nghị sơ kết Phong trào “Vì người nghèo” (trình duyệt, 2023)";
        string[] names = ["Lò Thị Mai Anh", "Giàng A Của"];
        app.Clock.Fixed = At(2023, 11, 20);
        try
        {
            // 1. 20/11/2023: the ward clerk proposes from the conference page; the city's deadline is inherited.
            var clerk = await app.SignInAsync("canbo.tanphong");
            await clerk.GotoAsync($"/Events/Details/{conference}");
            await clerk.GetByTestId("propose-for-event").ClickAsync();
            await Expect(clerk.GetByLabel("Hạn nộp (trước ngày, dd/MM/yyyy)")).ToHaveValueAsync("24/11/2023");
            await clerk.Locator("#Input_Title").FillAsync(Title);
            await clerk.GetByRole(AriaRole.Button, new() { Name = "Tạo hồ sơ" }).ClickAsync();
            await clerk.WaitForURLAsync(new Regex(@"/Nominations/Details/\d+$"));
            var url = new Uri(clerk.Url).PathAndQuery;
            await Expect(clerk.GetByTestId("deadline")).ToContainTextAsync("Hạn nộp: trước ngày 24/11/2023 (còn 4 ngày)");
            await DossierSteps.AddNomineeAsync(clerk, "Individual", names[0], "Nữ", "1987", "", "Giúp hộ nghèo trong tổ dân phố thoát nghèo bền vững");
            await DossierSteps.AddNomineeAsync(clerk, "Household", names[1], "", "", "Tổ dân phố số 11, phường Tân Phong", "Thoát nghèo bền vững nhờ chăn nuôi");

            await DossierSteps.AttachAsync(clerk, "TO_TRINH", null);
            await DossierSteps.AttachAsync(clerk, "BIEN_BAN_BINH_XET", null);
            foreach (var name in names)
            {
                await DossierSteps.AttachAsync(clerk, "BAO_CAO_THANH_TICH", name);
            }

            await clerk.GetByRole(AriaRole.Button, new() { Name = "Gửi hồ sơ" }).ClickAsync();
            await Expect(clerk.GetByTestId("dossier-status")).ToHaveTextAsync("Đã gửi, chờ tiếp nhận");

            // 2. 27/11/2023: Phòng Nội vụ thành phố receives and appraises.
            app.Clock.Fixed = At(2023, 11, 27);
            var city = await app.SignInAsync("thamdinh.tplc");
            await city.GotoAsync(url);
            await city.GetByRole(AriaRole.Button, new() { Name = "Tiếp nhận" }).ClickAsync();
            await Expect(city.GetByTestId("dossier-status")).ToHaveTextAsync("Đã tiếp nhận");
            await DossierSteps.AcceptAllAsync(city, names.Length);

            // 3. 05/12/2023: the city's council votes (6 of 7), its minutes attached.
            app.Clock.Fixed = At(2023, 12, 5);
            city = await app.SignInAsync("thamdinh.tplc");
            await city.GotoAsync(url);
            await DossierSteps.RecordCouncilSixOfSevenAsync(city, "bien-ban-hoi-dong-thanh-pho.pdf", names);

            // 4. 02/01/2024: the Phó Chủ tịch UBND thành phố Lai Châu (the city existed until 30/06/2025) issues the Giấy khen.
            app.Clock.Fixed = At(2024, 1, 2);
            var signer = await app.SignInAsync("lanhdao.tplc");
            await signer.GotoAsync(url);
            await DossierSteps.IssueForChairmanAsync(signer, "52/TTr-UBND", "2023-11-20");
            await Expect(signer.GetByTestId("decision")).ToContainTextAsync("ngày 02/01/2024");
            await Expect(signer.GetByTestId("recipients").Locator("tbody tr")).ToHaveCountAsync(2);

            // 5. The conference shows the honoured dossier with its decision.
            await signer.GotoAsync($"/Events/Details/{conference}");
            var row = signer.GetByTestId("event-dossiers").Locator("tr", new() { HasText = Title });
            await Expect(row).ToContainTextAsync("Phường Tân Phong");
            await Expect(row.GetByTestId("event-decision")).ToContainTextAsync("ngày 02/01/2024");
        }
        finally
        {
            app.Clock.Fixed = null;
        }
    }

    private Task<DossierStatus> StatusAsync(int id) =>
        app.Factory.WithDbAsync(db => db.Dossiers.Where(d => d.Id == id).Select(d => d.Status).SingleAsync());

    [GeneratedRegex(@"vượt chỉ tiêu hộ gia đình của hội nghị \(chỉ tiêu 7, các hồ sơ đã gửi \d+, hồ sơ này 6\)")]
    private static partial Regex QuotaRefusal();
}
