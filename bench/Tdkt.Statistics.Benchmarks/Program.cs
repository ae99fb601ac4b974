using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Tdkt.Domain.Security;
using Tdkt.Domain.Statistics;
using Tdkt.Testing;
using Tdkt.Web.Data;
using Tdkt.Web.Pages.ThongKe;

// National scale (issue 14): 1 national root, 34 provinces, 97 communes each (3,298), people and award records spread
// evenly over the communes, decisions 2016–2025 over five forms. Generated server-side with generate_series (fixed, no
// randomness), the statistics cells rebuilt (ADR-0036), then the statistics page's own code (AwardStatistics, which reads
// the cells) timed warm next to the raw GROUP BY of the same award records and the raw GROUP BY of the same cells.
var records = long.Parse(Environment.GetEnvironmentVariable("STATS_BENCH_RECORDS") ?? "20000000", CultureInfo.InvariantCulture);
var people = long.Parse(Environment.GetEnvironmentVariable("STATS_BENCH_PEOPLE") ?? "2000000", CultureInfo.InvariantCulture);
var runs = int.Parse(Environment.GetEnvironmentVariable("STATS_BENCH_RUNS") ?? "5", CultureInfo.InvariantCulture);
const int Provinces = 34, CommunesPer = 97, Communes = Provinces * CommunesPer, FirstCommune = 100;

var cluster = PostgresCluster.Instance;
await cluster.ExecuteAsync("CREATE DATABASE bench_stats");
var cs = cluster.ConnectionString("bench_stats") + ";Command Timeout=0";
var services = new ServiceCollection();
services.AddLogging();
services.AddDbContext<TdktDbContext>(o => o.UseNpgsql(cs));
services.AddIdentityCore<AppUser>().AddEntityFrameworkStores<TdktDbContext>();
await using var sp = services.BuildServiceProvider();
using (var scope = sp.CreateScope())
{
    await scope.ServiceProvider.GetRequiredService<TdktDbContext>().Database.MigrateAsync();
}

async Task Sql(string sql)
{
    await using var conn = new NpgsqlConnection(cs);
    await conn.OpenAsync();
    await using var cmd = new NpgsqlCommand(sql, conn) { CommandTimeout = 0 };
    await cmd.ExecuteNonQueryAsync();
}

var load = Stopwatch.StartNew();
// Units: root 1, provinces 2..35, communes FirstCommune.. (province = 2 + (i / 97)).
await Sql($"""
    insert into org_units ("Id", "Code", "Name", "Kind", "ParentId", "Path", "ValidFrom") values (1, 'VN', 'Việt Nam', 'Province', null, '/1/', '2004-01-01');
    insert into org_units ("Id", "Code", "Name", "Kind", "ParentId", "Path", "ValidFrom")
      select p, 'T' || p, 'Tỉnh ' || p, 'Province', 1, '/1/' || p || '/', '2004-01-01' from generate_series(2, {Provinces + 1}) p;
    insert into org_units ("Id", "Code", "Name", "Kind", "ParentId", "Path", "ValidFrom")
      select {FirstCommune} + i, 'X' || i, 'Xã ' || i, 'Commune', 2 + i / {CommunesPer}, '/1/' || (2 + i / {CommunesPer}) || '/' || ({FirstCommune} + i) || '/', '2004-01-01'
      from generate_series(0, {Communes - 1}) i;
    """);
await Sql($"""
    insert into people ("Id", "FullName", "BirthYear", "OrgUnitId", "Gender")
      select g, 'Người ' || g, 1960 + g % 40, {FirstCommune} + g % {Communes}, case when g % 2 = 0 then 'nữ' else 'nam' end
      from generate_series(1, {people}) g;
    """);
Console.WriteLine($"units + {people:N0} people: {load.Elapsed.TotalSeconds:F1} s");
// Bulk load: the per-row foreign-key and append-only triggers are switched off for the generated rows (all references
// are constructed valid) and switched back on afterwards, as a restore would.
await Sql("alter table award_records disable trigger all");
await Sql($"""
    insert into award_records ("Id", "OrgUnitId", "PersonId", "AwardCode", "Year", "DecisionNumber", "DecisionDate", "SignerOrgUnitId", "Kind")
      select g, {FirstCommune} + (g % {people}) % {Communes}, 1 + g % {people},
             (array['GK','LDTT','CSTDCS','BK_TINH','CSTD_TINH'])[1 + (g / 7) % 5], 2016 + (g / 3) % 10, (g % 997) || '/QĐ-UBND',
             make_date(2016 + (g / 3) % 10, 1 + g % 12, 1 + g % 28), 2 + ({FirstCommune} + (g % {people}) % {Communes} - {FirstCommune}) / {CommunesPer}, 'Merit'
      from generate_series(1, {records}) g;
    """);
await Sql("alter table award_records enable trigger all");
Console.WriteLine($"{records:N0} award records loaded: {load.Elapsed.TotalSeconds:F1} s total");
// The statistics cells (ADR-0036) were not kept by the switched-off triggers: rebuilt from scratch, as after any bulk load.
var rebuild = Stopwatch.StartNew();
long cellCount = 0;
await using (var conn = new NpgsqlConnection(cs))
{
    await conn.OpenAsync();
    await using var cmd = new NpgsqlCommand("select award_stat_cells_rebuild()", conn) { CommandTimeout = 0 };
    cellCount = (long)(await cmd.ExecuteScalarAsync())!;
}

Console.WriteLine($"award_stat_cells rebuilt: {cellCount:N0} cells in {rebuild.Elapsed.TotalSeconds:F1} s");
await Sql("analyze");

var admin = new OrgScope([new ScopeGrant(Role.Admin, 1, "/1/")]);
var asOf = new DateOnly(2025, 12, 31);

async Task<(double Median, string What)> Time(string name, Func<AwardStatistics, Task<string>> body)
{
    var times = new List<double>();
    string what = "";
    for (var i = 0; i < runs + 1; i++)
    {
        using var scope = sp.CreateScope();
        var stats = new AwardStatistics(scope.ServiceProvider.GetRequiredService<TdktDbContext>());
        var sw = Stopwatch.StartNew();
        what = await body(stats);
        if (i > 0)
        {
            times.Add(sw.Elapsed.TotalMilliseconds);
        }
    }

    times.Sort();
    var median = times[times.Count / 2];
    Console.WriteLine($"{name}: median {median:F0} ms, min {times[0]:F0}, max {times[^1]:F0} ({runs} warm runs; {what})");
    return (median, what);
}

async Task<double> Raw(string name, string sql)
{
    var times = new List<double>();
    for (var i = 0; i < runs + 1; i++)
    {
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync();
        var sw = Stopwatch.StartNew();
        await using var cmd = new NpgsqlCommand(sql, conn) { CommandTimeout = 0 };
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
        }

        if (i > 0)
        {
            times.Add(sw.Elapsed.TotalMilliseconds);
        }
    }

    times.Sort();
    Console.WriteLine($"{name}: median {times[times.Count / 2]:F0} ms");
    return times[times.Count / 2];
}

var pivot = StatRequest.Parse("unit,year,form", "2016", "2025", "31/12/2025", asOf).Value!;
async Task<string> PivotOf(AwardStatistics stats, int unit)
{
    var scope = (await stats.UnitScopeAsync(admin, unit, asOf, CancellationToken.None)).Value!;
    var table = (await stats.PivotAsync(scope, pivot, new StatFilters(), CancellationToken.None)).Value!;
    return $"{table.RowKeys.Count} rows × {table.ColumnKeys.Count} columns, {table.Total.Count:N0} awards";
}

// Where the app's time goes besides its query: resolving the unit's tree on the day (all units and successions read,
// rolled up in C#), alone.
await Time("  of which unit scope and roll-up alone (country)", async s =>
{
    var scope = (await s.UnitScopeAsync(admin, 1, asOf, CancellationToken.None)).Value!;
    return $"{scope.Buckets.Count:N0} units";
});
var (province, _) = await Time("Province pivot unit × year × form (1 province)", s => PivotOf(s, 2));
var provinceRaw = await Raw("  raw GROUP BY of the same rows", $"""
    select "OrgUnitId", extract(year from "DecisionDate"), "AwardCode", count(*) from award_records
    where "OrgUnitId" in (select "Id" from org_units where "Path" like '/1/2/%') and "DecisionDate" between '2016-01-01' and '2025-12-31' group by 1, 2, 3
    """);
var provinceCells = await Raw("  raw GROUP BY of the same cells", $"""
    select c."OrgUnitId", c."Year", c."AwardCode", sum(c."Count"), sum(c."Amount") from award_stat_cells c
    where c."OrgUnitId" in (select "Id" from org_units where "Path" like '/1/2/%') and c."Year" between 2016 and 2025 and not c."Revoked" group by 1, 2, 3
    """);
var (country, _) = await Time("Country pivot unit × year × form (34 provinces)", s => PivotOf(s, 1));
var countryRaw = await Raw("  raw GROUP BY of the same rows",
    """select "SignerOrgUnitId", extract(year from "DecisionDate"), "AwardCode", count(*) from award_records where "DecisionDate" between '2016-01-01' and '2025-12-31' group by 1, 2, 3""");
var countryCells = await Raw("  raw GROUP BY of the same cells",
    """select c."Issuer", c."Year", c."AwardCode", sum(c."Count"), sum(c."Amount") from award_stat_cells c where c."Year" between 2016 and 2025 and not c."Revoked" group by 1, 2, 3""");
var drill = StatRequest.Parse(null, "2020", "2020", "31/12/2025", asOf).Value!;
var (page, _) = await Time("Drill-down page (a commune's cell: 2020, Giấy khen; first 50 records + count)", async s =>
{
    var scope = (await s.UnitScopeAsync(admin, FirstCommune + 5, asOf, CancellationToken.None)).Value!;
    var (total, rows) = await s.RecordsAsync(scope, drill, new StatFilters(Form: "GK"), null, 1, CancellationToken.None);
    return $"{total:N0} records, {rows.Count} shown";
});
var pageRaw = await Raw("  raw select of the same rows", $"""
    select * from award_records where "OrgUnitId" = {FirstCommune + 5} and "AwardCode" = 'GK' and "DecisionDate" between '2020-01-01' and '2020-12-31' order by "DecisionDate" desc limit 50
    """);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"ratios app/raw records: province {province / provinceRaw:F2}x, country {country / countryRaw:F2}x, drill-down {page / pageRaw:F1}x"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"ratios app/raw cells: province {province / provinceCells:F2}x, country {country / countryCells:F2}x"));
if (Environment.GetEnvironmentVariable("STATS_BENCH_KEEP") != "1")
{
    NpgsqlConnection.ClearAllPools();
    await cluster.ExecuteAsync("DROP DATABASE bench_stats WITH (FORCE)");
    Console.WriteLine("bench_stats dropped (STATS_BENCH_KEEP=1 keeps it)");
}
