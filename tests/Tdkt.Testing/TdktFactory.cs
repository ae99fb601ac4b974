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

    public string Database { get; } = database;
    public string DataFolder { get; } = dataFolder;
    public string ConnectionString => PostgresCluster.Instance.ConnectionString(Database);

    /// <summary>Replaces the app's TimeProvider when set before the server starts (e.g. a <see cref="SettableClock"/>).</summary>
    public TimeProvider? Clock { get; set; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Tdkt", ConnectionString);
        builder.UseSetting("Tdkt:DataFolder", DataFolder);
        builder.UseSetting("Tdkt:DemoData", "false");
        builder.UseSetting("Tdkt:LoginAttemptsPerMinute", "100000");
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

        foreach (var (k, v) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(k, v);
        }
    }

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
