using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Npgsql;
using Tdkt.Testing;

namespace Tdkt.Web.Tests.Scale;

/// <summary>Two real app processes (dotnet Tdkt.Web.dll on two ports, one PostgreSQL database) behind nginx round
/// robin (issue 17 item 3): a session made on one node continues on the other, the reminder timers of both nodes run
/// each reminder once, and killing a node while dossiers are being created loses or doubles nothing committed.</summary>
public sealed class NginxTwoNodesTests(NginxTwoNodesTests.Cluster env) : IClassFixture<NginxTwoNodesTests.Cluster>
{
    public sealed class Cluster : IAsyncLifetime
    {
        private readonly List<Process> _processes = [];
        public string Database { get; private set; } = string.Empty;
        public string ConnectionString => PostgresCluster.Instance.ConnectionString(Database);
        public Uri NodeA { get; private set; } = null!;
        public Uri NodeB { get; private set; } = null!;
        public Uri Proxy { get; private set; } = null!;
        public Process ProcessB { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            using var arrange = await TestDatabases.NewFactoryAsync(nameof(NginxTwoNodesTests));
            Database = arrange.Database;
            // Drafts due in two days: the reminder pass has something to remind of whatever today is.
            await ExecuteAsync(ConnectionString, """UPDATE dossiers SET "SubmitBefore" = current_date + 2 WHERE "Status" IN ('Draft', 'Returned')""");
            int a = FreePort(), b = FreePort(), proxy = FreePort();
            NodeA = new Uri($"http://127.0.0.1:{a}");
            NodeB = new Uri($"http://127.0.0.1:{b}");
            Proxy = new Uri($"http://127.0.0.1:{proxy}");
            _processes.Add(StartNode("node-a", a, arrange.DataFolder));
            ProcessB = StartNode("node-b", b, arrange.DataFolder);
            _processes.Add(ProcessB);
            await WaitHealthyAsync(NodeA);
            await WaitHealthyAsync(NodeB);
            _processes.Add(StartNginx(proxy, a, b));
            await WaitHealthyAsync(Proxy);
        }

        public Task DisposeAsync()
        {
            foreach (var p in _processes)
            {
                try
                {
                    p.Kill(entireProcessTree: true);
                    p.WaitForExit(10_000);
                }
                catch (InvalidOperationException)
                {
                    // Already gone (the killed node).
                }

                p.Dispose();
            }

            NpgsqlConnection.ClearAllPools();
            return Task.CompletedTask;
        }

        private Process StartNode(string name, int port, string dataFolder)
        {
            var dll = Path.Combine(AppContext.BaseDirectory, "Tdkt.Web.dll");
            var psi = new ProcessStartInfo("dotnet", [dll, "--contentRoot", WebSource(), "--urls", $"http://127.0.0.1:{port}"])
            {
                UseShellExecute = false,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            psi.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
            psi.Environment["ConnectionStrings__Tdkt"] = ConnectionString;
            psi.Environment["Tdkt__DataFolder"] = dataFolder;
            psi.Environment["Tdkt__DemoData"] = "false";
            psi.Environment["Tdkt__RequireMfa"] = "false";
            psi.Environment["Tdkt__LoginAttemptsPerMinute"] = "100000";
            psi.Environment["Tdkt__CitizenIdIndexKey"] = TdktFactory.TestIndexKey;
            psi.Environment["Tdkt__ReminderIntervalMinutes"] = "1";
            psi.Environment["Tdkt__NodeName"] = name;
            psi.Environment["Logging__LogLevel__Default"] = "Warning";
            psi.Environment["DOTNET_hostBuilder__reloadConfigOnChange"] = "false";
            var p = Process.Start(psi)!;
            p.OutputDataReceived += (_, _) => { };
            p.ErrorDataReceived += (_, _) => { };
            p.BeginOutputReadLine();
            p.BeginErrorReadLine();
            return p;
        }

        private static Process StartNginx(int port, int a, int b)
        {
            var dir = Path.Combine(Path.GetTempPath(), $"tdkt-nginx-{port}-{Environment.ProcessId}");
            Directory.CreateDirectory(dir);
            File.WriteAllText(Path.Combine(dir, "nginx.conf"), $$"""
                worker_processes 1;
                daemon off;
                pid {{dir}}/nginx.pid;
                error_log {{dir}}/error.log warn;
                events { worker_connections 256; }
                http {
                    access_log off;
                    client_body_temp_path {{dir}}/body; proxy_temp_path {{dir}}/proxy;
                    fastcgi_temp_path {{dir}}/fastcgi; uwsgi_temp_path {{dir}}/uwsgi; scgi_temp_path {{dir}}/scgi;
                    upstream tdkt { server 127.0.0.1:{{a}} max_fails=1 fail_timeout=5s; server 127.0.0.1:{{b}} max_fails=1 fail_timeout=5s; }
                    server {
                        listen 127.0.0.1:{{port}};
                        location / {
                            proxy_pass http://tdkt;
                            proxy_next_upstream error timeout http_502;
                            proxy_set_header Host $host;
                        }
                    }
                }
                """);
            var nginx = File.Exists("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "nginx";
            var psi = new ProcessStartInfo(nginx, ["-p", dir, "-c", Path.Combine(dir, "nginx.conf"), "-e", Path.Combine(dir, "error.log")])
            {
                UseShellExecute = false,
            };
            return Process.Start(psi) ?? throw new InvalidOperationException("nginx did not start: run ./test (it installs nginx-light).");
        }

        private static async Task WaitHealthyAsync(Uri node)
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
            for (var i = 0; i < 240; i++)
            {
                try
                {
                    using var r = await http.GetAsync(new Uri(node, "/health"));
                    if (r.StatusCode is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable)
                    {
                        return;
                    }
                }
                catch (HttpRequestException)
                {
                    // Not listening yet.
                }
                catch (TaskCanceledException)
                {
                    // Starting.
                }

                await Task.Delay(500);
            }

            throw new InvalidOperationException($"{node} did not start.");
        }

        private static string WebSource()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var web = Path.Combine(dir.FullName, "src", "Tdkt.Web");
                if (Directory.Exists(web))
                {
                    return web;
                }
            }

            throw new InvalidOperationException("src/Tdkt.Web not found above the test binaries.");
        }

        private static int FreePort()
        {
            var l = new TcpListener(IPAddress.Loopback, 0);
            l.Start();
            var port = ((IPEndPoint)l.LocalEndpoint).Port;
            l.Stop();
            return port;
        }
    }

    [Fact]
    public async Task ReminderTimers_OfBothProcesses_SendEachReminderOnce()
    {
        long runs = 0;
        for (var i = 0; i < 180 && runs < 1; i++)
        {
            await Task.Delay(1000);
            runs = await ScalarAsync("""SELECT count(*) FROM job_leases WHERE "Name" = 'deadline-reminders' AND "Succeeded" """);
        }

        var sent = await ScalarAsync("""SELECT count(*) FROM notifications WHERE "Text" LIKE 'Nhắc hạn%'""");
        var doubled = await ScalarAsync("""
            SELECT count(*) FROM (SELECT 1 FROM notifications WHERE "Text" LIKE 'Nhắc hạn%' GROUP BY "UserId", "Url", "Text" HAVING count(*) > 1) d
            """);

        Assert.True(runs >= 1, "a reminder pass ran");
        Assert.True(sent >= 1, "the drafts due in two days were reminded");
        Assert.Equal(0, doubled);
    }

    [Fact]
    public async Task SignInOnOneProcess_ContinuesOnTheOther_ThenKillingItWhileCreatingDossiers_LosesAndDoublesNothing()
    {
        // One test, in this order: the kill would otherwise race the session check (xUnit does not order tests).
        var cookies = new CookieContainer();
        using var viaA = Client(env.NodeA, cookies);
        using var viaB = Client(env.NodeB, cookies);
        using var viaProxy = Client(env.Proxy, cookies);
        Assert.Equal(HttpStatusCode.Redirect, (await Http.PostFormAsync(viaA, "/Account/Login",
            new() { ["Input.UserName"] = "canbo.tanphong", ["Input.Password"] = TestDatabases.DemoPassword })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await viaB.GetAsync("/Nominations")).StatusCode);
        var throughProxy = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => viaProxy.GetAsync("/Nominations")));
        Assert.All(throughProxy, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var ward = await ScalarAsync("""SELECT "Id" FROM org_units WHERE "Code" = 'LCH-TP-TANPHONG'""");
        var year = DateTime.UtcNow.Year.ToString(CultureInfo.InvariantCulture);
        var due = DateTime.UtcNow.AddDays(40).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        var run = Guid.NewGuid().ToString("N")[..8];
        var committed = new List<string>();
        var failed = new List<string>();
        for (var i = 0; i < 16; i++)
        {
            if (i == 6)
            {
                env.ProcessB.Kill(entireProcessTree: true);
            }

            var title = $"Hồ sơ thử tải {run} số {i}";
            try
            {
                var created = await Http.PostFormAsync(viaProxy, "/Nominations/Create", new()
                {
                    ["Input.Title"] = title,
                    ["Input.ProposingUnitId"] = ward.ToString(CultureInfo.InvariantCulture),
                    ["Input.Kind"] = "AdHoc", ["Input.Level"] = "Grassroots", ["Input.Year"] = year, ["Input.SubmitBefore"] = due,
                    ["Input.MovementId"] = "",
                });
                (created.StatusCode == HttpStatusCode.Redirect ? committed : failed).Add(title);
            }
            catch (Exception e) when (e is HttpRequestException or InvalidOperationException)
            {
                failed.Add(title);
            }
        }

        var counts = new Dictionary<string, long>();
        foreach (var title in committed.Concat(failed))
        {
            counts[title] = await ScalarAsync($"SELECT count(*) FROM dossiers WHERE \"Title\" = '{title}'");
        }

        Assert.True(committed.Count >= 10, $"the surviving node took the work ({committed.Count} of 16 committed)");
        Assert.All(committed, t => Assert.Equal(1, counts[t]));
        Assert.All(failed, t => Assert.InRange(counts[t], 0, 1));
    }

    private static HttpClient Client(Uri baseAddress, CookieContainer cookies) =>
        new(new CookieContainerHandler(cookies) { InnerHandler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false } })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(60),
        };

    private async Task<long> ScalarAsync(string sql)
    {
        await using var conn = new NpgsqlConnection(env.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(string cs, string sql)
    {
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync();
    }
}
