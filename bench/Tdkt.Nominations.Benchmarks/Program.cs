using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;
using Tdkt.Domain.Awards;
using Tdkt.Domain.Nominations;
using Tdkt.Domain.Security;
using Tdkt.Testing;
using Tdkt.Web.Data;
using Tdkt.Web.Infrastructure;
using Tdkt.Web.Pages.Registry;
using NominationsIndex = Tdkt.Web.Pages.Nominations.IndexModel;
using RegistryIndex = Tdkt.Web.Pages.Registry.IndexModel;

// One province: 100 communes × 10 units; 100,000 people (Vietnamese names) × 10 years = 1,000,000 award records;
// 50,000 dossiers with 3 nominees each. Then (b) the appraiser's inbox of the province (the /Nominations list query),
// (c) the accent-insensitive registry search (the /Registry query), 200 runs each after 20 warm-up, new DbContext each;
// (d) 100,000 historic award rows imported through ImportAwardHistoryHandler.ImportAsync, as .xlsx and as CSV (parse,
// validation, COPY into staging, matching in SQL, INSERT … SELECT) vs a raw binary COPY of the same rows into scratch
// tables. Fixed seed.
const int Branches = 100, PerBranch = 10, People = 100_000, Years = 10, FirstYear = 2016, Dossiers = 50_000, NomineesPer = 3;
const int ImportPeople = 20_000, ImportYears = 5, ImportFirstYear = 2011;
const int Warmup = 20, Runs = 200;
var cluster = PostgresCluster.Instance;
await cluster.ExecuteAsync("DROP DATABASE IF EXISTS bench_nominations");
await cluster.ExecuteAsync("CREATE DATABASE bench_nominations");
var cs = cluster.ConnectionString("bench_nominations");
var services = new ServiceCollection();
services.AddLogging();
services.AddDbContext<TdktDbContext>(o => o.UseNpgsql(cs));
services.AddIdentityCore<AppUser>().AddEntityFrameworkStores<TdktDbContext>();
await using var sp = services.BuildServiceProvider();
using (var scope = sp.CreateScope())
{
    await scope.ServiceProvider.GetRequiredService<TdktDbContext>().Database.MigrateAsync();
}

string[] family = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Lò", "Tòng", "Giàng", "Vàng"];
string[] middle = ["Văn", "Thị", "Đức", "Minh", "Ngọc", "Thanh", "Hữu", "Quang", "Thu", "Xuân"];
string[] given = ["An", "Bình", "Cường", "Dũng", "Đạt", "Giang", "Hà", "Hải", "Hạnh", "Hiền", "Hoa", "Hùng", "Hương", "Khánh", "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Phúc", "Phương", "Quân", "Sơn", "Tâm", "Thảo", "Thắng", "Trang", "Tuấn", "Yến"];
var random = new Random(20261121);
string Name() => $"{family[random.Next(family.Length)]} {middle[random.Next(middle.Length)]} {given[random.Next(given.Length)]}";

var load = Stopwatch.StartNew();
var unitIds = new List<int>();
var parentOf = new Dictionary<int, int>();
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
            parentOf[bid] = 1;
            for (var u = 0; u < PerBranch; u++)
            {
                var uid = ++id;
                await Unit(uid, "PublicServiceUnit", bid, $"/1/{bid}/{uid}/");
                unitIds.Add(uid);
                parentOf[uid] = bid;
            }
        }

        await import.CompleteAsync();
    }

    var homes = new int[People + 1];
    await using (var import = await conn.BeginBinaryImportAsync(
        "COPY people (\"Id\", \"FullName\", \"BirthYear\", \"OrgUnitId\") FROM STDIN (FORMAT BINARY)"))
    {
        for (var p = 1; p <= People; p++)
        {
            homes[p] = unitIds[random.Next(unitIds.Count)];
            await import.StartRowAsync();
            await import.WriteAsync(p, NpgsqlDbType.Integer);
            await import.WriteAsync(Name(), NpgsqlDbType.Varchar);
            await import.WriteAsync(1960 + random.Next(40), NpgsqlDbType.Integer);
            await import.WriteAsync(homes[p], NpgsqlDbType.Integer);
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
                var excellent = random.NextDouble() < 0.45;
                var date = new DateOnly(year, 12, 20);
                await import.StartRowAsync();
                await import.WriteAsync(++id, NpgsqlDbType.Integer);
                await import.WriteAsync(homes[p], NpgsqlDbType.Integer);
                await import.WriteAsync(p, NpgsqlDbType.Integer);
                await import.WriteAsync(excellent ? AwardCodes.Cstdcs : AwardCodes.Ldtt, NpgsqlDbType.Varchar);
                await import.WriteAsync(year, NpgsqlDbType.Integer);
                await import.WriteAsync(id.ToString(CultureInfo.InvariantCulture) + "/QĐ-UBND", NpgsqlDbType.Varchar);
                await import.WriteAsync(date, NpgsqlDbType.Date);
                await import.WriteAsync(nameof(CommendationKind.Merit), NpgsqlDbType.Varchar);
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

    // Dossiers: proposing unit random; half go to the province (Sở Nội vụ), half to the commune above (grassroots).
    DossierStatus[] statuses = [DossierStatus.Draft, DossierStatus.Submitted, DossierStatus.Received, DossierStatus.UnderAppraisal,
        DossierStatus.Appraised, DossierStatus.CouncilRecorded, DossierStatus.Decided, DossierStatus.Returned];
    var origin = new DateTimeOffset(2023, 1, 1, 0, 0, 0, TimeSpan.Zero);
    var proposing = new int[Dossiers + 1];
    await using (var import = await conn.BeginBinaryImportAsync(
        "COPY dossiers (\"Id\", \"Title\", \"ProposingUnitId\", \"ReceivingUnitId\", \"Kind\", \"DecidingLevel\", \"Year\", \"Status\", \"Round\", \"ReceivedOn\", \"AppraisalWorkingDays\", \"CreatedAt\") FROM STDIN (FORMAT BINARY)"))
    {
        for (var d = 1; d <= Dossiers; d++)
        {
            var unit = proposing[d] = unitIds[random.Next(unitIds.Count)];
            var provincial = random.NextDouble() < 0.5;
            var status = statuses[random.Next(statuses.Length)];
            var created = origin.AddMinutes(d * 30);
            await import.StartRowAsync();
            await import.WriteAsync(d, NpgsqlDbType.Integer);
            await import.WriteAsync("Hồ sơ đề nghị khen thưởng số " + d.ToString(CultureInfo.InvariantCulture), NpgsqlDbType.Varchar);
            await import.WriteAsync(unit, NpgsqlDbType.Integer);
            await import.WriteAsync(provincial ? 1 : parentOf[unit] == 1 ? 1 : parentOf[unit], NpgsqlDbType.Integer);
            await import.WriteAsync(nameof(CommendationKind.Merit), NpgsqlDbType.Varchar);
            await import.WriteAsync(provincial ? nameof(DecidingLevel.Province) : nameof(DecidingLevel.Grassroots), NpgsqlDbType.Varchar);
            await import.WriteAsync(created.Year, NpgsqlDbType.Integer);
            await import.WriteAsync(status.ToString(), NpgsqlDbType.Varchar);
            await import.WriteAsync(1, NpgsqlDbType.Integer);
            if (status is DossierStatus.Draft or DossierStatus.Submitted or DossierStatus.Returned)
            {
                await import.WriteNullAsync();
            }
            else
            {
                await import.WriteAsync(DateOnly.FromDateTime(created.AddDays(3).UtcDateTime), NpgsqlDbType.Date);
            }

            await import.WriteAsync(20, NpgsqlDbType.Integer);
            await import.WriteAsync(created, NpgsqlDbType.TimestampTz);
        }

        await import.CompleteAsync();
    }

    await using (var import = await conn.BeginBinaryImportAsync(
        "COPY nominees (\"Id\", \"DossierId\", \"Kind\", \"Name\", \"BirthYear\", \"AwardCode\", \"Achievement\", \"Verdict\") FROM STDIN (FORMAT BINARY)"))
    {
        var id = 0;
        for (var d = 1; d <= Dossiers; d++)
        {
            for (var n = 0; n < NomineesPer; n++)
            {
                await import.StartRowAsync();
                await import.WriteAsync(++id, NpgsqlDbType.Integer);
                await import.WriteAsync(d, NpgsqlDbType.Integer);
                await import.WriteAsync(nameof(SubjectKind.Individual), NpgsqlDbType.Varchar);
                await import.WriteAsync(Name(), NpgsqlDbType.Varchar);
                await import.WriteAsync(1960 + random.Next(40), NpgsqlDbType.Integer);
                await import.WriteAsync(AwardCodes.Cstdcs, NpgsqlDbType.Varchar);
                await import.WriteAsync("Hoàn thành xuất sắc nhiệm vụ", NpgsqlDbType.Varchar);
                await import.WriteAsync(nameof(NomineeVerdict.Pending), NpgsqlDbType.Varchar);
            }
        }

        await import.CompleteAsync();
    }

    await new NpgsqlCommand("SELECT setval('\"EntityFrameworkHiLoSequence\"', 10000000); ANALYZE;", conn).ExecuteNonQueryAsync();
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Loaded {unitIds.Count + 1} units, {People:N0} people, {People * Years:N0} award records, {Dossiers:N0} dossiers, {Dossiers * NomineesPer:N0} nominees in {load.Elapsed.TotalSeconds:F1} s"));

async Task Measure(string what, Func<TdktDbContext, Task<int>> query)
{
    var times = new List<double>();
    var rows = 0;
    for (var i = 0; i < Warmup + Runs; i++)
    {
        using var scope = sp.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TdktDbContext>();
        var sw = Stopwatch.StartNew();
        rows = await query(db);
        sw.Stop();
        if (i >= Warmup)
        {
            times.Add(sw.Elapsed.TotalMilliseconds);
        }
    }

    times.Sort();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{what}: {rows:N0} rows, median {times[times.Count / 2]:F2} ms, p95 {times[(int)(times.Count * 0.95) - 1]:F2} ms, max {times[^1]:F2} ms ({Runs} runs after {Warmup} warm-up)"));
}

// (b) Appraiser of the province (Sở Nội vụ): a grant on the province unit itself.
var appraiser = new OrgScope([new ScopeGrant(Role.Appraiser, 1, "/1/")]);
await Measure("Appraiser inbox (province)", async db => (await NominationsIndex.ListQuery(db, appraiser).ToListAsync()).Count);
var communeAppraiser = new OrgScope([new ScopeGrant(Role.Appraiser, 2, "/1/2/")]);
await Measure("Appraiser inbox (commune body)", async db => (await NominationsIndex.ListQuery(db, communeAppraiser).ToListAsync()).Count);

// (c) Registry search by a province-wide viewer, accent-insensitive.
var viewer = new OrgScope([new ScopeGrant(Role.Viewer, 1, "/1/")]);
await Measure("Registry search \"nguyen van hung\" (province)", async db => (await RegistryIndex.Search(db, viewer, "nguyen van hung").ToListAsync()).Count);
await Measure("Registry search \"giang thi\" (province)", async db => (await RegistryIndex.Search(db, viewer, "giang thi").ToListAsync()).Count);
await Measure("Registry search \"hà\" (province, common)", async db => (await RegistryIndex.Search(db, viewer, "hà").ToListAsync()).Count);
var commune = new OrgScope([new ScopeGrant(Role.Viewer, 2, "/1/2/")]);
await Measure("Registry search \"nguyen\" (one commune)", async db => (await RegistryIndex.Search(db, commune, "nguyen").ToListAsync()).Count);
await Measure("Registry list, no query (province)", async db => (await RegistryIndex.Search(db, viewer, null).ToListAsync()).Count);

// (d) 100,000 historic rows: 20,000 new people × 2011–2015, in the template's columns — once as .xlsx, once as CSV
// (other people, so the second file is not all duplicates of the first).
List<IReadOnlyList<object?>> HistoricRows(string namePrefix, int seed)
{
    var list = new List<IReadOnlyList<object?>>();
    var r = new Random(seed);
    for (var p = 0; p < ImportPeople; p++)
    {
        var unit = unitIds[r.Next(unitIds.Count)];
        var name = namePrefix + p.ToString(CultureInfo.InvariantCulture);
        var birth = 1950 + r.Next(40);
        for (var y = 0; y < ImportYears; y++)
        {
            var year = ImportFirstYear + y;
            list.Add(["U" + unit.ToString(CultureInfo.InvariantCulture), name, birth, y % 2 == 0 ? AwardCodes.Ldtt : AwardCodes.Cstdcs, year,
                string.Create(CultureInfo.InvariantCulture, $"{p * ImportYears + y + 1}/QĐ-UBND"), string.Create(CultureInfo.InvariantCulture, $"20/12/{year}"), "công trạng"]);
        }
    }

    return list;
}

var xlsxRows = HistoricRows("Lịch Sử ", 4);
var csvRows = HistoricRows("Lịch Sử Csv ", 5);
var xlsx = Xlsx.Write("Lich su khen thuong", ImportAwardHistoryHandler.Headers, xlsxRows);
var csvText = new System.Text.StringBuilder(string.Join(';', ImportAwardHistoryHandler.Headers)).Append("\r\n");
foreach (var r in csvRows)
{
    csvText.AppendJoin(';', r.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture))).Append("\r\n");
}

var csv = System.Text.Encoding.UTF8.GetBytes(csvText.ToString());
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Import files: {xlsxRows.Count:N0} rows, {xlsx.Length / 1024.0 / 1024.0:F1} MB .xlsx; {csvRows.Count:N0} rows, {csv.Length / 1024.0 / 1024.0:F1} MB CSV"));

var admin = new OrgScope([new ScopeGrant(Role.Admin, 1, "/1/")]);
async Task<TimeSpan> Import(byte[] file, int expected)
{
    using var scope = sp.CreateScope();
    var db = scope.ServiceProvider.GetRequiredService<TdktDbContext>();
    var sw = Stopwatch.StartNew();
    var result = await ImportAwardHistoryHandler.ImportAsync(db, admin, file, CancellationToken.None);
    var elapsed = sw.Elapsed;
    if (result.IsFailure || result.Value!.Errors.Count > 0 || result.Value.Imported != expected)
    {
        throw new InvalidOperationException("Import failed: " + (result.Error?.Message ?? string.Join("; ", result.Value!.Errors.Take(5).Select(e => e.ToString()))));
    }

    return elapsed;
}

var xlsxTime = await Import(xlsx, xlsxRows.Count);
var csvTime = await Import(csv, csvRows.Count);

// Parse-only cost of the same files (part of the handler figures), for the breakdown.
var parse = Stopwatch.StartNew();
_ = ImportAwardHistoryHandler.ReadRows(xlsx);
var xlsxParseTime = parse.Elapsed;
parse.Restart();
_ = ImportAwardHistoryHandler.ReadRows(csv);
var csvParseTime = parse.Elapsed;

// Raw binary COPY of the same rows (already parsed values) into scratch tables without indexes.
var sheetRows = xlsxRows;
TimeSpan rawTime;
await using (var conn = new NpgsqlConnection(cs))
{
    await conn.OpenAsync();
    await new NpgsqlCommand("CREATE TABLE scratch_people (LIKE people); CREATE TABLE scratch_award_records (LIKE award_records);", conn).ExecuteNonQueryAsync();
    var sw = Stopwatch.StartNew();
    await using var tx = await conn.BeginTransactionAsync();
    await using (var import = await conn.BeginBinaryImportAsync(
        "COPY scratch_people (\"Id\", \"FullName\", \"BirthYear\", \"OrgUnitId\") FROM STDIN (FORMAT BINARY)"))
    {
        for (var i = 0; i < sheetRows.Count; i += ImportYears)
        {
            var r = sheetRows[i];
            await import.StartRowAsync();
            await import.WriteAsync(20_000_000 + i, NpgsqlDbType.Integer);
            await import.WriteAsync((string)r[1]!, NpgsqlDbType.Varchar);
            await import.WriteAsync((int)r[2]!, NpgsqlDbType.Integer);
            await import.WriteAsync(int.Parse(((string)r[0]!)[1..], CultureInfo.InvariantCulture), NpgsqlDbType.Integer);
        }

        await import.CompleteAsync();
    }

    await using (var import = await conn.BeginBinaryImportAsync(
        "COPY scratch_award_records (\"Id\", \"OrgUnitId\", \"PersonId\", \"AwardCode\", \"Year\", \"DecisionNumber\", \"DecisionDate\", \"Kind\", \"Basis\") FROM STDIN (FORMAT BINARY)"))
    {
        for (var i = 0; i < sheetRows.Count; i++)
        {
            var r = sheetRows[i];
            var year = (int)r[4]!;
            await import.StartRowAsync();
            await import.WriteAsync(30_000_000 + i, NpgsqlDbType.Integer);
            await import.WriteAsync(int.Parse(((string)r[0]!)[1..], CultureInfo.InvariantCulture), NpgsqlDbType.Integer);
            await import.WriteAsync(20_000_000 + (i / ImportYears * ImportYears), NpgsqlDbType.Integer);
            await import.WriteAsync((string)r[3]!, NpgsqlDbType.Varchar);
            await import.WriteAsync(year, NpgsqlDbType.Integer);
            await import.WriteAsync((string)r[5]!, NpgsqlDbType.Varchar);
            await import.WriteAsync(new DateOnly(year, 12, 20), NpgsqlDbType.Date);
            await import.WriteAsync(nameof(CommendationKind.Merit), NpgsqlDbType.Varchar);
            await import.WriteNullAsync();
        }

        await import.CompleteAsync();
    }

    await tx.CommitAsync();
    rawTime = sw.Elapsed;
}

long imported;
await using (var conn = new NpgsqlConnection(cs))
{
    await conn.OpenAsync();
    imported = (long)(await new NpgsqlCommand("SELECT count(*) FROM award_records WHERE \"Year\" < 2016", conn).ExecuteScalarAsync())!;
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Import {xlsxRows.Count:N0} rows .xlsx through ImportAwardHistoryHandler.ImportAsync: {xlsxTime.TotalSeconds:F2} s (of which parse ≈ {xlsxParseTime.TotalSeconds:F2} s); ratio to raw COPY {xlsxTime.TotalSeconds / rawTime.TotalSeconds:F1}×"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Import {csvRows.Count:N0} rows CSV through ImportAwardHistoryHandler.ImportAsync: {csvTime.TotalSeconds:F2} s (of which parse ≈ {csvParseTime.TotalSeconds:F2} s); ratio to raw COPY {csvTime.TotalSeconds / rawTime.TotalSeconds:F1}×"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Raw binary COPY of the same rows ({ImportPeople:N0} people + {sheetRows.Count:N0} records) into scratch tables: {rawTime.TotalSeconds:F2} s; {imported:N0} imported rows in award_records"));
