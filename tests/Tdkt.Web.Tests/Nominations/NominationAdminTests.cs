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
}
