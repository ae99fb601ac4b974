using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;
using Tdkt.Domain.Awards;
using Tdkt.Testing;
using Tdkt.Web.Data;
using Tdkt.Web.Pages.Registry;

// One province: 100 agencies/communes × 10 units; 100,000 people × 10 years (2016–2025) = 1,000,000 award records,
// 1,000,000 yearly ratings, 50,000 initiatives. Then the due-for-award list for the whole province, year 2025:
// set-based queries + AwardSuggestions.Due per subject, timed end to end (fixed seed).
const int Branches = 100, PerBranch = 10, People = 100_000, Years = 10, FirstYear = 2016;
var cluster = PostgresCluster.Instance;
await cluster.ExecuteAsync("CREATE DATABASE bench_awards");
var cs = cluster.ConnectionString("bench_awards");
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
var unitIds = new List<int>();
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
        for (var b = 0; b < Branches; b++)
        {
            var bid = ++id;
            await Unit(bid, "Commune", 1, $"/1/{bid}/");
            unitIds.Add(bid);
            for (var u = 0; u < PerBranch; u++)
            {
                var uid = ++id;
                await Unit(uid, "PublicServiceUnit", bid, $"/1/{bid}/{uid}/");
                unitIds.Add(uid);
            }
        }

        await import.CompleteAsync();
    }

    var random = new Random(20261121);
    var homes = new int[People + 1];
    await using (var import = await conn.BeginBinaryImportAsync(
        "COPY people (\"Id\", \"FullName\", \"BirthYear\", \"OrgUnitId\") FROM STDIN (FORMAT BINARY)"))
    {
        for (var p = 1; p <= People; p++)
        {
            homes[p] = unitIds[random.Next(unitIds.Count)];
            await import.StartRowAsync();
            await import.WriteAsync(p, NpgsqlDbType.Integer);
            await import.WriteAsync("Người " + p.ToString(CultureInfo.InvariantCulture), NpgsqlDbType.Varchar);
            await import.WriteAsync(1960 + random.Next(40), NpgsqlDbType.Integer);
            await import.WriteAsync(homes[p], NpgsqlDbType.Integer);
        }

        await import.CompleteAsync();
    }

    // Each year: a rating and one title. Good years (HTXSNV) bring CSTĐCS, others LĐTT (or a thematic Bằng khen).
    var excellent = new bool[People + 1, Years];
    await using (var import = await conn.BeginBinaryImportAsync(
        "COPY yearly_ratings (\"Id\", \"OrgUnitId\", \"PersonId\", \"Year\", \"Rating\") FROM STDIN (FORMAT BINARY)"))
    {
        var id = 0;
        for (var p = 1; p <= People; p++)
        {
            for (var y = 0; y < Years; y++)
            {
                excellent[p, y] = random.NextDouble() < 0.45;
                await import.StartRowAsync();
                await import.WriteAsync(++id, NpgsqlDbType.Integer);
                await import.WriteAsync(homes[p], NpgsqlDbType.Integer);
                await import.WriteAsync(p, NpgsqlDbType.Integer);
                await import.WriteAsync(FirstYear + y, NpgsqlDbType.Integer);
                await import.WriteAsync(excellent[p, y] ? nameof(Rating.Excellent) : nameof(Rating.Good), NpgsqlDbType.Varchar);
            }
        }

        await import.CompleteAsync();
    }

    await using (var import = await conn.BeginBinaryImportAsync(
        "COPY award_records (\"Id\", \"OrgUnitId\", \"PersonId\", \"AwardCode\", \"Year\", \"DecisionNumber\", \"DecisionDate\", \"Kind\", \"Basis\") FROM STDIN (FORMAT BINARY)"))
    {
        var id = 0;
        for (var p = 1; p <= People; p++)
        {
            for (var y = 0; y < Years; y++)
            {
                var year = FirstYear + y;
                var thematic = !excellent[p, y] && random.NextDouble() < 0.05;
                var date = new DateOnly(year, 12, 20);
                await import.StartRowAsync();
                await import.WriteAsync(++id, NpgsqlDbType.Integer);
                await import.WriteAsync(homes[p], NpgsqlDbType.Integer);
                await import.WriteAsync(p, NpgsqlDbType.Integer);
                await import.WriteAsync(excellent[p, y] ? AwardCodes.Cstdcs : thematic ? AwardCodes.BkTinh : AwardCodes.Ldtt, NpgsqlDbType.Varchar);
                await import.WriteAsync(year, NpgsqlDbType.Integer);
                await import.WriteAsync(id.ToString(CultureInfo.InvariantCulture) + "/QĐ-UBND", NpgsqlDbType.Varchar);
                await import.WriteAsync(date, NpgsqlDbType.Date);
                await import.WriteAsync(thematic ? nameof(CommendationKind.Thematic) : nameof(CommendationKind.Merit), NpgsqlDbType.Varchar);
                if (LegalBases.ForDecisionDate(date) is { IsSuccess: true } basis)
                {
                    await import.WriteAsync(basis.Value.ToString(), NpgsqlDbType.Varchar);
                }
                else
                {
                    await import.WriteNullAsync();
                }
            }
        }

        await import.CompleteAsync();
    }

    await using (var import = await conn.BeginBinaryImportAsync(
        "COPY initiatives (\"Id\", \"OrgUnitId\", \"PersonId\", \"Year\", \"Title\", \"Scope\", \"Kind\") FROM STDIN (FORMAT BINARY)"))
    {
        for (var i = 1; i <= People / 2; i++)
        {
            var p = random.Next(1, People + 1);
            await import.StartRowAsync();
            await import.WriteAsync(i, NpgsqlDbType.Integer);
            await import.WriteAsync(homes[p], NpgsqlDbType.Integer);
            await import.WriteAsync(p, NpgsqlDbType.Integer);
            await import.WriteAsync(FirstYear + random.Next(Years), NpgsqlDbType.Integer);
            await import.WriteAsync("Sáng kiến " + i.ToString(CultureInfo.InvariantCulture), NpgsqlDbType.Varchar);
            await import.WriteAsync(random.NextDouble() < 0.5 ? nameof(InitiativeScope.Provincial) : nameof(InitiativeScope.Grassroots), NpgsqlDbType.Varchar);
            await import.WriteAsync(nameof(InitiativeKind.Initiative), NpgsqlDbType.Varchar);
        }

        await import.CompleteAsync();
    }

    await new NpgsqlCommand("SELECT setval('\"EntityFrameworkHiLoSequence\"', 10000000); ANALYZE;", conn).ExecuteNonQueryAsync();
}

var records = People * Years;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Loaded {unitIds.Count + 1} units, {People:N0} people, {records:N0} award records, {records:N0} ratings, {People / 2:N0} initiatives in {load.Elapsed.TotalSeconds:F1} s"));

for (var run = 1; run <= 4; run++)
{
    using var scope = sp.CreateScope();
    var db = scope.ServiceProvider.GetRequiredService<TdktDbContext>();
    var sw = Stopwatch.StartNew();
    var facts = await new RegistryFacts(db, scope.ServiceProvider.GetRequiredService<DbContextOptions<TdktDbContext>>()).LoadSubtreeAsync("/1/", CancellationToken.None);
    var queried = sw.Elapsed;
    var due = RegistryFacts.Evaluate(facts, 2025, new DateOnly(2025, 12, 15), JurisdictionSettings.Default);
    sw.Stop();
    var byAward = string.Join(", ", due.GroupBy(d => d.Award.AwardCode).OrderBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key} {g.Count():N0}")));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"Run {run}{(run == 1 ? " (cold)" : "")}: due-for-award list for the province (year 2025): {sw.Elapsed.TotalSeconds:F2} s (queries + facts {queried.TotalSeconds:F2} s, evaluation {(sw.Elapsed - queried).TotalSeconds:F2} s), {due.Count:N0} rows ({byAward})"));
}
