using Npgsql;
using Tdkt.Testing;
using Tdkt.Web.Infrastructure;

namespace Tdkt.Web.Tests.ScaleOut;

/// <summary>The runtime connection settings the load test chose (ADR-0042) do what they say on a real server.</summary>
public sealed class ConnectionSettingsTests : IAsyncLifetime
{
    private TdktFactory _app = null!;

    public async Task InitializeAsync() => _app = await TestDatabases.NewFactoryAsync(nameof(ConnectionSettingsTests));

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task StatementSettings_RepeatedStatementIsPrepared_AndPlannedWithItsValues()
    {
        await using var conn = new NpgsqlConnection(_app.ConnectionString + ";Pooling=false;" + EmbeddedPostgres.StatementSettings);
        await conn.OpenAsync();
        for (var i = 0; i < 3; i++)
        {
            await using var select = new NpgsqlCommand("""SELECT count(*) FROM org_units WHERE "Path" LIKE @p""", conn);
            select.Parameters.AddWithValue("p", "/1/%");
            await select.ExecuteScalarAsync();
        }

        await using var mode = new NpgsqlCommand("SHOW plan_cache_mode", conn);
        await using var prepared = new NpgsqlCommand("""SELECT count(*) FROM pg_prepared_statements WHERE statement LIKE '%org_units%'""", conn);

        Assert.Equal("force_custom_plan", await mode.ExecuteScalarAsync());
        Assert.Equal(1L, await prepared.ExecuteScalarAsync()); // the third call was prepared once on the server
    }

    [Theory]
    [InlineData("/srv/tdkt/data/pg", true)]
    [InlineData("/srv/tdkt/dữ liệu/pg", false)] // a space: the server's -k option would split it
    [InlineData("/srv/tdkt/a-very-long-folder-name-that-goes-on-and-on/and-on-and-on-and-on/and-on-and-on-and-on-and-on/pg", false)]
    public void UnixSocket_UsedOnlyWhenThePathFits(string folder, bool expected) =>
        Assert.Equal(expected, EmbeddedPostgres.UnixSocketFits(folder, 5432));
}
