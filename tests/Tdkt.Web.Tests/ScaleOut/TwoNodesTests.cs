using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Tdkt.Testing;
using Tdkt.Web.Pages.Nominations;
using static Tdkt.Web.Tests.Nominations.NominationScenario;

namespace Tdkt.Web.Tests.ScaleOut;

/// <summary>Two app nodes (two hosts of the real app) on one PostgreSQL database, sharing only the database and the
/// key-encryption certificate, as two machines behind a reverse proxy would (ADR-0026).</summary>
public sealed class TwoNodesTests : IAsyncLifetime
{
    // Tuesday 21/11/2023, 09:00 in Lai Châu: the seed draft must be sent before Friday 24/11 — 3 working days left.
    private readonly SettableClock _clock = new(new DateTimeOffset(2023, 11, 21, 2, 0, 0, TimeSpan.Zero));
    private TdktFactory _a = null!;
    private TdktFactory _b = null!;

    public async Task InitializeAsync()
    {
        _a = await TestDatabases.NewFactoryAsync(nameof(TwoNodesTests), new Dictionary<string, string?> { ["Tdkt:NodeName"] = "node-a" });
        _b = new TdktFactory(_a.Database, _a.DataFolder, new Dictionary<string, string?> { ["Tdkt:NodeName"] = "node-b" });
        _a.Clock = _clock;
        _b.Clock = _clock;
    }

    public Task DisposeAsync()
    {
        _b.Dispose();
        _a.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task SignIn_ThroughOneNode_ContinuesThroughTheOther()
    {
        var cookies = new CookieContainer();
        var viaA = _a.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(cookies));
        var viaB = _b.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(cookies));
        Lookups.AssertRedirect(await Http.PostFormAsync(viaA, "/Account/Login",
            new() { ["Input.UserName"] = "canbo.tanphong", ["Input.Password"] = TestDatabases.DemoPassword }));

        var inbox = await viaB.GetAsync("/Nominations");
        Assert.Equal(HttpStatusCode.OK, inbox.StatusCode);

        // The form (and its antiforgery token) comes from node A, the post lands on node B.
        var form = await (await viaA.GetAsync("/Nominations/Create")).Content.ReadAsStringAsync();
        var ward = await Lookups.UnitIdAsync(_a, "LCH-TP-TANPHONG");
        var created = await viaB.PostAsync("/Nominations/Create", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Http.AntiforgeryToken(form)!,
            ["Input.Title"] = "Đề nghị khen thưởng gửi qua máy thứ hai",
            ["Input.ProposingUnitId"] = ward.ToString(CultureInfo.InvariantCulture),
            ["Input.Kind"] = "AdHoc", ["Input.Level"] = "Grassroots", ["Input.Year"] = "2023", ["Input.SubmitBefore"] = "24/12/2023",
            ["Input.MovementId"] = "",
        }));
        Lookups.AssertRedirect(created);

        var details = await viaA.GetAsync(created.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, details.StatusCode);
        Assert.Contains("Đề nghị khen thưởng gửi qua máy thứ hai", await details.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ReminderPass_OnBothNodesAtOnce_WritesEachReminderOnce()
    {
        var id = await ReadyDraftAsync(_a);
        var ward = await Lookups.UnitIdAsync(_a, "LCH-TP-TANPHONG");
        var clerks = await _a.WithDbAsync(db => db.RoleGrants.Where(g => g.OrgUnitId == ward && g.Role == Tdkt.Domain.Security.Role.UnitClerk)
            .Select(g => g.UserId).Distinct().CountAsync());

        var scopesA = _a.Services.GetRequiredService<IServiceScopeFactory>();
        var scopesB = _b.Services.GetRequiredService<IServiceScopeFactory>();
        await Task.WhenAll(ReminderRunner.RunOnceAsync(scopesA, CancellationToken.None), ReminderRunner.RunOnceAsync(scopesB, CancellationToken.None));
        await ReminderRunner.RunOnceAsync(scopesB, CancellationToken.None);
        await ReminderRunner.RunOnceAsync(scopesA, CancellationToken.None);

        var perUser = await _a.WithDbAsync(db => db.Notifications.AsNoTracking()
            .Where(n => n.Url == Url(id) && n.Text.StartsWith(DeadlineReminders.SubmitPrefix))
            .GroupBy(n => n.UserId).Select(g => g.Count()).ToListAsync());
        Assert.True(clerks >= 1);
        Assert.Equal(clerks, perUser.Count);
        Assert.All(perUser, count => Assert.Equal(1, count));
    }

    [Fact]
    public async Task ScheduledTick_OnBothNodes_OnlyOneNodeRunsThePass()
    {
        var hour = TimeSpan.FromHours(1);
        var ticks = await Task.WhenAll(
            ReminderRunner.TickAsync(_a.Services.GetRequiredService<IServiceScopeFactory>(), hour, NullLogger.Instance, CancellationToken.None),
            ReminderRunner.TickAsync(_b.Services.GetRequiredService<IServiceScopeFactory>(), hour, NullLogger.Instance, CancellationToken.None));
        var again = await ReminderRunner.TickAsync(_b.Services.GetRequiredService<IServiceScopeFactory>(), hour, NullLogger.Instance, CancellationToken.None);

        Assert.Single(ticks, t => t is not null);
        Assert.Null(again);
        var runs = await _a.WithDbAsync(db => db.Database
            .SqlQueryRaw<long>("""SELECT "Runs" AS "Value" FROM job_leases WHERE "Name" = 'deadline-reminders'""").ToListAsync());
        Assert.Equal([1L], runs);
    }

    [Fact]
    public async Task KeyRing_InTheDatabase_IsEncryptedWithTheCertificate()
    {
        await Http.SignedInAsync(_a, "canbo.tanphong");

        var keys = await _a.WithDbAsync(db => db.Database.SqlQueryRaw<string>("""SELECT "Xml" AS "Value" FROM data_protection_keys""").ToListAsync());

        Assert.NotEmpty(keys);
        Assert.All(keys, xml =>
        {
            Assert.Contains("EncryptedData", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<value>", xml, StringComparison.Ordinal); // the master key in clear
        });
        Assert.True(File.Exists(Path.Combine(_a.DataFolder, "dataprotection-kek.pfx")));
    }

    [Fact]
    public async Task NodeWithAnotherCertificate_Health_NamesDataProtectionAsDown()
    {
        await Http.SignedInAsync(_a, "canbo.tanphong");
        var healthyA = await HealthAsync(_a);
        var stranger = Path.Combine(Path.GetTempPath(), $"tdkt-stranger-{Environment.ProcessId}-{Guid.NewGuid():N}");
        using var c = new TdktFactory(_a.Database, stranger);

        var healthC = await HealthAsync(c);

        Assert.Equal("Healthy", healthyA.GetProperty("checks").GetProperty("dataProtection").GetProperty("status").GetString());
        Assert.Equal("Unhealthy", healthC.GetProperty("status").GetString());
        Assert.Equal("Healthy", healthC.GetProperty("database").GetString());
        var dp = healthC.GetProperty("checks").GetProperty("dataProtection");
        Assert.Equal("Unhealthy", dp.GetProperty("status").GetString());
        Assert.Contains("không giải mã được", dp.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    private static async Task<JsonElement> HealthAsync(TdktFactory node)
    {
        var response = await node.CreateClient().GetAsync("/health");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }
}
