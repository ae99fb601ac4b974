using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Tdkt.Web.Data;

namespace Tdkt.Testing;

/// <summary>The real app on a real PostgreSQL database of its own.</summary>
public sealed class TdktFactory(string database, string dataFolder, IReadOnlyDictionary<string, string?>? settings = null)
    : WebApplicationFactory<Program>
{
    // Each factory otherwise opens inotify watchers (config reload, content root); dozens of factories in one test
    // process exhaust the default per-user limit of 128 instances and the app fails to start.
    static TdktFactory()
    {
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
    }

    public const string TestIndexKey = "tdkt-tests-citizen-id-index-key-0123456789";

    public string Database { get; } = database;
    public string DataFolder { get; } = dataFolder;
    public string ConnectionString => PostgresCluster.Instance.ConnectionString(Database);

    /// <summary>Replaces the app's TimeProvider when set before the server starts (e.g. a <see cref="SettableClock"/>).</summary>
    public TimeProvider? Clock { get; set; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        // The production statement settings (auto-prepared statements, no reset on close), so the suite runs with them.
        builder.UseSetting("ConnectionStrings:Tdkt", ConnectionString + ";" + Tdkt.Web.Infrastructure.EmbeddedPostgres.StatementSettings);
        builder.UseSetting("Tdkt:DataFolder", DataFolder);
        builder.UseSetting("Tdkt:DemoData", "false");
        builder.UseSetting("Tdkt:LoginAttemptsPerMinute", "100000");
        // One blind-index key for the template and its clones (demo hashes must match); configuration, not code.
        builder.UseSetting("Tdkt:CitizenIdIndexKey", TestIndexKey);
        // The suite signs demo admins and signers in with a password only; MfaTests turn the requirement on.
        builder.UseSetting("Tdkt:RequireMfa", "false");
        // Background reminder passes are off unless a test asks (settings below override).
        builder.UseSetting("Tdkt:ReminderIntervalMinutes", "0");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // TestServer has no request-size feature: its per-request warning is noise here.
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore.Routing.EndpointRoutingMiddleware", "Error");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore.Mvc.Filters", "Error");
        if (Clock is { } clock)
        {
            builder.ConfigureTestServices(s => s.AddSingleton(clock));
        }

        builder.ConfigureTestServices(s =>
        {
            s.AddTransient<IStartupFilter, TestClientAddress>();
            TestServices?.Invoke(s);
        });

        foreach (var (k, v) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(k, v);
        }
    }

    /// <summary>Extra service registrations applied after the app's own (set before the server starts).</summary>
    public Action<IServiceCollection>? TestServices { get; set; }

    /// <summary>A DbContext on this factory's database, outside any request (for arranging and asserting).</summary>
    public async Task<T> WithDbAsync<T>(Func<TdktDbContext, Task<T>> work)
    {
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TdktDbContext>();
        return await work(db);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        NpgsqlConnection.ClearAllPools();
    }
}

/// <summary>TestServer has no client address: a request's <c>X-Test-Client-Ip</c> header becomes it (before the app's
/// pipeline), so per-address rules (sign-in throttling, rate limits, forwarded headers) can be exercised.</summary>
public sealed class TestClientAddress : IStartupFilter
{
    public const string Header = "X-Test-Client-Ip";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (ctx, nextMiddleware) =>
        {
            if (ctx.Request.Headers.TryGetValue(Header, out var ip) && System.Net.IPAddress.TryParse(ip.ToString(), out var address))
            {
                ctx.Connection.RemoteIpAddress = address;
            }

            await nextMiddleware();
        });
        next(app);
    };
}
