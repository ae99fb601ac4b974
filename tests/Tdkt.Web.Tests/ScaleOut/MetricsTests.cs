using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Tdkt.Testing;

namespace Tdkt.Web.Tests.ScaleOut;

/// <summary>/metrics for Prometheus, answered only to the configured addresses (default loopback), and /health
/// naming each part (ADR-0027).</summary>
public sealed class MetricsTests : IAsyncLifetime
{
    private TdktFactory _app = null!;

    public async Task InitializeAsync() => _app = await TestDatabases.NewFactoryAsync(nameof(MetricsTests));

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Metrics_FromLoopback_HasRequestDurationPerEndpointAndDatabaseTime()
    {
        using var node = From(IPAddress.Loopback);
        var client = node.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode); // a request and database commands

        var response = await client.GetAsync("/metrics");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("http_server_request_duration_seconds_bucket", text, StringComparison.Ordinal);
        Assert.Contains("http_route=\"/health\"", text, StringComparison.Ordinal);
        Assert.Contains("db_client_", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_AfterAReminderPass_HaveJobDurationAndTheMailQueue()
    {
        using var node = From(IPAddress.Loopback);
        var scopes = node.Services.GetRequiredService<IServiceScopeFactory>();
        _ = node.Services.GetRequiredService<Tdkt.Web.Infrastructure.NotificationMailQueue>();
        Assert.NotNull(await Tdkt.Web.Pages.Nominations.ReminderRunner.TickAsync(scopes, TimeSpan.FromHours(1),
            Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance, CancellationToken.None));

        var text = await node.CreateClient().GetStringAsync("/metrics");

        Assert.Contains("tdkt_job_duration_seconds_bucket{", text, StringComparison.Ordinal);
        Assert.Contains("job=\"deadline-reminders\"", text, StringComparison.Ordinal);
        Assert.Contains("tdkt_job_runs_total{", text, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^tdkt_mail_queue[{ ]", text);
    }

    [Fact]
    public async Task Metrics_FromAnotherAddress_NotFound()
    {
        using var node = From(IPAddress.Parse("203.0.113.7"));

        var response = await node.CreateClient().GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("http_server", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_NamesDatabaseKeyRingAndJobScheduler()
    {
        var response = await _app.CreateClient().GetAsync("/health");
        var health = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("checks");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", health.GetProperty("database").GetProperty("status").GetString());
        Assert.Equal("Healthy", health.GetProperty("dataProtection").GetProperty("status").GetString());
        Assert.Equal("Healthy", health.GetProperty("jobs").GetProperty("status").GetString());
    }

    /// <summary>The app as seen from <paramref name="remote"/> (TestServer has no client address of its own).</summary>
    private WebApplicationFactory<Program> From(IPAddress remote) =>
        _app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IStartupFilter>(new RemoteAddress(remote))));

    private sealed class RemoteAddress(IPAddress ip) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((HttpContext ctx, RequestDelegate n) =>
            {
                ctx.Connection.RemoteIpAddress = ip;
                return n(ctx);
            });
            next(app);
        };
    }
}
