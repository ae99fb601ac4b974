using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using OpenTelemetry.Trace;
using Tdkt.Testing;
using Tdkt.Web.Infrastructure;
using Tdkt.Web.Pages.Nominations;

namespace Tdkt.Web.Tests.ScaleOut;

/// <summary>OpenTelemetry traces (ADR-0040), caught by the in-memory exporter: a request's span has the database
/// commands it ran as children; a background job pass is a span of its own with its commands under it.</summary>
public sealed class TracingTests : IAsyncLifetime
{
    private readonly List<Activity> _spans = [];
    private TdktFactory _app = null!;

    public async Task InitializeAsync() =>
        _app = await TestDatabases.NewFactoryAsync(nameof(TracingTests), new Dictionary<string, string?> { ["Tdkt:Tracing:Enabled"] = "true" });

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> Traced() =>
        _app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.ConfigureOpenTelemetryTracerProvider(t => t.AddInMemoryExporter(_spans))));

    /// <summary>The exporter receives a span when it ends, which for a request is just after the response is sent.</summary>
    private async Task<Activity> SpanAsync(Func<Activity, bool> match)
    {
        for (var i = 0; i < 200; i++)
        {
            lock (_spans)
            {
                if (_spans.FirstOrDefault(match) is { } found)
                {
                    return found;
                }
            }

            await Task.Delay(50);
        }

        lock (_spans)
        {
            Assert.Fail("no such span among: " + string.Join(", ", _spans.Select(s => $"{s.Source.Name}:{s.DisplayName}")));
        }

        return null!;
    }

    private List<Activity> ChildrenOf(Activity parent, string source)
    {
        lock (_spans)
        {
            return [.. _spans.Where(s => s.ParentSpanId == parent.SpanId && s.TraceId == parent.TraceId && s.Source.Name == source)];
        }
    }

    [Fact]
    public async Task PublicPage_Request_HasASpanWithDatabaseCommandSpansAsChildren()
    {
        using var node = Traced();
        var response = await node.CreateClient().GetAsync("/cong-khai");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var request = await SpanAsync(s => s.Source.Name == "Microsoft.AspNetCore" && (s.GetTagItem("url.path") as string) == "/cong-khai");
        Assert.Equal(ActivityKind.Server, request.Kind);
        Assert.Equal(200, request.GetTagItem("http.response.status_code"));
        var commands = ChildrenOf(request, "Npgsql");
        Assert.NotEmpty(commands);
        Assert.All(commands, c => Assert.Equal(ActivityKind.Client, c.Kind));
        Assert.Contains(commands, c => c.GetTagItem("db.query.text") is string sql && sql.Contains("SELECT", StringComparison.OrdinalIgnoreCase)
            || c.GetTagItem("db.statement") is string statement && statement.Contains("SELECT", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task ReminderTick_IsAJobSpanWithItsDatabaseCommandsUnderIt()
    {
        using var node = Traced();
        var scopes = node.Services.GetRequiredService<IServiceScopeFactory>();

        var added = await ReminderRunner.TickAsync(scopes, TimeSpan.FromHours(1), NullLogger.Instance, CancellationToken.None);

        Assert.NotNull(added);
        var job = await SpanAsync(s => s.Source.Name == Tracing.SourceName && s.DisplayName == "job " + ReminderRunner.JobName);
        Assert.Equal("ok", job.GetTagItem("tdkt.job.outcome"));
        Assert.Equal(added, job.GetTagItem("tdkt.job.items"));
        Assert.NotEmpty(ChildrenOf(job, "Npgsql"));
    }
}
