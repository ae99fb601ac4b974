using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Tdkt.Testing;
using Tdkt.Web.Infrastructure;

namespace Tdkt.Web.Tests.Hardening;

/// <summary>./run backup and ./run restore --to (scripts/backup.sh) against an embedded cluster started the way the app
/// starts it (WAL archiving on): rows committed before the chosen time come back, later ones do not, and the key
/// folders come back with the data.</summary>
public sealed class BackupRestoreTests
{
    [Fact]
    public async Task BackupThenMoreChanges_RestoreToTimeBetween_BringsBackExactlyThatState_AndKeys()
    {
        var data = TestFolders.ForEmbeddedCluster("tdkt-backup-");

        var port = 56000 + (Environment.ProcessId % 900);
        Directory.CreateDirectory(Path.Combine(data, "keys"));
        await File.WriteAllTextAsync(Path.Combine(data, "keys", "key-1.xml"), "<key id=\"1\"/>");
        var pg = EmbeddedPostgres.Start(data, port, NullLogger.Instance);
        try
        {
            var cs = pg.ConnectionString.Replace("Database=tdkt", "Database=postgres", StringComparison.Ordinal);
            await ExecAsync(cs, "CREATE DATABASE tdkt");
            await ExecAsync(pg.ConnectionString, "CREATE TABLE t (i int PRIMARY KEY); INSERT INTO t SELECT generate_series(1, 100)");
            Run(data, port, "backup");

            await ExecAsync(pg.ConnectionString, "INSERT INTO t SELECT generate_series(101, 150)");
            await Task.Delay(1100);
            var between = (DateTime)(await ScalarAsync(pg.ConnectionString, "SELECT now() AT TIME ZONE 'UTC'"))!;
            await Task.Delay(1100);
            await ExecAsync(pg.ConnectionString, "INSERT INTO t SELECT generate_series(151, 200); DELETE FROM t WHERE i <= 10");
            await File.WriteAllTextAsync(Path.Combine(data, "keys", "key-1.xml"), "changed after the backup");

            var to = between.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture) + "+00";
            var output = Run(data, port, "restore", "--to", to);
            Console.WriteLine(output);
            pg = EmbeddedPostgres.Start(data, port, NullLogger.Instance);

            Assert.Equal(150L, await ScalarAsync(pg.ConnectionString, "SELECT count(*) FROM t"));
            Assert.Equal(1, await ScalarAsync(pg.ConnectionString, "SELECT min(i) FROM t"));
            Assert.Equal("<key id=\"1\"/>", await File.ReadAllTextAsync(Path.Combine(data, "keys", "key-1.xml")));
            Assert.Contains("Đã phục hồi dữ liệu", output, StringComparison.Ordinal);
        }
        finally
        {
            pg.Stop();
        }
    }

    private static string Run(string data, int port, params string[] args)
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "scripts", "backup.sh")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("scripts/backup.sh not found");
        }

        var psi = new ProcessStartInfo(Path.Combine(root, "scripts", "backup.sh"), args)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        psi.Environment["TDKT_DATA"] = data;
        psi.Environment["TDKT_PG_PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        p.WaitForExit();
        var output = stdout.Result + stderr.Result;
        Assert.True(p.ExitCode == 0, output);
        return output;
    }

    private static async Task ExecAsync(string cs, string sql)
    {
        await using var conn = new NpgsqlConnection(cs + ";Pooling=false");
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync();
    }

    private static async Task<object?> ScalarAsync(string cs, string sql)
    {
        await using var conn = new NpgsqlConnection(cs + ";Pooling=false");
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        return await cmd.ExecuteScalarAsync();
    }
}
