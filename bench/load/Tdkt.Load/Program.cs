using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

// Usage: Tdkt.Load --url http://127.0.0.1:5080 --users a,b,c --password P [--vus 16] [--seconds 60] [--think-ms 1000]
//        [--certificates 0] [--statistics 5] [--pgbench "host port user password"]   (--users @file: one name a line)
// Each virtual officer signs in through /Account/Login (cookie + antiforgery token, as a browser), finds the dossiers
// its inbox lists, then loops: pick an endpoint by weight, GET it, wait an exponential think time around --think-ms.
var opt = Options.Parse(args);
var ci = CultureInfo.InvariantCulture;
var stats = new ConcurrentDictionary<string, ConcurrentBag<double>>();
var errors = new ConcurrentDictionary<string, int>();
var errorKinds = new ConcurrentDictionary<string, int>();
var users = opt.Users;
Console.WriteLine($"Signing in {opt.Vus} officers ({users.Length} distinct users) at {opt.Url} …");
// Sign-ins 8 at a time: each costs a PBKDF2 hash on the server; thousands at once would only measure the queue.
using var signInGate = new SemaphoreSlim(8);
var officers = await Task.WhenAll(Enumerable.Range(0, opt.Vus).Select(async i =>
{
    await signInGate.WaitAsync();
    try
    {
        return await Officer.SignInAsync(opt.Url, users[i % users.Length], opt.Password, opt.Certificates > 0);
    }
    finally
    {
        signInGate.Release();
    }
}));
Console.WriteLine($"Signed in; dossiers visible: {officers.Sum(o => o.Dossiers.Count)} (sum over officers). Running {opt.Seconds} s, think time ~{opt.ThinkMs} ms …");

string[] searches = ["nguyễn", "hà", "vàng văn", "lò thị", "trần văn hùng", "giàng"];
var mix = new List<(string Name, int Weight, Func<Officer, Random, string?> Path)>
{
    ("inbox /Nominations", 30, (_, _) => "/Nominations"),
    ("dossier /Nominations/Details/{id}", 30, (o, r) => o.Dossiers.Count == 0 ? null : $"/Nominations/Details/{o.Dossiers[r.Next(o.Dossiers.Count)]}"),
    ("registry search /Registry?q=", 20, (_, r) => "/Registry?q=" + Uri.EscapeDataString(searches[r.Next(searches.Length)])),
    ("eligibility /Awards/Due", 10, (_, _) => "/Awards/Due"),
    ("notifications /Nominations/Notifications", 10, (_, _) => "/Nominations/Notifications"),
    ("statistics /ThongKe", opt.Statistics, (_, _) => "/ThongKe"),
};
if (opt.Certificates > 0)
{
    mix.Add(("certificate /Certificates/Download/{id}", opt.Certificates, (o, r) => o.Recipients.Count == 0 ? null : $"/Certificates/Download/{o.Recipients[r.Next(o.Recipients.Count)]}"));
}

var total = mix.Sum(m => m.Weight);
var clock = Stopwatch.StartNew();
var stop = TimeSpan.FromSeconds(opt.Seconds);
await Task.WhenAll(officers.Select((o, i) => Task.Run(async () =>
{
    var r = new Random(17 + i);
    while (clock.Elapsed < stop)
    {
        var pick = r.Next(total);
        var m = mix.First(x => (pick -= x.Weight) < 0);
        if (m.Path(o, r) is not { } path)
        {
            continue;
        }

        var t = Stopwatch.StartNew();
        try
        {
            using var response = await o.Client.GetAsync(path);
            await response.Content.ReadAsByteArrayAsync();
            if (response.StatusCode != HttpStatusCode.OK)
            {
                errors.AddOrUpdate(m.Name, 1, (_, n) => n + 1);
                errorKinds.AddOrUpdate($"{m.Name} as {o.User}: HTTP {(int)response.StatusCode}", 1, (_, n) => n + 1);
            }
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            errors.AddOrUpdate(m.Name, 1, (_, n) => n + 1);
            errorKinds.AddOrUpdate($"{m.Name}: {e.GetType().Name}", 1, (_, n) => n + 1);
        }

        stats.GetOrAdd(m.Name, _ => []).Add(t.Elapsed.TotalMilliseconds);
        if (opt.ThinkMs > 0)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(-Math.Log(1 - r.NextDouble()) * opt.ThinkMs));
        }
    }
})));
var elapsed = clock.Elapsed.TotalSeconds;

Console.WriteLine();
Console.WriteLine($"{"endpoint",-44} {"requests",9} {"req/s",8} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"errors",7}");
var all = new List<double>();
foreach (var (name, bag) in stats.OrderBy(s => s.Key, StringComparer.Ordinal))
{
    var v = bag.OrderBy(x => x).ToArray();
    all.AddRange(v);
    Console.WriteLine(string.Create(ci, $"{name,-44} {v.Length,9} {v.Length / elapsed,8:F1} {P(v, 50),8:F0} {P(v, 95),8:F0} {P(v, 99),8:F0} {errors.GetValueOrDefault(name),7}"));
}

var sorted = all.OrderBy(x => x).ToArray();
var appRate = sorted.Length / elapsed;
Console.WriteLine(string.Create(ci, $"{"ALL",-44} {sorted.Length,9} {appRate,8:F1} {P(sorted, 50),8:F0} {P(sorted, 95),8:F0} {P(sorted, 99),8:F0} {errors.Values.Sum(),7}"));

foreach (var (kind, n) in errorKinds.OrderBy(k => k.Key, StringComparer.Ordinal))
{
    Console.WriteLine($"  error: {kind} × {n}");
}

if (opt.PgBench is { } pg)
{
    // At most 32 pgbench clients: the app's pool holds up to 100 of the server's connections already.
    var clients = Math.Min(opt.Vus, 32);
    var tps = PgBench.Run(pg, clients, Math.Min(opt.Seconds, 30));
    Console.WriteLine(string.Create(ci, $"PostgreSQL pgbench -S (same server, {clients} clients): {tps:F0} tx/s; app requests / pgbench selects = 1 : {tps / appRate:F0}"));
}

static double P(double[] sorted, int p) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p / 100.0 * sorted.Length) - 1)];

sealed record Options(string Url, string[] Users, string Password, int Vus, int Seconds, int ThinkMs, int Certificates, string? PgBench, int Statistics)
{
    public static Options Parse(string[] args)
    {
        string? Get(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        int Int(string name, int fallback) => int.TryParse(Get(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : fallback;
        return new Options(Get("--url") ?? "http://127.0.0.1:5080",
            UserList(Get("--users") ?? "canbo.tanphong,thamdinh.tplc,lanhdao.tplc,canbo.snv,thamdinh.snv,canbo.doanket"),
            Get("--password") ?? "LaiChau@2025-demo", Int("--vus", 16), Int("--seconds", 60), Int("--think-ms", 1000),
            Int("--certificates", 0), Get("--pgbench"), Int("--statistics", 5));
    }

    /// <summary>"a,b,c" or "@file" with one user name a line (e.g. the synthetic data set's users, ADR-0035).</summary>
    private static string[] UserList(string value) => value.StartsWith('@')
        ? File.ReadAllLines(value[1..]).Where(l => l.Length > 0).ToArray()
        : value.Split(',');
}

sealed partial class Officer
{
    public required HttpClient Client { get; init; }
    public required string User { get; init; }
    public List<int> Dossiers { get; } = [];
    public List<int> Recipients { get; } = [];

    public static async Task<Officer> SignInAsync(string url, string user, string password, bool findCertificates)
    {
        var handler = new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, MaxConnectionsPerServer = 2 };
        var client = new HttpClient(handler) { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(60) };
        var form = await client.GetStringAsync("/Account/Login");
        var token = Token().Match(form).Groups[1].Value;
        using var login = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = user, ["Input.Password"] = password, ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
        }));
        if (login.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in of {user} failed: {login.StatusCode}");
        }

        var officer = new Officer { Client = client, User = user };
        var inbox = await client.GetStringAsync("/Nominations");
        officer.Dossiers.AddRange(DossierLink().Matches(inbox).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).Distinct());
        // Certificate links are found on dossier pages: read five only when certificates are in the mix (with 3,000
        // officers the sign-in phase would otherwise be 15,000 dossier pages before the run starts).
        foreach (var id in officer.Dossiers.Take(findCertificates ? 5 : 0))
        {
            var page = await client.GetStringAsync($"/Nominations/Details/{id}");
            officer.Recipients.AddRange(CertificateLink().Matches(page).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)));
        }

        return officer;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("/Nominations/Details/(\\d+)")]
    private static partial Regex DossierLink();

    [GeneratedRegex("/Certificates/Download/(\\d+)")]
    private static partial Regex CertificateLink();
}

static class PgBench
{
    /// <summary>pgbench -S (indexed primary-key selects) against a scratch database on the same server, for the
    /// ratio; "host port user password".</summary>
    public static double Run(string connection, int clients, int seconds)
    {
        var p = connection.Split(' ');
        Exec("psql", $"-h {p[0]} -p {p[1]} -U {p[2]} -d postgres -c \"DROP DATABASE IF EXISTS tdkt_pgbench\" -c \"CREATE DATABASE tdkt_pgbench\"", p[3]);
        Exec("pgbench", $"-h {p[0]} -p {p[1]} -U {p[2]} -i -q -s 10 tdkt_pgbench", p[3]);
        var output = Exec("pgbench", $"-h {p[0]} -p {p[1]} -U {p[2]} -S -n -c {clients} -j 2 -T {seconds} tdkt_pgbench", p[3]);
        var m = Regex.Match(output, @"tps = ([\d.]+)");
        Exec("psql", $"-h {p[0]} -p {p[1]} -U {p[2]} -d postgres -c \"DROP DATABASE IF EXISTS tdkt_pgbench\"", p[3]);
        return m.Success ? double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : double.NaN;
    }

    private static string Exec(string file, string arguments, string password)
    {
        var start = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["PGPASSWORD"] = password;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        return output;
    }
}
