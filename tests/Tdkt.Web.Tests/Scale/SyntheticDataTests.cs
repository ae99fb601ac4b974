using System.Net;
using Npgsql;
using Tdkt.Testing;
using Tdkt.Web.Data.Synthetic;

namespace Tdkt.Web.Tests.Scale;

/// <summary>The synthetic data set (./run seed --scale …, issue 17 item 1) at its tiny preset, in the real schema.</summary>
public sealed class SyntheticDataTests(SyntheticDataTests.Loaded loaded) : IClassFixture<SyntheticDataTests.Loaded>
{
    private readonly TdktFactory _app = loaded.App;
    private readonly SyntheticDataLoader.Counts _counts = loaded.Counts;

    /// <summary>One empty database, migrated by the app, then loaded with the demo preset (once for the class).</summary>
    public sealed class Loaded : IAsyncLifetime
    {
        public TdktFactory App { get; private set; } = null!;
        public SyntheticDataLoader.Counts Counts { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            var db = $"synthetic_{Environment.ProcessId}";
            await PostgresCluster.Instance.ExecuteAsync($"DROP DATABASE IF EXISTS {db}");
            await PostgresCluster.Instance.ExecuteAsync($"CREATE DATABASE {db}");
            var folder = Path.Combine(Path.GetTempPath(), $"tdkt-{db}");
            App = new TdktFactory(db, folder);
            _ = App.Server; // migrates the empty database
            Assert.True(await SyntheticDataLoader.IsEmptyAsync(App.ConnectionString));
            Counts = await new SyntheticDataLoader(App.ConnectionString, SyntheticScale.Demo, _ => { }).LoadAsync();
        }

        public Task DisposeAsync()
        {
            App.Dispose();
            return Task.CompletedTask;
        }
    }

    [Fact]
    public async Task DemoPreset_LoadsTheCountsItPromises()
    {
        var units = await ScalarAsync("SELECT count(*) FROM org_units");
        var communes = await ScalarAsync("SELECT count(*) FROM org_units WHERE \"Kind\" = 'Commune'");
        var people = await ScalarAsync("SELECT count(*) FROM people");
        var dossiers = await ScalarAsync("SELECT count(*) FROM dossiers");
        var awards = await ScalarAsync("SELECT count(*) FROM award_records");

        // 2 provinces × (1 + 2 agencies × (1 + 2 units) + 3 communes × (1 + 3 units)) = 2 × 19.
        Assert.Equal(38, units);
        Assert.Equal(6, communes);
        Assert.Equal(SyntheticScale.Demo.People, people);
        Assert.Equal(SyntheticScale.Demo.Dossiers, dossiers);
        Assert.Equal(_counts.AwardRecords, awards);
        Assert.InRange(awards, people * 5, people * 12); // about half the working years of 20
    }

    [Fact]
    public async Task DemoPreset_EveryDossierStateExists_AndTransitionsEndInIt()
    {
        var states = await ScalarAsync("SELECT count(DISTINCT \"Status\") FROM dossiers");
        var mismatched = await ScalarAsync("""
            SELECT count(*) FROM dossiers d
            WHERE d."Status" <> 'Draft' AND d."Status" <> (SELECT t."To" FROM dossier_transitions t WHERE t."DossierId" = d."Id" ORDER BY t."At" DESC LIMIT 1)
            """);

        Assert.Equal(Enum.GetValues<Tdkt.Domain.Nominations.DossierStatus>().Length, states);
        Assert.Equal(0, mismatched);
    }

    [Fact]
    public async Task DemoPreset_References_AllResolve()
    {
        var orphans = await ScalarAsync("""
            SELECT (SELECT count(*) FROM people p LEFT JOIN org_units u ON u."Id" = p."OrgUnitId" WHERE u."Id" IS NULL)
                 + (SELECT count(*) FROM award_records a LEFT JOIN people p ON p."Id" = a."PersonId" WHERE a."PersonId" IS NOT NULL AND p."Id" IS NULL)
                 + (SELECT count(*) FROM dossiers d LEFT JOIN org_units u ON u."Id" = d."ReceivingUnitId" WHERE u."Id" IS NULL)
                 + (SELECT count(*) FROM nominees n LEFT JOIN dossiers d ON d."Id" = n."DossierId" WHERE d."Id" IS NULL)
                 + (SELECT count(*) FROM role_grants g LEFT JOIN "AspNetUsers" u ON u."Id" = g."UserId" WHERE u."Id" IS NULL)
                 + (SELECT count(*) FROM org_units c JOIN org_units p ON p."Id" = c."ParentId" WHERE c."Path" NOT LIKE p."Path" || '%')
            """);
        var nguyen = await ScalarAsync("SELECT count(*) FROM people WHERE \"FullName\" LIKE 'Nguyễn %'");

        Assert.Equal(0, orphans);
        Assert.InRange(nguyen, SyntheticScale.Demo.People * 30 / 100, SyntheticScale.Demo.People * 46 / 100); // about 38 %
    }

    [Fact]
    public async Task GeneratedAppraiser_SignsIn_AndSeesTheProvinceInbox()
    {
        var client = await Http.SignedInAsync(_app, "thamdinh.t01", SyntheticDataLoader.Password);

        var inbox = await client.GetAsync("/Nominations");

        Assert.Equal(HttpStatusCode.OK, inbox.StatusCode);
        Assert.Contains("Đề nghị khen thưởng năm", await inbox.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SeedAgain_IntoTheLoadedDatabase_IsRefused() =>
        Assert.False(await SyntheticDataLoader.IsEmptyAsync(_app.ConnectionString));

    private async Task<long> ScalarAsync(string sql)
    {
        await using var conn = new NpgsqlConnection(_app.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
