using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Tdkt.Testing;
using Tdkt.Web.Infrastructure;

namespace Tdkt.Web.Tests.Hardening;

/// <summary>The app started as ./run starts it: no connection string, so its own PostgreSQL under the data folder.
/// It migrates as the cluster's owner and seeds and serves as the ordinary role tdkt_app (ADR-0034); when the
/// postmaster is killed, the watchdog starts it again and /health goes back to 200 (issue 15 item 8).</summary>
public sealed class EmbeddedClusterTests
{
    [Fact]
    public async Task EmbeddedCluster_ServesAsOrdinaryRole_AndRecoversAfterPostmasterKilled()
    {
        var data = TestFolders.ForEmbeddedCluster("tdkt-embedded-");

        var port = 57000 + (Environment.ProcessId % 900);
        using var app = new TdktFactory("unused", data, new Dictionary<string, string?>
        {
            ["ConnectionStrings:Tdkt"] = "",
            ["Tdkt:EmbeddedPgPort"] = port.ToString(CultureInfo.InvariantCulture),
            ["Tdkt:EmbeddedPgWatchSeconds"] = "1",
            ["Tdkt:DemoData"] = "true",
        });
        try
        {
            var client = Http.Anonymous(app);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
            var role = await app.WithDbAsync(db => db.Database.SqlQueryRaw<string>("SELECT current_user::text AS \"Value\"").SingleAsync());
            Assert.Equal(EmbeddedPostgres.AppRole, role);
            // The demo data was seeded by that role: people can sign in.
            await Http.SignedInAsync(app, "admin");

            var pidFile = Path.Combine(data, "pg", "data", "postmaster.pid");
            var postmaster = int.Parse(File.ReadLines(pidFile).First(), CultureInfo.InvariantCulture);
            using (var p = Process.GetProcessById(postmaster))
            {
                p.Kill();
                await p.WaitForExitAsync();
            }

            var watchdog = app.Services.GetServices<IHostedService>().OfType<EmbeddedPostgresWatchdog>().Single();
            var statuses = new List<HttpStatusCode>();
            for (var i = 0; i < 120 && (statuses.Count == 0 || statuses[^1] != HttpStatusCode.OK || watchdog.Restarts == 0); i++)
            {
                await Task.Delay(500);
                statuses.Add((await client.GetAsync("/health")).StatusCode);
            }

            Console.WriteLine($"after kill -9 of the postmaster: /health {string.Join(", ", statuses.Select(s => (int)s))}; watchdog restarts {watchdog.Restarts}");
            Assert.Equal(HttpStatusCode.OK, statuses[^1]);
            Assert.Equal(1, watchdog.Restarts);
            var newPostmaster = int.Parse(File.ReadLines(pidFile).First(), CultureInfo.InvariantCulture);
            Assert.NotEqual(postmaster, newPostmaster);
            // The data survived crash recovery and the pages work again.
            var admin = await Http.SignedInAsync(app, "admin");
            Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/Audit/Chain")).StatusCode);
        }
        finally
        {
            app.Dispose();
            var ctl = Path.Combine(data, "pg", "data", "postmaster.pid");
            if (File.Exists(ctl))
            {
                // Stopped with the app normally; a failed start may leave it running.
                var bin = Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin", "pg_ctl")).First(File.Exists);
                using var stop = Process.Start(new ProcessStartInfo("runuser", ["-u", "postgres", "--", bin, "-D", Path.Combine(data, "pg", "data"), "-m", "immediate", "stop"]) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true })!;
                await stop.WaitForExitAsync();
            }

            Directory.Delete(data, recursive: true);
        }
    }
}
