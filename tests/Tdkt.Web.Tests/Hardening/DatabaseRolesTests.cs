using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Tdkt.Testing;
using Tdkt.Web.Security;

namespace Tdkt.Web.Tests.Hardening;

/// <summary>Issue 15 item 4 (ADR-0034): the app serves as an ordinary runtime role, granted at start by the migration
/// role. That role works the app (sign-in, a change with its audit rows, the hash chain links), yet cannot rewrite the
/// audit log or an issued act, cannot switch the triggers off and cannot forge the chain.</summary>
public sealed class DatabaseRolesTests : IAsyncLifetime
{
    private TdktFactory _app = null!;
    private string _runtime = null!;

    public async Task InitializeAsync()
    {
        _runtime = "tdkt_rt_" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        await PostgresCluster.Instance.ExecuteAsync($"""
            DO $do$ BEGIN
                IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{_runtime}') THEN CREATE ROLE {_runtime} LOGIN NOSUPERUSER; END IF;
            END $do$;
            """);
        // A clone with its folder (demo tokens, key-encryption certificate); both logins point at that clone.
        var probe = await TestDatabases.NewFactoryAsync(nameof(DatabaseRolesTests));
        var cs = probe.ConnectionString;
        probe.Dispose();
        _app = new TdktFactory(probe.Database, probe.DataFolder, new Dictionary<string, string?>
        {
            ["ConnectionStrings:Tdkt"] = RuntimeConnectionString(cs),
            ["ConnectionStrings:TdktMigrations"] = cs,
        });
    }

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    private string RuntimeConnectionString(string owner) =>
        owner.Replace("Username=postgres", "Username=" + _runtime, StringComparison.Ordinal);

    private async Task<PostgresException> RefusedAsRuntimeAsync(string sql)
    {
        await using var conn = new NpgsqlConnection(RuntimeConnectionString(_app.ConnectionString) + ";Pooling=false");
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        return await Assert.ThrowsAsync<PostgresException>(() => cmd.ExecuteNonQueryAsync());
    }

    [Fact]
    public async Task RuntimeRole_ServesTheApp_ButCannotRewriteAuditOrSwitchTriggersOff()
    {
        // The app's own connection is the runtime role, and it is no superuser.
        var (user, super) = await _app.WithDbAsync(async db =>
        {
            var conn = db.Database.GetDbConnection();
            await conn.OpenAsync();
            await using var cmd = conn.CreateCommand();
            cmd.CommandText = "SELECT current_user::text || '|' || rolsuper::text FROM pg_roles WHERE rolname = current_user";
            var parts = ((string)(await cmd.ExecuteScalarAsync())!).Split('|');
            return (parts[0], parts[1]);
        });
        Assert.Equal((_runtime, "false"), (user, super));

        // Real work as that role: sign-in, a change with its audit rows; the chain links through the owner's function.
        var client = await Http.SignedInAsync(_app, "canbo.tanphong");
        var created = await Http.PostFormAsync(client, "/Account/Profile?handler=CreateToken",
            new() { ["NewToken.Name"] = "Vai trò thường", ["NewToken.ExpiresInDays"] = "5" }, "/Account/Profile");
        Assert.True((int)created.StatusCode < 400, created.StatusCode.ToString());
        var report = await _app.WithDbAsync(db => AuditChainReport.VerifyAsync(db, CancellationToken.None));
        Assert.True(report.Intact, report.Describe());
        var lastId = await _app.WithDbAsync(db => db.AuditEntries.MaxAsync(a => a.Id));

        var refused = new List<string>();
        foreach (var sql in new[]
        {
            $"UPDATE audit_entries SET \"Action\" = 'Sửa lén' WHERE \"Id\" = {lastId}",
            $"DELETE FROM audit_entries WHERE \"Id\" = {lastId}",
            "TRUNCATE audit_entries",
            "SET session_replication_role = replica",
            "ALTER TABLE audit_entries DISABLE TRIGGER ALL",
            "UPDATE audit_chain_head SET seq = 0",
            "INSERT INTO audit_chain VALUES (-1, -1, 'x', 'y')",
            "DELETE FROM decisions",
            "UPDATE public_notices SET \"Id\" = \"Id\"",
            "UPDATE award_stat_cells SET \"Count\" = 0", // kept by the owner's triggers only (ADR-0036)
            "CREATE TABLE sneaky (i int)",
        })
        {
            var e = await RefusedAsRuntimeAsync(sql);
            // 42501 = insufficient privilege; ALTER TABLE on a table one does not own says "must be owner" (42501 too).
            Assert.True(e.SqlState == PostgresErrorCodes.InsufficientPrivilege, $"{sql}: {e.SqlState} {e.MessageText}");
            refused.Add(sql);
        }

        Console.WriteLine($"runtime role {_runtime}: {refused.Count} owner-only statements refused (42501)");
        Assert.True((await _app.WithDbAsync(db => AuditChainReport.VerifyAsync(db, CancellationToken.None))).Intact);
    }

    [Fact]
    public async Task RuntimeRoleThatIsSuperuser_IsRefusedAtStart()
    {
        var super = "tdkt_su_" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        await PostgresCluster.Instance.ExecuteAsync($"""
            DO $do$ BEGIN
                IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{super}') THEN CREATE ROLE {super} LOGIN SUPERUSER; END IF;
            END $do$;
            """);
        using var app = new TdktFactory(_app.Database, _app.DataFolder, new Dictionary<string, string?>
        {
            ["ConnectionStrings:Tdkt"] = _app.ConnectionString.Replace("Username=postgres", "Username=" + super, StringComparison.Ordinal),
            ["ConnectionStrings:TdktMigrations"] = _app.ConnectionString,
        });
        var e = Assert.ThrowsAny<Exception>(() => app.Server);
        Assert.Contains("là superuser", e.ToString(), StringComparison.Ordinal);
    }
}
