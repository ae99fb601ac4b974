using System.Net;
using System.Text.Json;
using Npgsql;
using Tdkt.Testing;
using Tdkt.Web.Data.Synthetic;

namespace Tdkt.Web.Tests.Scale;

/// <summary>A real streaming replica (pg_basebackup -R of a primary on this machine) behind
/// ConnectionStrings:TdktReadOnly (issue 17 item 4, ADR-0035): statistics and registry search read from it, the app
/// degrades to the primary when it is down, and /health says so.</summary>
public sealed class ReadReplicaTests(ReadReplicaTests.Replicated env) : IClassFixture<ReadReplicaTests.Replicated>
{
    private const string ReplicaApp = "tdkt-replica-test";

    public sealed class Replicated : IAsyncLifetime
    {
        public const string Database = "tdkt_replicated";
        public PostgresCluster Primary { get; private set; } = null!;
        public PostgresCluster Standby { get; private set; } = null!;
        public TdktFactory App { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Primary = PostgresCluster.StartDedicated();
            await Primary.ExecuteAsync($"CREATE DATABASE {Database}");
            var folder = Path.Combine(Path.GetTempPath(), $"tdkt-replicated-{Environment.ProcessId}");
            using (var migrate = new TdktFactory(Database, folder, new Dictionary<string, string?> { ["ConnectionStrings:Tdkt"] = Primary.ConnectionString(Database) }))
            {
                _ = migrate.Server;
            }

            await new SyntheticDataLoader(Primary.ConnectionString(Database), SyntheticScale.Demo, _ => { }).LoadAsync();
            NpgsqlConnection.ClearAllPools();
            Standby = Primary.StartStandby();
            App = new TdktFactory(Database, folder, new Dictionary<string, string?>
            {
                ["ConnectionStrings:Tdkt"] = Primary.ConnectionString(Database),
                ["ConnectionStrings:TdktReadOnly"] = Standby.ConnectionString(Database) + $";Application Name={ReplicaApp}",
            });
            _ = App.Server;
        }

        public Task DisposeAsync()
        {
            App.Dispose();
            Standby.Stop();
            Primary.Stop();
            return Task.CompletedTask;
        }
    }

    [Fact]
    public async Task StatisticsPage_IsServedFromTheReplica_AndHealthReportsItsLag()
    {
        var client = await Http.SignedInAsync(env.App, "lanhdao.t01", SyntheticDataLoader.Password);
        await ExecuteAsync(env.Standby, $"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = '{ReplicaApp}'");
        NpgsqlConnection.ClearAllPools();

        // After the other test took the replica down and up, reads return to it within ReadReplica.RetryAfter.
        HttpResponseMessage page;
        long onReplica;
        var tries = 0;
        do
        {
            page = await client.GetAsync("/ThongKe");
            onReplica = await ScalarAsync(env.Standby, $"SELECT count(*) FROM pg_stat_activity WHERE application_name = '{ReplicaApp}'");
            if (onReplica == 0)
            {
                await Task.Delay(1000);
            }
        }
        while (onReplica == 0 && ++tries < 30);
        var health = await HealthAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.True(onReplica >= 1, "the statistics queries ran on the replica");
        var replica = health.GetProperty("checks").GetProperty("replica");
        Assert.Equal("Healthy", replica.GetProperty("status").GetString());
        Assert.True(replica.GetProperty("data").GetProperty("lagSeconds").GetDouble() >= 0);
    }

    [Fact]
    public async Task RegistrySearch_ReadsTheReplica_SoAWriteNotYetReplayedIsNotSeen_ThenDegradesToThePrimaryWhenItIsDown()
    {
        var client = await Http.SignedInAsync(env.App, "lanhdao.t01", SyntheticDataLoader.Password);
        await ExecuteAsync(env.Standby, "SELECT pg_wal_replay_pause()");
        await ExecuteAsync(env.Primary, """
            INSERT INTO people ("Id", "FullName", "BirthYear", "OrgUnitId") VALUES (9000001, 'Phạm Thị Độcbản', 1980, 2)
            """);

        var whilePaused = await client.GetStringAsync("/Registry?q=" + Uri.EscapeDataString("độcbản"));
        await ExecuteAsync(env.Standby, "SELECT pg_wal_replay_resume()");
        env.Standby.Halt();
        NpgsqlConnection.ClearAllPools();
        string whileDown;
        JsonElement health;
        try
        {
            whileDown = await client.GetStringAsync("/Registry?q=" + Uri.EscapeDataString("độcbản"));
            health = await HealthAsync();
        }
        finally
        {
            env.Standby.Resume();
        }

        Assert.DoesNotContain("Phạm Thị Độcbản", whilePaused, StringComparison.Ordinal);
        Assert.Contains("Phạm Thị Độcbản", whileDown, StringComparison.Ordinal);
        Assert.Equal("Healthy", health.GetProperty("database").GetString());
        var replica = health.GetProperty("checks").GetProperty("replica");
        Assert.Equal("Degraded", replica.GetProperty("status").GetString());
        Assert.Contains("không kết nối được", replica.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    private async Task<JsonElement> HealthAsync()
    {
        var response = await env.App.CreateClient().GetAsync("/health");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static async Task ExecuteAsync(PostgresCluster cluster, string sql)
    {
        await using var conn = new NpgsqlConnection(cluster.ConnectionString(Replicated.Database) + ";Pooling=false");
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync();
    }

    private static async Task<long> ScalarAsync(PostgresCluster cluster, string sql)
    {
        await using var conn = new NpgsqlConnection(cluster.ConnectionString(Replicated.Database) + ";Pooling=false");
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
