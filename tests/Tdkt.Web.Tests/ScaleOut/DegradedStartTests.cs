using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Tdkt.Testing;

namespace Tdkt.Web.Tests.ScaleOut;

/// <summary>Bad input of issue 17 (ADR-0040): a replica that does not connect, a replica connection string that is not
/// one, a job store that cannot be read, a node with other Data Protection settings — the app starts, serves what it
/// can, logs one warning naming the part, and /health says which part is down.</summary>
public sealed class DegradedStartTests
{
    private sealed class CapturedLog : ILoggerProvider
    {
        public ConcurrentQueue<string> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this);

        public void Dispose()
        {
        }

        private sealed class Logger(CapturedLog sink) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                sink.Lines.Enqueue($"{logLevel}: {formatter(state, exception)}");
        }
    }

    private static async Task<(TdktFactory App, CapturedLog Log)> StartAsync(string name, Dictionary<string, string?> settings, Func<string, Task>? before = null)
    {
        var app = await TestDatabases.NewFactoryAsync(name, settings);
        if (before is not null)
        {
            await before(app.Database);
        }

        var log = new CapturedLog();
        app.TestServices = s => s.AddSingleton<ILoggerProvider>(log);
        return (app, log);
    }

    /// <summary>The start-up warning is written once the host has started, just after the first request may be served.</summary>
    private static async Task<string> StartupWarningAsync(CapturedLog log, string part)
    {
        for (var i = 0; i < 200; i++)
        {
            if (log.Lines.FirstOrDefault(l => l.Contains("khởi động ở chế độ suy giảm — " + part + ":", StringComparison.Ordinal)) is { } line)
            {
                return line;
            }

            await Task.Delay(50);
        }

        Assert.Fail($"no start-up warning for {part}; log: {string.Join(" | ", log.Lines)}");
        return string.Empty;
    }

    private static async Task<(HttpStatusCode Code, JsonElement Body)> HealthAsync(TdktFactory app)
    {
        var response = await app.CreateClient().GetAsync("/health");
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    [Fact]
    public async Task ReplicaThatDoesNotConnect_AppStartsDegraded_LogAndHealthNameTheReplica_RegistryReadsThePrimary()
    {
        var (app, log) = await StartAsync(nameof(ReplicaThatDoesNotConnect_AppStartsDegraded_LogAndHealthNameTheReplica_RegistryReadsThePrimary),
            new() { ["ConnectionStrings:TdktReadOnly"] = "Host=127.0.0.1;Port=9;Database=tdkt;Username=tdkt_ro;Password=x;Timeout=2" });
        using var _ = app;

        var (code, health) = await HealthAsync(app);
        var leader = await Http.SignedInAsync(app, "lanhdao.tplc");
        var registry = await leader.GetAsync("/Registry");

        Assert.Equal(HttpStatusCode.OK, code); // degraded, not down: the balancer keeps the node
        Assert.Equal("Degraded", health.GetProperty("status").GetString());
        Assert.Equal("Healthy", health.GetProperty("database").GetString());
        Assert.Equal("Degraded", health.GetProperty("checks").GetProperty("replica").GetProperty("status").GetString());
        Assert.Contains("không kết nối được", await StartupWarningAsync(log, "replica"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, registry.StatusCode);
        Assert.Contains(log.Lines, l => l.Contains("Bản sao chỉ đọc (TdktReadOnly) không kết nối được", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReplicaConnectionStringThatIsNotOne_AppStarts_HealthSaysItIsInvalid()
    {
        var (app, log) = await StartAsync(nameof(ReplicaConnectionStringThatIsNotOne_AppStarts_HealthSaysItIsInvalid),
            new() { ["ConnectionStrings:TdktReadOnly"] = "đây không phải chuỗi kết nối" });
        using var _ = app;

        var (code, health) = await HealthAsync(app);
        var leader = await Http.SignedInAsync(app, "lanhdao.tplc");

        Assert.Equal(HttpStatusCode.OK, code);
        var replica = health.GetProperty("checks").GetProperty("replica");
        Assert.Equal("Degraded", replica.GetProperty("status").GetString());
        Assert.Contains("không hợp lệ", replica.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await leader.GetAsync("/Registry")).StatusCode);
        Assert.Contains("không hợp lệ", await StartupWarningAsync(log, "replica"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task JobStoreThatCannotBeRead_AppStartsDegraded_HealthNamesTheJobs_PagesStillServed()
    {
        var (app, log) = await StartAsync(nameof(JobStoreThatCannotBeRead_AppStartsDegraded_HealthNamesTheJobs_PagesStillServed),
            new() { ["Tdkt:ReminderIntervalMinutes"] = "60" },
            async db =>
            {
                await using var conn = new NpgsqlConnection(PostgresCluster.Instance.ConnectionString(db));
                await conn.OpenAsync();
                await using var cmd = new NpgsqlCommand("ALTER TABLE job_leases RENAME TO job_leases_unreachable", conn);
                await cmd.ExecuteNonQueryAsync();
            });
        using var _ = app;

        var (code, health) = await HealthAsync(app);
        var clerk = await Http.SignedInAsync(app, "canbo.tanphong");

        Assert.Equal(HttpStatusCode.OK, code);
        Assert.Equal("Degraded", health.GetProperty("status").GetString());
        Assert.Equal("Healthy", health.GetProperty("database").GetString());
        var jobs = health.GetProperty("checks").GetProperty("jobs");
        Assert.Equal("Degraded", jobs.GetProperty("status").GetString());
        Assert.Contains("kho lịch chạy nền", jobs.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Contains("job_leases", await StartupWarningAsync(log, "jobs"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await clerk.GetAsync("/Nominations")).StatusCode);
    }

    [Fact]
    public async Task NodeWithOtherDataProtectionSettings_StartsAndLogsThatItsKeysCannotBeRead()
    {
        var template = await TestDatabases.NewFactoryAsync(nameof(NodeWithOtherDataProtectionSettings_StartsAndLogsThatItsKeysCannotBeRead));
        template.Dispose(); // only its database: the key ring there is encrypted with the template's certificate
        var stranger = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"tdkt-dp-stranger-{Environment.ProcessId}-{Guid.NewGuid():N}")).FullName;
        var log = new CapturedLog();
        using var app = new TdktFactory(template.Database, stranger) { TestServices = s => s.AddSingleton<ILoggerProvider>(log) };

        var (code, health) = await HealthAsync(app);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, code); // its sign-ins would not work elsewhere: out of the balancer
        Assert.Equal("Healthy", health.GetProperty("database").GetString());
        Assert.Equal("Unhealthy", health.GetProperty("checks").GetProperty("dataProtection").GetProperty("status").GetString());
        Assert.Contains("không giải mã được", await StartupWarningAsync(log, "dataProtection"), StringComparison.Ordinal);
    }
}
