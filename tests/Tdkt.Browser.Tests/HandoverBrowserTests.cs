using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Tdkt.Domain.Nominations;
using static Microsoft.Playwright.Assertions;

namespace Tdkt.Browser.Tests;

/// <summary>Its own app and database: the hand-over moves the demo ward clerk's grant, which the shared browser
/// collection's tests rely on.</summary>
[CollectionDefinition(Name)]
public sealed class HandoverBrowserCollection : ICollectionFixture<BrowserApp>
{
    public const string Name = "browser-handover";
}

/// <summary>Issue 11 in Chromium, on a database of their own: an admin hands a closed ward's open dossier to the new ward
/// and the new ward's clerk carries it on (ADR-0030); a ward clerk cannot set the city's conference deadline; the council
/// cannot open voting before its meeting day.</summary>
[Collection(HandoverBrowserCollection.Name)]
public sealed class HandoverBrowserTests(BrowserApp app)
{
    [Fact]
    public async Task Admin_HandsClosedWardsDraftToNewWard_NewWardClerkAddsANominee()
    {
        app.Clock.Fixed = null;
        var (oldWard, newWard, draft) = await app.Factory.WithDbAsync(async db =>
        {
            var o = await db.OrgUnits.Where(u => u.Code == "LCH-TP-TANPHONG").Select(u => u.Id).SingleAsync();
            var n = await db.OrgUnits.Where(u => u.Code == "LCH-P-TANPHONG").Select(u => u.Id).SingleAsync();
            var d = await db.Dossiers.Where(x => x.ProposingUnitId == o && x.Status == DossierStatus.Draft).Select(x => x.Id).FirstAsync();
            return (o, n, d);
        });

        var admin = await app.SignInAsync("admin");
        await admin.GotoAsync($"/OrgUnits/Details/{oldWard}");
        await admin.GetByTestId("handover-link").ClickAsync();
        await Expect(admin.GetByLabel("Đơn vị tiếp nhận")).ToHaveValueAsync(newWard.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await admin.GetByLabel("Lý do bàn giao").FillAsync("Sắp xếp đơn vị hành chính cấp xã theo Nghị quyết số 1670/NQ-UBTVQH15");
        await admin.GetByTestId("handover-preview").ClickAsync();
        await Expect(admin.GetByTestId("handover-items")).ToContainTextAsync("Đơn vị đề nghị: Phường Tân Phong (đến 30/06/2025) → Phường Tân Phong");
        await Expect(admin.GetByTestId("handover-items")).ToContainTextAsync("canbo.tanphong");
        await admin.GetByTestId("handover-submit").ClickAsync();
        await Expect(admin.Locator(".alert-success")).ToContainTextAsync("Đã bàn giao");

        // The clerk's grant moved with the work: a fresh sign-in sees the draft as the new ward's and carries it on.
        var clerk = await app.SignInAsync("canbo.tanphong");
        await clerk.GotoAsync($"/Nominations/Details/{draft}");
        await clerk.GetByLabel("Họ và tên / tên tập thể / chủ hộ").FillAsync("Giàng Thị Dợ");
        await clerk.GetByLabel("Giới tính").SelectOptionAsync("Nữ");
        await clerk.GetByLabel("Năm sinh").FillAsync("1990");
        await clerk.GetByLabel("Tóm tắt thành tích").FillAsync("Vận động 4 hộ trong tổ dân phố thoát nghèo năm 2026.");
        await clerk.GetByRole(AriaRole.Button, new() { Name = "Thêm đối tượng" }).ClickAsync();
        await Expect(clerk.GetByTestId("nominees")).ToContainTextAsync("Giàng Thị Dợ");

        var proposer = await app.Factory.WithDbAsync(db => db.Dossiers.Where(d => d.Id == draft).Select(d => d.ProposingUnitId).SingleAsync());
        Assert.Equal(newWard, proposer);
    }

    [Fact]
    public async Task WardClerk_TypesOwnDeadlineForTheCitysConference_IsRefusedAndTheCitysDeadlineApplies()
    {
        app.Clock.Fixed = new DateTimeOffset(2023, 11, 20, 2, 0, 0, TimeSpan.Zero);
        try
        {
            var (ward, conference) = await app.Factory.WithDbAsync(async db =>
            {
                var city = await db.OrgUnits.Where(u => u.Code == "LCH-TP").Select(u => u.Id).SingleAsync();
                var w = await db.OrgUnits.Where(u => u.Code == "LCH-TP-DOANKET").Select(u => u.Id).SingleAsync();
                var c = await db.ConferenceEvents.Where(e => e.OrganiserUnitId == city && e.Year == 2023).Select(e => e.Id).FirstAsync();
                return (w, c);
            });
            var clerk = await app.SignInAsync("canbo.doanket");
            await clerk.GotoAsync("/Nominations/Create");
            await clerk.Locator("#Input_Title").FillAsync("Đề nghị tặng Giấy khen tại Hội nghị sơ kết phong trào Vì người nghèo (phường Đoàn Kết)");
            await clerk.Locator("#Input_ProposingUnitId").SelectOptionAsync(ward.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await clerk.Locator("#Input_Kind").SelectOptionAsync("Thematic");
            await clerk.Locator("#Input_Level").SelectOptionAsync("Grassroots");
            await clerk.Locator("#Input_ConferenceId").SelectOptionAsync(conference.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await clerk.Locator("#Input_Year").FillAsync("2023");
            await clerk.Locator("#Input_SubmitBefore").FillAsync("31/12/2026");
            await clerk.GetByRole(AriaRole.Button, new() { Name = "Tạo hồ sơ" }).ClickAsync();

            await Expect(clerk.GetByTestId("errors")).ToContainTextAsync("trước ngày 24/11/2023");
            await Expect(clerk.GetByTestId("errors")).ToContainTextAsync("không tự đặt hoặc thay đổi được");

            await clerk.Locator("#Input_SubmitBefore").FillAsync("");
            await clerk.GetByRole(AriaRole.Button, new() { Name = "Tạo hồ sơ" }).ClickAsync();
            await Expect(clerk.GetByTestId("deadline")).ToContainTextAsync("Hạn nộp: trước ngày 24/11/2023");
        }
        finally
        {
            app.Clock.Fixed = null;
        }
    }

    [Fact]
    public async Task CouncilSecretary_OpensVotingBeforeTheMeetingDay_IsRefusedAndSessionStaysScheduled()
    {
        app.Clock.Fixed = null;
        var session = await app.Factory.WithDbAsync(db => db.CouncilSessions.OrderByDescending(s => s.MeetingDate).Select(s => new { s.Id, s.MeetingDate }).FirstAsync());
        Assert.True(session.MeetingDate > DateOnly.FromDateTime(DateTime.UtcNow), "The demo's session is a few days ahead.");

        var secretary = await app.SignInAsync("thuky.hdtdkt");
        await secretary.GotoAsync($"/Council/Session/{session.Id}");
        await secretary.GetByRole(AriaRole.Button, new() { Name = "Mở bỏ phiếu" }).ClickAsync();

        await Expect(secretary.GetByTestId("errors")).ToContainTextAsync("Chưa đến ngày họp");
        var status = await app.Factory.WithDbAsync(db => db.CouncilSessions.Where(s => s.Id == session.Id).Select(s => s.Status).SingleAsync());
        Assert.Equal(Tdkt.Domain.Council.CouncilSessionStatus.Scheduled, status);
    }
}
