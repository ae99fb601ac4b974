using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Tdkt.Domain.Awards;
using Tdkt.Domain.Security;
using Tdkt.Domain.Statistics;
using Tdkt.Testing;
using Tdkt.Web.Data;
using Tdkt.Web.Data.Synthetic;
using Tdkt.Web.Pages.ThongKe;
using static Tdkt.Web.Tests.Nominations.NominationScenario;

namespace Tdkt.Web.Tests.Statistics;

/// <summary>The pre-aggregated statistics cells (award_stat_cells, ADR-0036) against the raw GROUP BY over the award
/// records: decisions issued and revoked through the real handlers, history records added, changed and deleted, a
/// dossier's movement corrected, two decisions issued at once, then the rebuild — the pivots must be equal each time.</summary>
public sealed class StatisticsCellsTests : IAsyncLifetime
{
    private readonly SettableClock _clock = new(new DateTimeOffset(2023, 11, 20, 2, 0, 0, TimeSpan.Zero));
    private TdktFactory _app = null!;

    private static readonly StatDimension[][] Groupings =
    [
        [StatDimension.Unit, StatDimension.Year, StatDimension.Form],
        [StatDimension.Subject, StatDimension.Kind],
        [StatDimension.Movement, StatDimension.Issuer],
        [StatDimension.Level, StatDimension.Unit],
        [StatDimension.Year],
    ];

    private static readonly StatFilters[] FilterCases =
    [
        new(), new(Revoked: RevokedMode.Show), new(Revoked: RevokedMode.Only),
        new(Form: AwardCodes.Gk, Subject: nameof(SubjectKind.Individual), Year: 2024),
        new(Level: "CS", Kind: nameof(CommendationKind.AdHoc), Revoked: RevokedMode.Show),
    ];

    public async Task InitializeAsync()
    {
        _app = await TestDatabases.NewFactoryAsync(nameof(StatisticsCellsTests));
        _app.Clock = _clock;
    }

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task IssuedRevokedEditedAndRebuilt_CellsPivotEqualsRawPivotForEveryGrouping()
    {
        var id = await IssuedAsync(_app, _clock);
        await AssertCellsEqualRawAsync("issued");

        var decision = await _app.WithDbAsync(db => db.Decisions.AsNoTracking().SingleAsync(d => d.DossierId == id));
        var revoked = await _app.WithDbAsync(db => db.DecisionRecipients.AsNoTracking().Where(r => r.DecisionId == decision.Id).OrderBy(r => r.Serial).FirstAsync());
        var revokedBefore = await CellCountAsync(revoked: true, decision.DecisionDate.Year);
        _clock.Now = new DateTimeOffset(2024, 3, 4, 2, 0, 0, TimeSpan.Zero);
        var signer = await Http.SignedInAsync(_app, "lanhdao.tplc");
        var version = await _app.WithDbAsync(db => db.Dossiers.AsNoTracking().Where(d => d.Id == id).Select(d => d.Version).SingleAsync());
        Lookups.AssertRedirect(await Http.PostFormAsync(signer, $"{Url(id)}?handler=Revoke", new()
        {
            ["Input.Version"] = version.ToString(CultureInfo.InvariantCulture),
            ["Input.RecipientIds"] = revoked.Id.ToString(CultureInfo.InvariantCulture), ["Input.Grounds"] = "Khai man thành tích",
        }, Url(id)));
        Assert.Equal(revokedBefore + 1, await CellCountAsync(revoked: true, decision.DecisionDate.Year));
        await AssertCellsEqualRawAsync("revoked");

        // The dossier's movement corrected after the decision: its records move to the movement's cells.
        var movement = await _app.WithDbAsync(db => db.Movements.AsNoTracking().OrderBy(m => m.Id).Select(m => m.Id).FirstAsync());
        await _app.WithDbAsync(db => db.Database.ExecuteSqlInterpolatedAsync($"UPDATE dossiers SET \"MovementId\" = {movement} WHERE \"Id\" = {id}"));
        await AssertCellsEqualRawAsync("movement corrected");

        // History typed into the registry (no decision): added, changed, deleted.
        var ward = await Lookups.UnitIdAsync(_app, "LCH-TP-TANPHONG");
        var (kept, gone) = await _app.WithDbAsync(async db =>
        {
            var person = new Person { FullName = "Người Lịch Sử", OrgUnitId = ward, Gender = "nữ" };
            db.People.Add(person);
            var a = new AwardRecordEntry
            {
                OrgUnitId = ward, PersonId = person.Id, AwardCode = AwardCodes.Gk, Year = 2022, DecisionNumber = "9/QĐ-UBND",
                DecisionDate = new DateOnly(2022, 6, 1), Kind = CommendationKind.Merit,
            };
            var b = new AwardRecordEntry
            {
                OrgUnitId = ward, AwardCode = AwardCodes.Gk, Year = 2022, DecisionNumber = "10/QĐ-UBND",
                DecisionDate = new DateOnly(2022, 7, 1), Kind = CommendationKind.AdHoc,
            };
            db.AwardRecords.AddRange(a, b);
            await db.SaveChangesAsync();
            return (a.Id, b.Id);
        });
        await AssertCellsEqualRawAsync("history added");
        await _app.WithDbAsync(db => db.Database.ExecuteSqlInterpolatedAsync(
            $"UPDATE award_records SET \"DecisionDate\" = '2021-12-30', \"Kind\" = 'AdHoc' WHERE \"Id\" = {kept}"));
        await _app.WithDbAsync(db => db.Database.ExecuteSqlInterpolatedAsync($"DELETE FROM award_records WHERE \"Id\" = {gone}"));
        await AssertCellsEqualRawAsync("history changed and deleted");

        // From scratch: the same non-empty cells as kept by the triggers, and the same pivots.
        var before = await NonEmptyCellsAsync();
        await ExecuteAsync("SELECT award_stat_cells_rebuild()");
        Assert.Equal(before, await NonEmptyCellsAsync());
        await AssertCellsEqualRawAsync("rebuilt");
    }

    [Fact]
    public async Task TwoDecisionsIssuedInParallel_CellsCountEveryRecordOnce()
    {
        var first = await DecidableAsync(_app);
        var second = await DecidableAsync(_app, people:
        [
            new("Individual", "Lường Văn Hải", "1985", Gender: "Nam"), new("Individual", "Quàng Thị Mai", "1991", Gender: "Nữ"),
            new("Household", "Vàng A Sính", Address: "Tổ dân phố 5, phường Tân Phong"),
        ]);
        var cellsBefore = await CellCountAsync(revoked: false, 2024);
        _clock.Now = new DateTimeOffset(2024, 1, 15, 2, 0, 0, TimeSpan.Zero);
        var issued = await Task.WhenAll(
            TransitionAsync(_app, "lanhdao.tplc", first, "issue", new { capacity = "ForChairman" }),
            TransitionAsync(_app, "lanhdao.tplc", second, "issue", new { capacity = "ForChairman" }));
        foreach (var r in issued)
        {
            Assert.True(r.IsSuccessStatusCode, await r.Content.ReadAsStringAsync());
        }

        Assert.Equal(cellsBefore + 6, await CellCountAsync(revoked: false, 2024));
        await AssertCellsEqualRawAsync("two decisions at once");
    }

    [Fact]
    public async Task TwoTransactionsWritingTheSameCell_SecondWaitsAndBothCount()
    {
        var ward = await Lookups.UnitIdAsync(_app, "LCH-TP-DOANKET");
        var before = await CellCountAsync(revoked: false, 2019);
        var insert = $"INSERT INTO award_records (\"Id\", \"OrgUnitId\", \"AwardCode\", \"Year\", \"DecisionNumber\", \"DecisionDate\", \"Kind\") "
            + $"VALUES (@id, {ward}, 'GK', 2019, '1/QĐ-UBND', '2019-05-01', 'Merit')";
        await using var one = new NpgsqlConnection(_app.ConnectionString);
        await using var two = new NpgsqlConnection(_app.ConnectionString);
        await one.OpenAsync();
        await two.OpenAsync();
        await using var txOne = await one.BeginTransactionAsync();
        await using var txTwo = await two.BeginTransactionAsync();
        await RunAsync(one, insert, 900_000_001);
        var waiting = RunAsync(two, insert, 900_000_002); // blocks on the cells' lock until the first commits
        await txOne.CommitAsync();
        await waiting;
        await txTwo.CommitAsync();

        Assert.Equal(before + 2, await CellCountAsync(revoked: false, 2019));
        await AssertCellsEqualRawAsync("two writers of one cell");

        static async Task RunAsync(NpgsqlConnection conn, string sql, int id)
        {
            await using var cmd = new NpgsqlCommand(sql, conn);
            cmd.Parameters.AddWithValue("id", id);
            await cmd.ExecuteNonQueryAsync();
        }
    }

    [Fact]
    public async Task SyntheticBulkLoad_CopyKeepsTheCellsEqualToARebuild()
    {
        var name = $"cells_synthetic_{Environment.ProcessId}";
        await PostgresCluster.Instance.ExecuteAsync($"DROP DATABASE IF EXISTS {name}");
        await PostgresCluster.Instance.ExecuteAsync($"CREATE DATABASE {name}");
        using var app = new TdktFactory(name, Path.Combine(Path.GetTempPath(), $"tdkt-{name}"));
        _ = app.Server; // migrates the empty database
        var counts = await new SyntheticDataLoader(app.ConnectionString, SyntheticScale.Demo, _ => { }).LoadAsync();

        // The binary COPY fired the statement trigger once with every row: the cells count each record once.
        var kept = await NonEmptyCellsAsync(app.ConnectionString);
        Assert.Equal(counts.AwardRecords, await ScalarAsync(app.ConnectionString, "SELECT sum(\"Count\")::bigint FROM award_stat_cells"));
        await ScalarAsync(app.ConnectionString, "SELECT award_stat_cells_rebuild()");
        Assert.Equal(kept, await NonEmptyCellsAsync(app.ConnectionString));
    }

    /// <summary>Every grouping × filter case, at the province root, on the old tree and the new (after the 2025 merger):
    /// the cells' pivot equals the records' pivot, and the cells were really read.</summary>
    private async Task AssertCellsEqualRawAsync(string step)
    {
        var province = await _app.WithDbAsync(db => db.OrgUnits.AsNoTracking().SingleAsync(u => u.Code == "LCH"));
        var scope = new OrgScope([new ScopeGrant(Role.Admin, province.Id, province.Path)]);
        foreach (var asOf in new[] { new DateOnly(2024, 12, 31), new DateOnly(2025, 12, 1) })
        {
            foreach (var groupBy in Groupings)
            {
                foreach (var filters in FilterCases)
                {
                    var request = new StatRequest(groupBy, new DateOnly(2015, 1, 1), new DateOnly(2026, 12, 31), asOf);
                    Assert.True(AwardStatistics.CellsCover(request, filters));
                    var cells = await PivotAsync(scope, province.Id, request, filters, useCells: true);
                    var raw = await PivotAsync(scope, province.Id, request, filters, useCells: false);
                    Assert.True(raw.SequenceEqual(cells), $"{step}: {string.Join(',', groupBy)} {filters} as of {asOf}: "
                        + $"raw [{string.Join("; ", raw)}] cells [{string.Join("; ", cells)}]");
                }
            }
        }

        Assert.False(AwardStatistics.CellsCover(new StatRequest([StatDimension.Unit], new DateOnly(2024, 1, 15), new DateOnly(2024, 12, 31), default), new StatFilters()));
        Assert.False(AwardStatistics.CellsCover(new StatRequest([StatDimension.Unit], new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31), default), new StatFilters(Person: "Minh")));
    }

    private async Task<List<(string Row, string Column, StatFigures Figures)>> PivotAsync(OrgScope scope, int unitId, StatRequest request,
        StatFilters filters, bool useCells)
    {
        using var services = _app.Services.CreateScope();
        var stats = new AwardStatistics(services.ServiceProvider.GetRequiredService<TdktDbContext>()) { UseCells = useCells };
        var unit = (await stats.UnitScopeAsync(scope, unitId, request.AsOf, CancellationToken.None)).Value!;
        var table = (await stats.PivotAsync(unit, request, filters, CancellationToken.None)).Value!;
        var cells = new List<(string, string, StatFigures)>();
        for (var r = 0; r < table.RowKeys.Count; r++)
        {
            for (var c = 0; c < table.ColumnKeys.Count; c++)
            {
                cells.Add((string.Join('/', table.RowKeys[r]), table.ColumnKeys[c], table.Cell(r, c)));
            }
        }

        return cells;
    }

    private async Task<long> CellCountAsync(bool revoked, int year)
    {
        await using var conn = new NpgsqlConnection(_app.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand("SELECT coalesce(sum(\"Count\"), 0)::bigint FROM award_stat_cells WHERE \"Revoked\" = @r AND \"Year\" = @y", conn);
        cmd.Parameters.AddWithValue("r", revoked);
        cmd.Parameters.AddWithValue("y", year);
        return (long)(await cmd.ExecuteScalarAsync())!;
    }

    private Task<List<string>> NonEmptyCellsAsync() => NonEmptyCellsAsync(_app.ConnectionString);

    private static async Task<List<string>> NonEmptyCellsAsync(string connectionString)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand("SELECT concat_ws('|', \"OrgUnitId\", \"Year\", \"AwardCode\", \"Kind\", \"SubjectKind\", \"Movement\", \"Issuer\", \"Revoked\", \"Count\", \"Amount\"::numeric(20,0)) "
            + "FROM award_stat_cells WHERE \"Count\" <> 0 ORDER BY 1", conn);
        var rows = new List<string>();
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }

    private Task ExecuteAsync(string sql) => ScalarAsync(_app.ConnectionString, sql);

    private static async Task<long> ScalarAsync(string connectionString, string sql)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }
}
