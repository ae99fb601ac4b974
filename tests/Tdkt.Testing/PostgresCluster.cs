using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Tdkt.Testing;

/// <summary>
/// One throwaway PostgreSQL cluster per test process (initdb + pg_ctl from the Debian binaries, on a
/// free loopback port, fsync off). Stopped and removed when the process exits.
/// </summary>
public sealed class PostgresCluster
{
    private static readonly Lazy<PostgresCluster> Shared = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly string _dir;
    private readonly string _bin;

    private PostgresCluster(string dir, string bin, int port)
    {
        _dir = dir;
        _bin = bin;
        Port = port;
    }

    public static PostgresCluster Instance => Shared.Value;

    public int Port { get; }

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port.ToString(CultureInfo.InvariantCulture)};Username=postgres;Database={database};Include Error Detail=true";

    public async Task ExecuteAsync(string sql)
    {
        await using var conn = new NpgsqlConnection(ConnectionString("postgres") + ";Pooling=false");
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync();
    }

    private static string FindBin() => Environment.GetEnvironmentVariable("TDKT_PG_BIN")
        ?? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
            .Where(d => File.Exists(Path.Combine(d, "initdb")))
            .OrderByDescending(d => d, StringComparer.Ordinal).FirstOrDefault()
        ?? throw new InvalidOperationException("PostgreSQL server binaries not found: run ./test (it installs them).");

    private static PostgresCluster Start()
    {
        var bin = FindBin();
        RemoveOrphans(bin);
        var port = FreePort();
        var dir = Path.Combine(Path.GetTempPath(), $"tdkt-test-pg-{port}-{Environment.ProcessId}");
        Directory.CreateDirectory(dir);
        if (IsRoot)
        {
            Run("chown", "-R", "postgres:postgres", dir);
        }

        RunPg(bin, "initdb", "-D", Path.Combine(dir, "data"), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync");
        RunPg(bin, "pg_ctl", "-D", Path.Combine(dir, "data"), "-l", Path.Combine(dir, "server.log"), "-w", "-t", "60", "-o",
            $"-p {port} -k {dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300",
            "start");
        var cluster = new PostgresCluster(dir, bin, port);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.Stop();
        return cluster;
    }

    /// <summary>A cluster of its own (not the shared one), e.g. the primary of a streaming replica; the caller stops it
    /// with <see cref="Stop"/>.</summary>
    public static PostgresCluster StartDedicated() => StartAt(FindBin(), FreePort(), initdb: true, source: null);

    /// <summary>A hot-standby streaming replica of this cluster: pg_basebackup -R, then started on its own port.</summary>
    public PostgresCluster StartStandby() => StartAt(_bin, FreePort(), initdb: false, source: this);

    /// <summary>Stops the server, keeps its folder (the replica "goes down"); <see cref="Start"/> again with <see cref="Resume"/>.</summary>
    public void Halt() => RunPg(_bin, "pg_ctl", "-D", Path.Combine(_dir, "data"), "-m", "fast", "-w", "stop");

    public void Resume() => RunPg(_bin, "pg_ctl", "-D", Path.Combine(_dir, "data"), "-l", Path.Combine(_dir, "server.log"), "-w", "-t", "60", "-o",
        ServerOptions(_dir, Port), "start");

    private static string ServerOptions(string dir, int port) =>
        $"-p {port} -k {dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300";

    private static PostgresCluster StartAt(string bin, int port, bool initdb, PostgresCluster? source)
    {
        var dir = Path.Combine(Path.GetTempPath(), $"tdkt-test-pg-{port}-{Environment.ProcessId}");
        Directory.CreateDirectory(dir);
        if (IsRoot)
        {
            Run("chown", "-R", "postgres:postgres", dir);
        }

        if (initdb)
        {
            RunPg(bin, "initdb", "-D", Path.Combine(dir, "data"), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync");
        }
        else
        {
            RunPg(bin, "pg_basebackup", "-h", "127.0.0.1", "-p", source!.Port.ToString(CultureInfo.InvariantCulture), "-U", "postgres",
                "-D", Path.Combine(dir, "data"), "-R", "-X", "stream", "--no-sync");
        }

        var cluster = new PostgresCluster(dir, bin, port);
        cluster.Resume();
        return cluster;
    }

    public void Stop()
    {
        try
        {
            RunPg(_bin, "pg_ctl", "-D", Path.Combine(_dir, "data"), "-m", "immediate", "-w", "stop");
        }
        catch (InvalidOperationException) when (!File.Exists(Path.Combine(_dir, "data", "postmaster.pid")))
        {
            // Already halted.
        }
        finally
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    /// <summary>A killed test process never runs its exit hook; its cluster (gigabytes of cloned databases) would stay
    /// in the temp folder for good and fill the disk run after run. Stop and remove the clusters of dead processes.</summary>
    private static void RemoveOrphans(string bin)
    {
        foreach (var dir in Directory.GetDirectories(Path.GetTempPath(), "tdkt-test-pg-*"))
        {
            var owner = Path.GetFileName(dir).Split('-').LastOrDefault();
            if (!int.TryParse(owner, NumberStyles.None, CultureInfo.InvariantCulture, out var pid) || IsAlive(pid))
            {
                continue;
            }

            try
            {
                if (File.Exists(Path.Combine(dir, "data", "postmaster.pid")))
                {
                    RunPg(bin, "pg_ctl", "-D", Path.Combine(dir, "data"), "-m", "immediate", "-w", "stop");
                }
            }
            catch (InvalidOperationException)
            {
                // Already stopped: the pid file is stale.
            }

            try
            {
                Directory.Delete(dir, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Another test process is sweeping the same folder, or it belongs to another user.
            }
        }
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            using var p = Process.GetProcessById(pid);
            return !p.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static bool IsRoot => Environment.UserName == "root";

    private static int FreePort()
    {
        var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        var port = ((IPEndPoint)l.LocalEndpoint).Port;
        l.Stop();
        return port;
    }

    private static void RunPg(string bin, string tool, params string[] args)
    {
        var exe = Path.Combine(bin, tool);
        if (IsRoot)
        {
            Run("runuser", ["-u", "postgres", "--", exe, .. args]);
        }
        else
        {
            Run(exe, args);
        }
    }

    private static void Run(string exe, params string[] args)
    {
        var psi = new ProcessStartInfo(exe, args)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = "/",
        };
        using var p = Process.Start(psi)!;
        var output = p.StandardOutput.ReadToEndAsync();
        var error = p.StandardError.ReadToEndAsync();
        p.WaitForExit();
        if (p.ExitCode != 0)
        {
            throw new InvalidOperationException($"{exe} {string.Join(' ', args)} failed ({p.ExitCode}): {output.Result}{error.Result}");
        }
    }
}
