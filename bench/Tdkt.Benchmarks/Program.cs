using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;
using Tdkt.Domain.Security;
using Tdkt.Testing;
using Tdkt.Web.Data;
using Tdkt.Web.Security;

// Subtree (scope) queries on a national-size org tree: 34 provinces × 120 agencies/communes × 10 units.
const int Provinces = 34, PerProvince = 120, PerCommune = 10, Runs = 300;
var cluster = PostgresCluster.Instance;
await cluster.ExecuteAsync("CREATE DATABASE bench");
var services = new ServiceCollection();
services.AddLogging();
services.AddDbContext<TdktDbContext>(o => o.UseNpgsql(cluster.ConnectionString("bench")));
services.AddIdentityCore<AppUser>().AddEntityFrameworkStores<TdktDbContext>();
await using var sp = services.BuildServiceProvider();
using (var scope = sp.CreateScope())
{
    await scope.ServiceProvider.GetRequiredService<TdktDbContext>().Database.MigrateAsync();
}

var sw = Stopwatch.StartNew();
await using (var conn = new NpgsqlConnection(cluster.ConnectionString("bench")))
{
    await conn.OpenAsync();
    await using var import = await conn.BeginBinaryImportAsync(
        "COPY org_units (\"Id\", \"Code\", \"Name\", \"Kind\", \"ParentId\", \"Path\", \"ValidFrom\") FROM STDIN (FORMAT BINARY)");
    var id = 0;
    async Task Row(int rowId, string kind, int? parent, string path)
    {
        await import.StartRowAsync();
        await import.WriteAsync(rowId, NpgsqlDbType.Integer);
        await import.WriteAsync("U" + rowId.ToString(CultureInfo.InvariantCulture), NpgsqlDbType.Varchar);
        await import.WriteAsync("Đơn vị " + rowId.ToString(CultureInfo.InvariantCulture), NpgsqlDbType.Varchar);
        await import.WriteAsync(kind, NpgsqlDbType.Varchar);
        if (parent is { } p) { await import.WriteAsync(p, NpgsqlDbType.Integer); } else { await import.WriteNullAsync(); }
        await import.WriteAsync(path, NpgsqlDbType.Varchar);
        await import.WriteAsync(new DateOnly(2025, 7, 1), NpgsqlDbType.Date);
    }

    for (var p = 0; p < Provinces; p++)
    {
        var pid = ++id;
        var ppath = $"/{pid}/";
        await Row(pid, "Province", null, ppath);
        for (var c = 0; c < PerProvince; c++)
        {
            var cid = ++id;
            var cpath = $"{ppath}{cid}/";
            await Row(cid, "Commune", pid, cpath);
            for (var u = 0; u < PerCommune; u++)
            {
                var uid = ++id;
                await Row(uid, "PublicServiceUnit", cid, $"{cpath}{uid}/");
            }
        }
    }

    await import.CompleteAsync();
}

await using (var conn = new NpgsqlConnection(cluster.ConnectionString("bench")))
{
    await conn.OpenAsync();
    await new NpgsqlCommand("SELECT setval('\"EntityFrameworkHiLoSequence\"', 1000000); ANALYZE org_units;", conn).ExecuteNonQueryAsync();
}

var total = Provinces * (1 + PerProvince * (1 + PerCommune));
Console.WriteLine($"Loaded {total} units in {sw.ElapsedMilliseconds} ms");

// Province 17 (a whole province), commune 2 of province 17, and a user with grants on 3 communes.
var provinceId = 16 * (1 + PerProvince * (1 + PerCommune)) + 1;
var communeId = provinceId + 1 + (1 + PerCommune);
OrgScope ProvinceScope() => new([new ScopeGrant(Role.Appraiser, provinceId, $"/{provinceId}/")]);
OrgScope CommuneScope() => new([new ScopeGrant(Role.UnitClerk, communeId, $"/{provinceId}/{communeId}/")]);
OrgScope ThreeCommunes() => new(Enumerable.Range(0, 3).Select(i =>
{
    var cid = provinceId + 1 + i * (1 + PerCommune);
    return new ScopeGrant(Role.UnitClerk, cid, $"/{provinceId}/{cid}/");
}));

async Task Measure(string name, Func<TdktDbContext, Task<int>> query)
{
    var times = new List<double>();
    var rows = 0;
    for (var i = 0; i < Runs + 20; i++)
    {
        using var scope = sp.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TdktDbContext>();
        var t = Stopwatch.StartNew();
        rows = await query(db);
        t.Stop();
        if (i >= 20)
        {
            times.Add(t.Elapsed.TotalMilliseconds);
        }
    }

    times.Sort();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{name}: rows={rows} median={times[times.Count / 2]:F2} ms p95={times[(int)(times.Count * 0.95)]:F2} ms"));
}

await Measure("province subtree, list all (1,321 units)", async db => (await db.OrgUnits.AsNoTracking().VisibleTo(ProvinceScope()).ToListAsync()).Count);
await Measure("commune subtree, list all (11 units)", async db => (await db.OrgUnits.AsNoTracking().VisibleTo(CommuneScope()).ToListAsync()).Count);
await Measure("3 commune grants, list all (33 units)", async db => (await db.OrgUnits.AsNoTracking().VisibleTo(ThreeCommunes()).ToListAsync()).Count);
await Measure("by id within commune scope (the 404 check)", async db => await db.OrgUnits.AsNoTracking().VisibleTo(CommuneScope()).CountAsync(u => u.Id == communeId + 3));
await Measure("accent-insensitive search in province scope", async db => (await db.OrgUnits.AsNoTracking().VisibleTo(ProvinceScope())
    .Where(u => EF.Functions.ILike(TdktDbContext.Unaccent(u.Name), TdktDbContext.Unaccent("%don vi 2150%"))).ToListAsync()).Count);

using (var scope = sp.CreateScope())
{
    var db = scope.ServiceProvider.GetRequiredService<TdktDbContext>();
    var sql = db.OrgUnits.AsNoTracking().VisibleTo(CommuneScope()).ToQueryString();
    await using var conn = new NpgsqlConnection(cluster.ConnectionString("bench"));
    await conn.OpenAsync();
    await using var reader = await new NpgsqlCommand("EXPLAIN " + sql, conn).ExecuteReaderAsync();
    Console.WriteLine("Plan (commune scope):");
    while (await reader.ReadAsync())
    {
        Console.WriteLine("  " + reader.GetString(0));
    }
}
