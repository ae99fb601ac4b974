using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tdkt.Testing;
using Tdkt.Web.Pages.Nominations;

namespace Tdkt.Web.Tests.Nominations;

/// <summary>The holiday calendar screen (public_holidays) and the reminders 3 working days before a deadline.</summary>
public sealed class NominationAdminTests : IAsyncLifetime
{
    private readonly SettableClock _clock = new(new DateTimeOffset(2023, 11, 20, 2, 0, 0, TimeSpan.Zero));
    private TdktFactory _app = null!;

    public async Task InitializeAsync()
    {
        _app = await TestDatabases.NewFactoryAsync(nameof(NominationAdminTests));
        _app.Clock = _clock;
    }

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    private async Task<bool> IsWorkingDayAsync(DateOnly day)
    {
        using var scope = _app.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<NominationChecks>().CalendarAsync(CancellationToken.None)).IsWorkingDay(day);
    }

    [Fact]
    public async Task Holidays_AdminAddsAndRemovesADay_WorkingDayClockFollowsAndOthersGet404()
    {
        var day = new DateOnly(2030, 6, 3); // a Monday
        Assert.True(await IsWorkingDayAsync(day));
        var admin = await Http.SignedInAsync(_app, "admin");
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/Nominations/Holidays?year=2030")).StatusCode);

        Lookups.AssertRedirect(await Http.PostFormAsync(admin, "/Nominations/Holidays?handler=Add",
            new() { ["Input.Date"] = "03/06/2030", ["Input.Name"] = "Ngày nghỉ bù (kiểm thử)" }, "/Nominations/Holidays?year=2030"));
        Assert.Equal("Ngày nghỉ bù (kiểm thử)", await _app.WithDbAsync(db => db.PublicHolidays.Where(h => h.Date == day).Select(h => h.Name).SingleAsync()));
        Assert.False(await IsWorkingDayAsync(day));
        Assert.Contains("Ngày nghỉ bù (kiểm thử)", WebUtility.HtmlDecode(await admin.GetStringAsync("/Nominations/Holidays?year=2030")));

        var duplicate = await Http.PostFormAsync(admin, "/Nominations/Holidays?handler=Add",
            new() { ["Input.Date"] = "03/06/2030", ["Input.Name"] = "Lần nữa" }, "/Nominations/Holidays?year=2030");
        Assert.Contains("Ngày 03/06/2030 đã có trong lịch nghỉ.", WebUtility.HtmlDecode(await duplicate.Content.ReadAsStringAsync()));
        var invalid = await Http.PostFormAsync(admin, "/Nominations/Holidays?handler=Add",
            new() { ["Input.Date"] = "31/02/2030", ["Input.Name"] = "Sai ngày" }, "/Nominations/Holidays?year=2030");
        Assert.Contains("Ngày \"31/02/2030\" không hợp lệ", WebUtility.HtmlDecode(await invalid.Content.ReadAsStringAsync()));

        Lookups.AssertRedirect(await Http.PostFormAsync(admin, "/Nominations/Holidays?handler=Remove&date=03%2F06%2F2030", [], "/Nominations/Holidays?year=2030"));
        Assert.True(await IsWorkingDayAsync(day));

        foreach (var user in new[] { "canbo.tanphong", "thamdinh.tplc" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await (await Http.SignedInAsync(_app, user)).GetAsync("/Nominations/Holidays")).StatusCode);
        }
    }

    [Fact]
    public async Task Reminders_ThreeWorkingDaysBeforeTheSubmitDeadline_NotifyTheWardClerkOnce()
    {
        var id = await NominationScenario.ReadyDraftAsync(_app); // "trước ngày 24/11/2023" (Friday)
        var url = NominationScenario.Url(id);
        var clerk = await Http.SignedInAsync(_app, "canbo.tanphong");

        // Monday 20/11: 4 working days left — no reminder yet.
        Assert.DoesNotContain(DeadlineReminders.SubmitPrefix, WebUtility.HtmlDecode(await clerk.GetStringAsync("/Nominations/Notifications")));

        // Tuesday 21/11: 3 working days left — one reminder, not repeated on the next visits.
        _clock.Now = new DateTimeOffset(2023, 11, 21, 2, 0, 0, TimeSpan.Zero);
        clerk = await Http.SignedInAsync(_app, "canbo.tanphong");
        var page = WebUtility.HtmlDecode(await clerk.GetStringAsync("/Nominations/Notifications"));
        Assert.Contains("Nhắc hạn nộp hồ sơ \"Đề nghị khen thưởng sơ kết phong trào Vì người nghèo\": phải gửi trước ngày 24/11/2023, còn 3 ngày làm việc.", page);
        await clerk.GetStringAsync("/Nominations/Notifications");
        var clerkId = await Lookups.UserIdAsync(_app, "canbo.tanphong");
        Assert.Equal(1, await _app.WithDbAsync(db => db.Notifications.CountAsync(n => n.UserId == clerkId && n.Url == url && n.Text.StartsWith(DeadlineReminders.SubmitPrefix))));

        // Another ward's clerk is not reminded of it.
        var other = await Lookups.UserIdAsync(_app, "canbo.doanket");
        Assert.Equal(0, await _app.WithDbAsync(db => db.Notifications.CountAsync(n => n.UserId == other && n.Url == url)));
    }

    [Fact]
    public async Task Reminders_ThreeWorkingDaysBeforeTheAppraisalDeadline_NotifyTheAppraiser()
    {
        var id = await NominationScenario.ReadyDraftAsync(_app);
        Assert.True((await NominationScenario.TransitionAsync(_app, "canbo.tanphong", id, "submit")).IsSuccessStatusCode);
        Assert.True((await NominationScenario.TransitionAsync(_app, "thamdinh.tplc", id, "receive")).IsSuccessStatusCode); // Monday 20/11/2023 + 20 working days = 18/12/2023

        _clock.Now = new DateTimeOffset(2023, 12, 12, 2, 0, 0, TimeSpan.Zero); // 4 working days left
        var appraiser = await Http.SignedInAsync(_app, "thamdinh.tplc");
        Assert.DoesNotContain(DeadlineReminders.AppraisalPrefix, WebUtility.HtmlDecode(await appraiser.GetStringAsync("/Nominations/Notifications")));

        _clock.Now = new DateTimeOffset(2023, 12, 13, 2, 0, 0, TimeSpan.Zero); // 3 working days left
        appraiser = await Http.SignedInAsync(_app, "thamdinh.tplc");
        Assert.Contains("Nhắc hạn thẩm định hồ sơ \"Đề nghị khen thưởng sơ kết phong trào Vì người nghèo\": hạn thẩm định 18/12/2023, còn 3 ngày làm việc.",
            WebUtility.HtmlDecode(await appraiser.GetStringAsync("/Nominations/Notifications")));
        var clerkId = await Lookups.UserIdAsync(_app, "canbo.tanphong");
        Assert.Equal(0, await _app.WithDbAsync(db => db.Notifications.CountAsync(n => n.UserId == clerkId && n.Text.StartsWith(DeadlineReminders.AppraisalPrefix))));
    }

    [Fact]
    public async Task Quotas_AppraiserAllotsOneIndividualToTheWard_SubmitOverQuotaIsRefusedAndOthersGet404()
    {
        var movement = await _app.WithDbAsync(db => db.Movements.Where(m => m.Name.Contains("vì người nghèo")).Select(m => m.Id).FirstAsync());
        var ward = await Lookups.UnitIdAsync(_app, "LCH-TP-TANPHONG");
        var appraiser = await Http.SignedInAsync(_app, "thamdinh.tplc");
        Assert.Equal(HttpStatusCode.OK, (await appraiser.GetAsync("/Nominations/Quotas")).StatusCode);
        Dictionary<string, string> Form(string kind, string count, string conference = "") => new()
        {
            ["Input.OrgUnitId"] = ward.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.MovementId"] = movement.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Input.ConferenceId"] = conference,
            ["Input.Kind"] = kind, ["Input.Count"] = count, ["Input.SubmitBefore"] = "24/11/2023",
        };

        Lookups.AssertRedirect(await Http.PostFormAsync(appraiser, "/Nominations/Quotas?handler=Add", Form("Individual", "1"), "/Nominations/Quotas"));
        var q = await _app.WithDbAsync(db => db.QuotaAllotments.AsNoTracking().SingleAsync(x => x.OrgUnitId == ward && x.MovementId == movement));
        Assert.Equal((Domain.Awards.SubjectKind.Individual, 1, new DateOnly(2023, 11, 24)), (q.SubjectKind, q.Count, q.SubmitBefore!.Value));
        Assert.Contains("Phong trào: ", WebUtility.HtmlDecode(await appraiser.GetStringAsync("/Nominations/Quotas")));

        var duplicate = WebUtility.HtmlDecode(await (await Http.PostFormAsync(appraiser, "/Nominations/Quotas?handler=Add", Form("Individual", "3"), "/Nominations/Quotas")).Content.ReadAsStringAsync());
        Assert.Contains("Đơn vị này đã có chỉ tiêu cá nhân cho đợt này", duplicate);
        var both = WebUtility.HtmlDecode(await (await Http.PostFormAsync(appraiser, "/Nominations/Quotas?handler=Add", Form("Household", "1", "5"), "/Nominations/Quotas")).Content.ReadAsStringAsync());
        Assert.Contains("Hãy chọn đúng một phong trào thi đua hoặc một hội nghị.", both);

        // The ward proposes 2 individuals for the movement: submitting is refused, naming the kind over quota.
        var id = await NominationScenario.ReadyDraftAsync(_app, movement);
        var clerk = await Http.SignedInAsync(_app, "canbo.tanphong");
        var version = await _app.WithDbAsync(db => db.Dossiers.Where(d => d.Id == id).Select(d => d.Version).SingleAsync());
        var refused = WebUtility.HtmlDecode(await (await Http.PostFormAsync(clerk, $"{NominationScenario.Url(id)}?handler=Submit",
            new() { ["Input.Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture) }, NominationScenario.Url(id))).Content.ReadAsStringAsync());
        Assert.Contains("vượt chỉ tiêu cá nhân (được phân bổ 1", refused);
        Assert.Equal(HttpStatusCode.NotFound, (await clerk.GetAsync("/Nominations/Quotas")).StatusCode);

        Lookups.AssertRedirect(await Http.PostFormAsync(appraiser, $"/Nominations/Quotas?handler=Remove&quotaId={q.Id}", [], "/Nominations/Quotas"));
        Assert.False(await _app.WithDbAsync(db => db.QuotaAllotments.AnyAsync(x => x.Id == q.Id)));
    }
}
