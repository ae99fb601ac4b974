using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

// Usage: Tdkt.Load --url http://127.0.0.1:5080 --users a,b,c --password P [--vus 16] [--seconds 60] [--think-ms 1000]
//        [--certificates 2] [--statistics 3] [--writes 5] [--pgbench "host port user password"]   (--users @file: one name a line)
//        [--sessions FILE]   (keeps the sign-in cookies between runs: 3,000 PBKDF2 sign-ins take minutes on 2 cores)
//        [--warmup-seconds 0] [--ramp-seconds R]
// --warmup-seconds W plays W seconds before the measured --seconds: those requests are reported on a line of their own
// (caches, JIT and the buffer pool fill then), the table is the steady state after them. --ramp-seconds R spreads the
// officers' first actions uniformly over R seconds (default: a first exponential think time, as every later one).
// Each virtual officer signs in through /Account/Login (cookie + antiforgery token, as a browser) and opens its inbox;
// once all are in, each starts after a first think time of its own (no thundering herd) and loops: pick an action
// by weight, run it, wait an exponential think time around --think-ms. Reads are GETs of the real pages; writes are
// the real dossier transitions posted from the dossier page's form (appraisers receive and return, clerks submit
// what was returned), so the state machine, its version check and its history rows are in the mix. A write the
// rules refuse (the page comes back with the reason) is counted as "refused", not as an error.
var opt = Options.Parse(args);
var ci = CultureInfo.InvariantCulture;
var stats = new ConcurrentDictionary<string, ConcurrentBag<double>>();
var errors = new ConcurrentDictionary<string, int>();
var refused = new ConcurrentDictionary<string, int>();
var errorKinds = new ConcurrentDictionary<string, int>();
var refusedKinds = new ConcurrentDictionary<string, int>();
// Every request's start (s into the run) and duration, for the timeline: a tail spread over the run is queueing at
// the load, a tail in a few buckets is a stall (a job, a checkpoint, a collection).
var timeline = new ConcurrentBag<(double At, double Ms)>();
var warmup = new ConcurrentDictionary<string, ConcurrentBag<double>>();
var runClock = new Stopwatch();
var saved = Sessions.Load(opt.Sessions);
var users = opt.Users;
Console.WriteLine($"Signing in {opt.Vus} officers ({users.Length} distinct users) at {opt.Url} …");
// Sign-ins 8 at a time: each costs a PBKDF2 hash on the server; thousands at once would only measure the queue.
using var signInGate = new SemaphoreSlim(8);
var signIns = new ConcurrentBag<double>();
var signInClock = Stopwatch.StartNew();
var officers = await Task.WhenAll(Enumerable.Range(0, opt.Vus).Select(async i =>
{
    await signInGate.WaitAsync();
    try
    {
        var t = Stopwatch.StartNew();
        var user = users[i % users.Length];
        var officer = await Officer.ResumeAsync(opt.Url, user, saved.GetValueOrDefault(user));
        if (officer is null)
        {
            officer = await Officer.SignInAsync(opt.Url, user, opt.Password);
            signIns.Add(t.Elapsed.TotalMilliseconds);
        }

        return officer;
    }
    finally
    {
        signInGate.Release();
    }
}));
var signInSorted = signIns.OrderBy(x => x).ToArray();
Console.WriteLine(string.Create(ci, $"Signed in {officers.Length} in {signInClock.Elapsed.TotalSeconds:F0} s ({signIns.Count} new sign-ins, sign-in + first inbox: p50 {P(signInSorted, 50):F0} ms, p95 {P(signInSorted, 95):F0} ms, 8 at a time; {officers.Length - signIns.Count} resumed from {opt.Sessions ?? "-"}); dossiers visible: {officers.Sum(o => o.Dossiers.Count)} (sum over officers)."));
Sessions.Save(opt.Sessions, officers);
Console.WriteLine($"Appraisers {officers.Count(o => o.IsAppraiser)}, clerks {officers.Count(o => o.IsClerk)}. Running {opt.WarmupSeconds} s warm-up + {opt.Seconds} s measured, think time ~{opt.ThinkMs} ms, first actions {(opt.RampSeconds is { } rs ? $"spread over {rs.ToString(ci)} s" : "after an exponential think time")} …");

void Record(string name, Stopwatch t)
{
    var ms = t.Elapsed.TotalMilliseconds;
    var at = runClock.IsRunning ? runClock.Elapsed.TotalSeconds - ms / 1000 : -1;
    (runClock.IsRunning && at < opt.WarmupSeconds ? warmup : stats).GetOrAdd(name, _ => []).Add(ms);
    if (runClock.IsRunning)
    {
        timeline.Add((at, ms));
    }
}

async Task<string?> Get(Officer o, string name, string path)
{
    var t = Stopwatch.StartNew();
    try
    {
        using var response = await o.Client.GetAsync(path);
        var body = await response.Content.ReadAsByteArrayAsync();
        Record(name, t);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            errors.AddOrUpdate(name, 1, (_, n) => n + 1);
            errorKinds.AddOrUpdate($"{name} as {o.User}: HTTP {(int)response.StatusCode}", 1, (_, n) => n + 1);
            return null;
        }

        return response.Content.Headers.ContentType?.MediaType == "text/html" ? System.Text.Encoding.UTF8.GetString(body) : string.Empty;
    }
    catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
    {
        Record(name, t);
        errors.AddOrUpdate(name, 1, (_, n) => n + 1);
        errorKinds.AddOrUpdate($"{name}: {e.GetType().Name}", 1, (_, n) => n + 1);
        return null;
    }
}

// A dossier page; the certificate links it shows feed the certificate downloads.
async Task<string?> Dossier(Officer o, int id)
{
    var page = await Get(o, "dossier /Nominations/Details/{id}", $"/Nominations/Details/{id}");
    if (page is not null)
    {
        lock (o.Recipients)
        {
            o.Recipients.UnionWith(Officer.CertificateLinks(page));
        }
    }

    return page;
}

// One transition: the inbox filtered to the step, a dossier page of it, then the form's button. 302 = done (with its
// history row), 200 = refused with the reason on the page (e.g. a deadline or quota rule, or another officer was first).
async Task Transition(Officer o, Random r, string step, string handler, Dictionary<string, string> fields)
{
    var inbox = await Get(o, "inbox, one step /Nominations?buoc=", $"/Nominations?buoc={step}");
    var ids = inbox is null ? [] : Officer.DossierIds(inbox);
    if (ids.Count == 0)
    {
        return;
    }

    var id = ids[r.Next(ids.Count)];
    var page = await Dossier(o, id);
    if (page is null || !page.Contains($"?handler={handler}\"", StringComparison.Ordinal) && !page.Contains($"handler={handler}", StringComparison.Ordinal))
    {
        return;
    }

    var form = new Dictionary<string, string>(fields)
    {
        ["__RequestVerificationToken"] = WebUtility.HtmlDecode(Officer.Token(page)),
        ["Input.Version"] = Officer.Version(page),
    };
    var name = $"write {handler} POST";
    var t = Stopwatch.StartNew();
    try
    {
        using var response = await o.Client.PostAsync($"/Nominations/Details/{id}?handler={handler}", new FormUrlEncodedContent(form));
        var body = await response.Content.ReadAsStringAsync();
        Record(name, t);
        if (response.StatusCode == HttpStatusCode.OK)
        {
            refused.AddOrUpdate(name, 1, (_, n) => n + 1);
            var reason = Regex.Match(body, "data-testid=\"errors\">.*?<li>([^<]{0,120})", RegexOptions.Singleline).Groups[1].Value;
            refusedKinds.AddOrUpdate($"{name}: {WebUtility.HtmlDecode(reason)}", 1, (_, n) => n + 1);
        }
        else if (response.StatusCode != HttpStatusCode.Redirect)
        {
            errors.AddOrUpdate(name, 1, (_, n) => n + 1);
            errorKinds.AddOrUpdate($"{name} as {o.User}: HTTP {(int)response.StatusCode}", 1, (_, n) => n + 1);
        }
    }
    catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
    {
        Record(name, t);
        errors.AddOrUpdate(name, 1, (_, n) => n + 1);
        errorKinds.AddOrUpdate($"{name}: {e.GetType().Name}", 1, (_, n) => n + 1);
    }
}

Task Write(Officer o, Random r) => o switch
{
    { IsAppraiser: true } when r.Next(2) == 0 => Transition(o, r, "Submitted", "Receive", []),
    { IsAppraiser: true } => Transition(o, r, "Received", "Return", new() { ["Input.Reason"] = "Bổ sung bản sao quyết định khen thưởng lần trước (kiểm thử tải)" }),
    { IsClerk: true } => Transition(o, r, "Returned", "Submit", []),
    _ => Task.CompletedTask,
};

string[] searches = ["nguyễn", "hà", "vàng văn", "lò thị", "trần văn hùng", "giàng"];
var mix = new List<(string Name, int Weight, Func<Officer, Random, Task> Act)>
{
    ("home", 10, (o, _) => Get(o, "home /", "/")),
    ("inbox", 25, (o, _) => Get(o, "inbox /Nominations", "/Nominations")),
    ("dossier", 25, (o, r) => o.Dossiers.Count == 0 ? Task.CompletedTask : Dossier(o, o.Dossiers[r.Next(o.Dossiers.Count)])),
    ("registry", 15, (o, r) => Get(o, "registry search /Registry?q=", "/Registry?q=" + Uri.EscapeDataString(searches[r.Next(searches.Length)]))),
    ("due", 8, (o, _) => Get(o, "eligibility /Awards/Due", "/Awards/Due")),
    ("notifications", 7, (o, _) => Get(o, "notifications /Nominations/Notifications", "/Nominations/Notifications")),
    ("statistics", opt.Statistics, (o, _) => Get(o, "statistics /ThongKe", "/ThongKe")),
    ("write", opt.Writes, Write),
    ("certificate", opt.Certificates, (o, r) =>
    {
        int? id;
        lock (o.Recipients)
        {
            id = o.Recipients.Count == 0 ? null : o.Recipients.ElementAt(r.Next(o.Recipients.Count));
        }

        return id is { } rid ? Get(o, "certificate /Certificates/Download/{id}", $"/Certificates/Download/{rid}") : Task.CompletedTask;
    }),
};

var total = mix.Sum(m => m.Weight);
var clock = Stopwatch.StartNew();
runClock.Start();
var cpuAtStart = Process.GetCurrentProcess().TotalProcessorTime;
var stop = TimeSpan.FromSeconds(opt.WarmupSeconds + opt.Seconds);
await Task.WhenAll(officers.Select((o, i) => Task.Run(async () =>
{
    var r = new Random(17 + i);
    // The first wait: by default drawn like every later think time (exponential), which makes each officer's requests a
    // Poisson stream from the first second. A uniform wait over one think time, as before, sent about 1.5 times the
    // steady rate in the first 30 s (every officer once, a third of them twice) and measured a burst no office makes.
    await Task.Delay(TimeSpan.FromMilliseconds(opt.RampSeconds is { } ramp ? r.NextDouble() * ramp * 1000.0 : -Math.Log(1 - r.NextDouble()) * opt.ThinkMs));
    while (clock.Elapsed < stop)
    {
        var pick = r.Next(total);
        var m = mix.First(x => (pick -= x.Weight) < 0);
        await m.Act(o, r);
        if (opt.ThinkMs > 0)
        {
            // Never past the end of the run: the exponential tail of 3,000 think times would keep the run open minutes.
            var think = TimeSpan.FromMilliseconds(-Math.Log(1 - r.NextDouble()) * opt.ThinkMs);
            var left = stop - clock.Elapsed;
            await Task.Delay(think < left ? think : left > TimeSpan.Zero ? left : TimeSpan.Zero);
        }
    }
})));
var elapsed = clock.Elapsed.TotalSeconds - opt.WarmupSeconds; // the measured window
var ownCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuAtStart).TotalSeconds;

Console.WriteLine();
Console.WriteLine($"{"endpoint",-44} {"requests",9} {"req/s",8} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"errors",7} {"refused",8}");
var all = new List<double>();
foreach (var (name, bag) in stats.OrderBy(s => s.Key, StringComparer.Ordinal))
{
    var v = bag.OrderBy(x => x).ToArray();
    all.AddRange(v);
    Console.WriteLine(string.Create(ci, $"{name,-44} {v.Length,9} {v.Length / elapsed,8:F1} {P(v, 50),8:F0} {P(v, 95),8:F0} {P(v, 99),8:F0} {errors.GetValueOrDefault(name),7} {refused.GetValueOrDefault(name),8}"));
}

var sorted = all.OrderBy(x => x).ToArray();
var appRate = sorted.Length / elapsed;
Console.WriteLine(string.Create(ci, $"{"ALL",-44} {sorted.Length,9} {appRate,8:F1} {P(sorted, 50),8:F0} {P(sorted, 95),8:F0} {P(sorted, 99),8:F0} {errors.Values.Sum(),7} {refused.Values.Sum(),8}"));
if (opt.WarmupSeconds > 0)
{
    var w = warmup.Values.SelectMany(x => x).OrderBy(x => x).ToArray();
    Console.WriteLine(string.Create(ci, $"(warm-up, first {opt.WarmupSeconds} s, not in the table above: {w.Length} requests, p50 {P(w, 50):F0} ms, p95 {P(w, 95):F0} ms, p99 {P(w, 99):F0} ms; errors and refusals of both periods are counted above)"));
}

Console.WriteLine(string.Create(ci, $"Load generator's own CPU: {ownCpu:F0} s over {elapsed:F0} s ({ownCpu / elapsed * 100:F0} % of one core)."));
Console.WriteLine("Timeline (by start of request, 30 s buckets):");
foreach (var bucket in timeline.GroupBy(x => (int)Math.Max(0, x.At) / 30).OrderBy(g => g.Key))
{
    var v = bucket.Select(x => x.Ms).OrderBy(x => x).ToArray();
    Console.WriteLine(string.Create(ci, $"  {bucket.Key * 30,4}–{bucket.Key * 30 + 30,-4} s {v.Length,7} req  p50 {P(v, 50),6:F0}  p95 {P(v, 95),6:F0}  p99 {P(v, 99),6:F0}  max {v[^1],6:F0} ms"));
}

foreach (var (kind, n) in errorKinds.OrderBy(k => k.Key, StringComparer.Ordinal))
{
    Console.WriteLine($"  error: {kind} × {n}");
}

foreach (var (kind, n) in refusedKinds.OrderByDescending(k => k.Value).Take(8))
{
    Console.WriteLine($"  refused: {kind} × {n}");
}

if (opt.PgBench is { } pg)
{
    // At most 32 pgbench clients: the app's pool holds its own share of the server's connections already.
    var clients = Math.Min(opt.Vus, 32);
    var tps = PgBench.Run(pg, clients, Math.Min(opt.Seconds, 30));
    Console.WriteLine(string.Create(ci, $"PostgreSQL pgbench -S (same server, {clients} clients): {tps:F0} tx/s; app requests / pgbench selects = 1 : {tps / appRate:F0}"));
}

static double P(double[] sorted, int p) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p / 100.0 * sorted.Length) - 1)];

sealed record Options(string Url, string[] Users, string Password, int Vus, int Seconds, int ThinkMs, int Certificates, string? PgBench, int Statistics, int Writes, string? Sessions,
    int WarmupSeconds, int? RampSeconds)
{
    public static Options Parse(string[] args)
    {
        string? Get(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        int Int(string name, int fallback) => int.TryParse(Get(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : fallback;
        return new Options(Get("--url") ?? "http://127.0.0.1:5080",
            UserList(Get("--users") ?? "canbo.tanphong,thamdinh.tplc,lanhdao.tplc,canbo.snv,thamdinh.snv,canbo.doanket"),
            Get("--password") ?? "LaiChau@2025-demo", Int("--vus", 16), Int("--seconds", 60), Int("--think-ms", 1000),
            Int("--certificates", 2), Get("--pgbench"), Int("--statistics", 3), Int("--writes", 5), Get("--sessions"),
            Int("--warmup-seconds", 0), Get("--ramp-seconds") is null ? null : Int("--ramp-seconds", 0));
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
    public required CookieContainer Jar { get; init; }
    public List<int> Dossiers { get; } = [];
    public HashSet<int> Recipients { get; } = [];

    // The synthetic users' names say their role (ADR-0035): thamdinh.* appraise at a body, canbo.* are unit clerks.
    public bool IsAppraiser => User.StartsWith("thamdinh.", StringComparison.Ordinal);
    public bool IsClerk => User.StartsWith("canbo.", StringComparison.Ordinal);

    public static async Task<Officer> SignInAsync(string url, string user, string password)
    {
        var jar = new CookieContainer();
        var handler = new SocketsHttpHandler { CookieContainer = jar, AllowAutoRedirect = false, MaxConnectionsPerServer = 2 };
        var client = new HttpClient(handler) { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(60) };
        var form = await client.GetStringAsync("/Account/Login");
        using var login = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = user, ["Input.Password"] = password, ["__RequestVerificationToken"] = WebUtility.HtmlDecode(Token(form)),
        }));
        if (login.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in of {user} failed: {login.StatusCode}");
        }

        var officer = new Officer { Client = client, User = user, Jar = jar };
        officer.Dossiers.AddRange(DossierIds(await client.GetStringAsync("/Nominations")));
        return officer;
    }

    /// <summary>An officer from saved cookies, or null when there are none or the server no longer takes them (the
    /// inbox answers with a redirect to the sign-in page).</summary>
    public static async Task<Officer?> ResumeAsync(string url, string user, List<Cookie>? cookies)
    {
        if (cookies is null)
        {
            return null;
        }

        var jar = new CookieContainer();
        cookies.ForEach(jar.Add);
        var handler = new SocketsHttpHandler { CookieContainer = jar, AllowAutoRedirect = false, MaxConnectionsPerServer = 2 };
        var client = new HttpClient(handler) { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(60) };
        using var inbox = await client.GetAsync("/Nominations");
        if (inbox.StatusCode != HttpStatusCode.OK)
        {
            client.Dispose();
            return null;
        }

        var officer = new Officer { Client = client, User = user, Jar = jar };
        officer.Dossiers.AddRange(DossierIds(await inbox.Content.ReadAsStringAsync()));
        return officer;
    }

    public static string Token(string page) => TokenRegex().Match(page).Groups[1].Value;

    public static string Version(string page) => VersionRegex().Match(page).Groups[1].Value;

    public static List<int> DossierIds(string page) =>
        [.. DossierLink().Matches(page).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).Distinct()];

    public static IEnumerable<int> CertificateLinks(string page) =>
        CertificateLink().Matches(page).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenRegex();

    [GeneratedRegex("name=\"Input.Version\" value=\"(\\d+)\"")]
    private static partial Regex VersionRegex();

    [GeneratedRegex("/Nominations/Details/(\\d+)\"")]
    private static partial Regex DossierLink();

    [GeneratedRegex("/Certificates/Download/(\\d+)\"")]
    private static partial Regex CertificateLink();
}

/// <summary>The sign-in cookies of a run, one line per cookie: user, name, value, domain, path (tab-separated). A
/// bench file, not a secret store: it lives where the operator puts it, e.g. under /tmp.</summary>
static class Sessions
{
    public static Dictionary<string, List<Cookie>> Load(string? path)
    {
        var all = new Dictionary<string, List<Cookie>>(StringComparer.Ordinal);
        if (path is null || !File.Exists(path))
        {
            return all;
        }

        foreach (var f in File.ReadLines(path).Select(l => l.Split('\t')).Where(f => f.Length == 5))
        {
            (all.TryGetValue(f[0], out var list) ? list : all[f[0]] = []).Add(new Cookie(f[1], f[2], f[4], f[3]));
        }

        return all;
    }

    public static void Save(string? path, IEnumerable<Officer> officers)
    {
        if (path is null)
        {
            return;
        }

        File.WriteAllLines(path, officers.SelectMany(o => o.Jar.GetAllCookies().Select(c => $"{o.User}\t{c.Name}\t{c.Value}\t{c.Domain}\t{c.Path}")));
    }
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
