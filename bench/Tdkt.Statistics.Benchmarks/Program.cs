using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;
using Tdkt.Domain.Awards;
using Tdkt.Domain.Security;
using Tdkt.Domain.Statistics;
using Tdkt.Testing;
using Tdkt.Web.Data;
using Tdkt.Web.Pages.ThongKe;

// Country (1) → 34 provinces → 97 communes each (3,298 communes); people = records / 10, each with 10 award records
// over 2016–2025 (fixed seed), loaded by binary COPY. Then, warm (5 runs after 2 warm-up): the pivot unit × year × form
// of one province and of the whole country through AwardStatistics (the code behind /ThongKe and the API), and a
// drill-down page (one commune, one year, one form, first 50 rows) — each next to PostgreSQL's raw query of the same rows.
const int Provinces = 34, CommunesPer = 97, FirstYear = 2016, Years = 10;
var records = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 2_000_000;
var people = records / Years;
string[] forms = [AwardCodes.Ldtt, AwardCodes.Cstdcs, AwardCodes.Gk, AwardCodes.BkTinh, AwardCodes.CstdTinh];
string[] kinds = [nameof(CommendationKind.Merit), nameof(CommendationKind.Thematic), nameof(CommendationKind.AdHoc)];

var cluster = PostgresCluster.Instance;
await cluster.ExecuteAsync("CREATE DATABASE bench_stats");
var cs = cluster.ConnectionString("bench_stats");
var services = new ServiceCollection();
services.AddLogging();
services.AddDbContext<TdktDbContext>(o => o.UseNpgsql(cs));
services.AddIdentityCore<AppUser>().AddEntityFrameworkStores<TdktDbContext>();
await using var sp = services.BuildServiceProvider();
using (var scope = sp.CreateScope())
{
    await scope.ServiceProvider.GetRequiredService<TdktDbContext>().Database.MigrateAsync();
}

var load = Stopwatch.StartNew();
var communes = new List<int>();
var provinceOf = new Dictionary<int, int>();
await using (var conn = new NpgsqlConnection(cs))
{
    await conn.OpenAsync();
    await using (var import = await conn.BeginBinaryImportAsync(
        "COPY org_units (\"Id\", \"Code\", \"Name\", \"Kind\", \"ParentId\", \"Path\", \"ValidFrom\") FROM STDIN (FORMAT BINARY)"))
    {
        async Task Unit(int id, string kind, int? parent, string path)
        {
            await import.StartRowAsync();
            await import.WriteAsync(id, NpgsqlDbType.Integer);
            await import.WriteAsync("U" + id.ToString(CultureInfo.InvariantCulture), NpgsqlDbType.Varchar);
            await import.WriteAsync("Đơn vị " + id.ToString(CultureInfo.InvariantCulture), NpgsqlDbType.Varchar);
            await import.WriteAsync(kind, NpgsqlDbType.Varchar);
            if (parent is { } p) { await import.WriteAsync(p, NpgsqlDbType.Integer); } else { await import.WriteNullAsync(); }
            await import.WriteAsync(path, NpgsqlDbType.Varchar);
            await import.WriteAsync(new DateOnly(2004, 1, 1), NpgsqlDbType.Date);
        }

        var id = 1;
        await Unit(1, "Province", null, "/1/");
        for (var p = 0; p < Provinces; p++)
        {
            var pid = ++id;
            await Unit(pid, "Province", 1, $"/1/{pid}/");
            for (var c = 0; c < CommunesPer; c++)
            {
                var cid = ++id;
                await Unit(cid, "Commune", pid, $"/1/{pid}/{cid}/");
                communes.Add(cid);
                provinceOf[cid] = pid;
            }
        }

        await import.CompleteAsync();
    }

    var random = new Random(20261201);
    var homes = new int[people + 1];
    await using (var import = await conn.BeginBinaryImportAsync(
        "COPY people (\"Id\", \"FullName\", \"BirthYear\", \"OrgUnitId\", \"Gender\") FROM STDIN (FORMAT BINARY)"))
    {
        for (var p = 1; p <= people; p++)
        {
            homes[p] = communes[random.Next(communes.Count)];
            await import.StartRowAsync();
            await import.WriteAsync(p, NpgsqlDbType.Integer);
            await import.WriteAsync("Người " + p.ToString(CultureInfo.InvariantCulture), NpgsqlDbType.Varchar);
            await import.WriteAsync(1960 + random.Next(40), NpgsqlDbType.Integer);
            await import.WriteAsync(homes[p], NpgsqlDbType.Integer);
            await import.WriteAsync(random.Next(2) == 0 ? "nam" : "nữ", NpgsqlDbType.Varchar);
        }

        await import.CompleteAsync();
    }

    await using (var import = await conn.BeginBinaryImportAsync(
        "COPY award_records (\"Id\", \"OrgUnitId\", \"PersonId\", \"AwardCode\", \"Year\", \"DecisionNumber\", \"DecisionDate\", \"Kind\", \"SignerOrgUnitId\") FROM STDIN (FORMAT BINARY)"))
    {
        var id = 0;
        for (var p = 1; p <= people; p++)
        {
            for (var y = 0; y < Years; y++)
            {
                var year = FirstYear + y;
                await import.StartRowAsync();
                await import.WriteAsync(++id, NpgsqlDbType.Integer);
                await import.WriteAsync(homes[p], NpgsqlDbType.Integer);
                await import.WriteAsync(p, NpgsqlDbType.Integer);
                await import.WriteAsync(forms[random.Next(forms.Length)], NpgsqlDbType.Varchar);
                await import.WriteAsync(year, NpgsqlDbType.Integer);
                await import.WriteAsync(id.ToString(CultureInfo.InvariantCulture) + "/QĐ-UBND", NpgsqlDbType.Varchar);
                await import.WriteAsync(new DateOnly(year, 1 + random.Next(12), 1 + random.Next(28)), NpgsqlDbType.Date);
                await import.WriteAsync(kinds[random.Next(kinds.Length)], NpgsqlDbType.Varchar);
                await import.WriteAsync(provinceOf[homes[p]], NpgsqlDbType.Integer);
            }
        }

        await import.CompleteAsync();
    }

    await new NpgsqlCommand("SELECT setval('\"EntityFrameworkHiLoSequence\"', 100000000); VACUUM ANALYZE;", conn).ExecuteNonQueryAsync();
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Loaded {communes.Count + Provinces + 1:N0} units, {people:N0} people, {records:N0} award records in {load.Elapsed.TotalSeconds:F1} s"));

var province = provinceOf[communes[0]];
var commune = communes[0];
var request = new StatRequest([StatDimension.Unit, StatDimension.Year, StatDimension.Form], new DateOnly(2016, 1, 1), new DateOnly(2025, 12, 31), new DateOnly(2026, 1, 1));
var drill = request with { GroupBy = [StatDimension.Unit] };

async Task<(double Median, string Note)> TimeAsync(Func<TdktDbContext, Task<string>> work)
{
    var times = new List<double>();
    var note = string.Empty;
    for (var run = 0; run < 7; run++)
    {
        using var scope = sp.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TdktDbContext>();
        var sw = Stopwatch.StartNew();
        note = await work(db);
        sw.Stop();
        if (run >= 2)
        {
            times.Add(sw.Elapsed.TotalMilliseconds);
        }
    }

    times.Sort();
    return (times[times.Count / 2], note);
}

async Task<string> PivotAsync(TdktDbContext db, int root)
{
    var stats = new AwardStatistics(db);
    var scope = new OrgScope([new ScopeGrant(Role.Viewer, root, root == 1 ? "/1/" : $"/1/{root}/")]);
    var unit = (await stats.UnitScopeAsync(scope, root, request.AsOf, CancellationToken.None)).Value!;
    var table = (await stats.PivotAsync(unit, request, new StatFilters(), CancellationToken.None, maxCells: 1_000_000)).Value!;
    return string.Create(CultureInfo.InvariantCulture, $"{table.RowKeys.Count:N0} rows × {table.ColumnKeys.Count} columns, total {table.Total.Count:N0}");
}

async Task<string> RawAsync(TdktDbContext db, string where)
{
    var conn = (NpgsqlConnection)db.Database.GetDbConnection();
    await conn.OpenAsync();
    await using var cmd = new NpgsqlCommand(
        "select count(*) from (select a.\"OrgUnitId\", extract(year from a.\"DecisionDate\"), a.\"AwardCode\", count(*) from award_records a "
        + where + " group by 1, 2, 3) x", conn);
    var groups = (long)(await cmd.ExecuteScalarAsync())!;
    return string.Create(CultureInfo.InvariantCulture, $"{groups:N0} groups");
}

async Task<string> DrillAsync(TdktDbContext db)
{
    var stats = new AwardStatistics(db);
    var scope = new OrgScope([new ScopeGrant(Role.Viewer, province, $"/1/{province}/")]);
    var unit = (await stats.UnitScopeAsync(scope, commune, request.AsOf, CancellationToken.None)).Value!;
    var (total, rows) = await stats.RecordsAsync(unit, drill with { From = new DateOnly(2024, 1, 1), To = new DateOnly(2024, 12, 31) },
        new StatFilters(Form: AwardCodes.Gk), null, 1, CancellationToken.None);
    return string.Create(CultureInfo.InvariantCulture, $"{total:N0} records, {rows.Count} on the page");
}

async Task<string> RawDrillAsync(TdktDbContext db)
{
    var conn = (NpgsqlConnection)db.Database.GetDbConnection();
    await conn.OpenAsync();
    await using var cmd = new NpgsqlCommand(
        "select count(*) from (select a.\"Id\" from award_records a where a.\"OrgUnitId\" = " + commune.ToString(CultureInfo.InvariantCulture)
        + " and a.\"DecisionDate\" between '2024-01-01' and '2024-12-31' and a.\"AwardCode\" = 'GK' order by a.\"DecisionDate\" desc limit 50) x", conn);
    return string.Create(CultureInfo.InvariantCulture, $"{(long)(await cmd.ExecuteScalarAsync())!} rows");
}

var provinceUnits = string.Join(',', communes.Where(c => provinceOf[c] == province).Append(province));
foreach (var (name, app, raw) in new (string, Func<TdktDbContext, Task<string>>, Func<TdktDbContext, Task<string>>)[]
         {
             ("province pivot unit × year × form", db => PivotAsync(db, province), db => RawAsync(db, $"where a.\"OrgUnitId\" in ({provinceUnits})")),
             ("country pivot unit × year × form", db => PivotAsync(db, 1), db => RawAsync(db, string.Empty)),
             ("drill-down (commune, 2024, Giấy khen, page 1)", DrillAsync, RawDrillAsync),
         })
{
    var a = await TimeAsync(app);
    var r = await TimeAsync(raw);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{name}: app median {a.Median:F1} ms ({a.Note}); raw PostgreSQL median {r.Median:F1} ms ({r.Note}); ratio {a.Median / r.Median:F2}"));
}
