using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Tdkt.Testing;
using Tdkt.Web.Infrastructure;

namespace Tdkt.Web.Tests.Ux;

/// <summary>Home is a work queue per role; each counter opens the inbox filtered to exactly what it counts (issue 13 item 1).</summary>
public sealed partial class WorkQueueTests : IAsyncLifetime
{
    private TdktFactory _app = null!;

    public async Task InitializeAsync() => _app = await TestDatabases.NewFactoryAsync(nameof(WorkQueueTests));

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("canbo.tanphong", "q-drafts,q-returned,q-deadlines,q-reports")]
    [InlineData("thamdinh.tplc", "q-to-receive,q-appraising,q-overdue,q-consultations")]
    [InlineData("lanhdao.tplc", "q-to-sign")]
    [InlineData("thuky.hdtdkt", "q-sessions-prepare,q-sessions-voting")]
    [InlineData("hoidong.tv1", "q-ballots")]
    [InlineData("xem.tinh", "q-open,q-decided,q-returned-all,q-overdue-all")]
    public async Task Home_RoleCounters_LinkToListWithTheSameCount(string user, string counterIds)
    {
        var counters = counterIds.Split(',');
        var client = await Http.SignedInAsync(_app, user);
        var home = await client.GetStringAsync("/");
        foreach (var id in counters)
        {
            var m = Regex.Match(home, $"href=\"([^\"]+)\" data-testid=\"{id}\" data-count=\"(\\d+)\"");
            Assert.True(m.Success, $"{user}: no counter {id}");
            var url = WebUtility.HtmlDecode(m.Groups[1].Value);
            var count = int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
            var list = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, list.StatusCode);
            if (url.StartsWith("/Nominations", StringComparison.Ordinal))
            {
                Assert.Equal(count, ListCount(await list.Content.ReadAsStringAsync()));
            }
        }
    }

    [Fact]
    public async Task Layout_UnreadNotifications_ShowBadgeNotRazorText()
    {
        var client = await Http.SignedInAsync(_app, "xem.tinh");
        var userId = await _app.WithDbAsync(db => db.Users.Where(u => u.UserName == "xem.tinh").Select(u => u.Id).SingleAsync());
        await _app.WithDbAsync(async db =>
        {
            db.Notifications.AddRange(
                new Tdkt.Web.Data.Notification { UserId = userId, At = DateTimeOffset.UtcNow, Text = "Thông báo kiểm tra 1" },
                new Tdkt.Web.Data.Notification { UserId = userId, At = DateTimeOffset.UtcNow, Text = "Thông báo kiểm tra 2" });
            return await db.SaveChangesAsync();
        });

        var unread = await _app.WithDbAsync(db => db.Notifications.CountAsync(n => n.UserId == userId && n.ReadAt == null));
        var home = WebUtility.HtmlDecode(await client.GetStringAsync("/"));
        var link = Regex.Match(home, "data-testid=\"notifications-badge\">(.*?)</a>", RegexOptions.Singleline).Groups[1].Value;

        // "Thông báo@if" was read by Razor as an e-mail address: the code showed as text and the badge never rendered.
        Assert.DoesNotContain("@if", link, StringComparison.Ordinal);
        Assert.Contains($"text-bg-warning ms-1\">{unread}<", link, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_ClerkWithDemoDossiers_CountsDraftAndReturned()
    {
        var client = await Http.SignedInAsync(_app, "canbo.phuongtanphong"); // the new ward of the current demo scenario
        var home = await client.GetStringAsync("/");
        Assert.True(Count(home, "q-drafts") >= 1);
        Assert.True(Count(home, "q-returned") >= 1);
        Assert.DoesNotContain("data-testid=\"q-to-receive\"", home); // the clerk has no appraiser counters
    }

    [Fact]
    public async Task Inbox_FilterByStep_OnlyThatStepAndExportHasTheSameRows()
    {
        var client = await Http.SignedInAsync(_app, "canbo.tanphong");
        var all = ListCount(await client.GetStringAsync("/Nominations"));
        var draftsHtml = await client.GetStringAsync("/Nominations?buoc=Draft");
        var drafts = ListCount(draftsHtml);
        Assert.InRange(drafts, 1, all - 1);
        Assert.Contains("value=\"Draft\" selected=\"selected\"", draftsHtml);

        var xlsx = await client.GetAsync("/Nominations?buoc=Draft&handler=Xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal(Xlsx.ContentType, xlsx.Content.Headers.ContentType?.MediaType);
        var rows = Xlsx.Read(await xlsx.Content.ReadAsByteArrayAsync());
        Assert.NotNull(rows);
        Assert.Equal(drafts + 1, rows!.Count); // header + one row per dossier
        Assert.Equal("Hồ sơ", rows[0].Cells[1]);
    }

    [Fact]
    public async Task Inbox_Viewer_HasNoCreateButton_ClerkHasIt()
    {
        var viewer = await Http.SignedInAsync(_app, "xem.tinh");
        Assert.DoesNotContain("Tạo hồ sơ đề nghị", await viewer.GetStringAsync("/Nominations"));
        var clerk = await Http.SignedInAsync(_app, "canbo.tanphong");
        Assert.Contains("Tạo hồ sơ đề nghị", await clerk.GetStringAsync("/Nominations"));
    }

    [Fact]
    public async Task Inbox_OverdueAppraisal_ReadsQuaHanNotNegative()
    {
        var client = await Http.SignedInAsync(_app, "thamdinh.tplc");
        var html = await client.GetStringAsync("/Nominations");
        Assert.DoesNotContain("còn -", html);
        Assert.DoesNotMatch(NegativeDays(), html);
    }

    private static int Count(string html, string id) =>
        int.Parse(Regex.Match(html, $"data-testid=\"{id}\" data-count=\"(\\d+)\"").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    private static int ListCount(string html)
    {
        var m = Regex.Match(html, "data-testid=\"count\">[^<]*<strong>(\\d+)</strong>");
        Assert.True(m.Success, "no count on the inbox");
        return int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"\(-\d+ ngày")]
    private static partial Regex NegativeDays();
}
