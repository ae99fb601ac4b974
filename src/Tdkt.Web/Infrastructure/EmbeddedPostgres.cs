using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;

namespace Tdkt.Web.Infrastructure;

/// <summary>
/// The private PostgreSQL cluster the app runs when no connection string is configured: initdb on
/// first start under the data folder, pg_ctl start with the app and stop with it (ADR-0004).
/// As root the server runs as the "postgres" user, which initdb requires.
/// </summary>
public sealed class EmbeddedPostgres
{
    private readonly string _bin;
    private readonly string _dataDir;
    private readonly string _logFile;
    private readonly int _port;

    /// <summary>The ordinary role the app serves requests with (ADR-0034); the cluster's superuser "tdkt" only migrates.</summary>
    public const string AppRole = "tdkt_app";

    private readonly string _appPassword;

    private EmbeddedPostgres(string bin, string root, int port, string password, string appPassword)
    {
        _bin = bin;
        _dataDir = Path.Combine(root, "pg", "data");
        _logFile = Path.Combine(root, "pg", "server.log");
        _port = port;
        _appPassword = appPassword;
        ConnectionString = $"Host=127.0.0.1;Port={port.ToString(CultureInfo.InvariantCulture)};Username=tdkt;Password={password};Database=tdkt";
        // Pool below the server's 100 connections: the migration login, jobs, backups and psql need some. No reset on
        // close: the app leaves no session state on a connection (temporary tables are ON COMMIT DROP, advisory locks
        // are per transaction or released in the same call), and the DISCARD ALL that Npgsql sends on every reuse was
        // half of all statements under the load test (138,679 of 283,536; issue 17).
        // The app talks over the server's Unix socket (in pg/, the -k folder) when its path fits: no loopback TCP stack
        // under each of its round trips.
        // Statements used three times are prepared on the server (Npgsql auto-prepare): PostgreSQL parses them once per
        // connection instead of on every call; planning still happens per call with the values (force_custom_plan), so
        // a scope's path prefix keeps its index range and a province's 700 units never get a plan made for one commune.
        // 300 officers at ten times the think rate: 126 → 160–200 requests/s (issue 17, ADR-0042).
        var socketDir = Path.Combine(root, "pg");
        var host = UnixSocketFits(socketDir, port) ? socketDir : "127.0.0.1";
        AppConnectionString = $"Host={host};Port={port.ToString(CultureInfo.InvariantCulture)};Username={AppRole};Password={appPassword};Database=tdkt;{PoolSettings}";
    }

    /// <summary>How the runtime login uses its connections (see the constructor); production sets the same (README) and
    /// the test suite's apps run with it.</summary>
    public const string StatementSettings =
        "No Reset On Close=true;Max Auto Prepare=100;Auto Prepare Min Usages=3;Options=-c plan_cache_mode=force_custom_plan";

    /// <summary>The embedded cluster's runtime pool: below the server's 100 connections.</summary>
    public const string PoolSettings = "Maximum Pool Size=60;" + StatementSettings;

    /// <summary>Whether the socket file (dir/.s.PGSQL.port) fits in sun_path (108 bytes with its NUL) and the folder
    /// name has no character the server's -k option would split on.</summary>
    public static bool UnixSocketFits(string socketDir, int port) =>
        !OperatingSystem.IsWindows()
        && System.Text.Encoding.UTF8.GetByteCount(Path.Combine(socketDir, $".s.PGSQL.{port.ToString(CultureInfo.InvariantCulture)}")) < 108
        && !socketDir.Any(c => char.IsWhiteSpace(c) || c is ',' or ';' or '\'' or '"');

    /// <summary>The cluster's owner (superuser made by initdb): migrations, backups, the runtime role's grants.</summary>
    public string ConnectionString { get; }

    /// <summary>The runtime role <see cref="AppRole"/>: no superuser, no owner of anything.</summary>
    public string AppConnectionString { get; }

    private static bool IsRoot => Environment.UserName == "root";

    public static EmbeddedPostgres Start(string dataFolder, int port, ILogger logger)
    {
        var bin = FindBin();
        var root = Path.GetFullPath(dataFolder);
        Directory.CreateDirectory(Path.Combine(root, "pg"));
        var passwordFile = SecretFile(Path.Combine(root, "pg-password"));
        var appPasswordFile = SecretFile(Path.Combine(root, "pg-app-password"));
        var pg = new EmbeddedPostgres(bin, root, port, File.ReadAllText(passwordFile).Trim(), File.ReadAllText(appPasswordFile).Trim());
        pg.InitIfNeeded(passwordFile, logger);
        pg.StartServer(logger);
        return pg;
    }

    /// <summary>Creates the runtime role (or resets its password to the data folder's) once the server runs.</summary>
    public async Task EnsureAppRoleAsync()
    {
        var admin = ConnectionString.Replace("Database=tdkt", "Database=postgres", StringComparison.Ordinal) + ";Pooling=false";
        await Data.DatabaseRoles.EnsureLoginRoleAsync(admin, AppRole, _appPassword);
    }

    /// <summary>Whether the postmaster runs (pg_ctl status).</summary>
    public bool IsRunning() => Run("pg_ctl", ["-D", _dataDir, "status"], throwOnError: false).ExitCode == 0;

    /// <summary>Starts the server again after it died (the watchdog's call); false when it could not start yet.</summary>
    public bool TryRestart(ILogger logger)
    {
        try
        {
            StartServer(logger);
            return true;
        }
        catch (InvalidOperationException ex)
        {
            logger.LogWarning("Chưa khởi động lại được PostgreSQL riêng: {Message}", ex.Message.Split('\n')[0]);
            return false;
        }
    }

    private static string SecretFile(string path)
    {
        if (!File.Exists(path))
        {
            File.WriteAllText(path, Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24)));
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }

        return path;
    }

    public void Stop()
    {
        Run("pg_ctl", ["-D", _dataDir, "-m", "fast", "-w", "-t", "60", "stop"], throwOnError: false);
    }

    private void InitIfNeeded(string passwordFile, ILogger logger)
    {
        if (File.Exists(Path.Combine(_dataDir, "PG_VERSION")))
        {
            return;
        }

        logger.LogInformation("Khởi tạo cụm PostgreSQL riêng tại {DataDir}", _dataDir);
        Directory.CreateDirectory(_dataDir);
        var pw = Path.Combine(Path.GetDirectoryName(_dataDir)!, "initdb-pw");
        File.Copy(passwordFile, pw, overwrite: true);
        ChownToPostgres(Path.GetDirectoryName(_dataDir)!);
        try
        {
            Run("initdb", ["-D", _dataDir, "-U", "tdkt", "--pwfile", pw, "-A", "scram-sha-256", "-E", "UTF8",
                "--locale=C.UTF-8", "--no-instructions"]);
        }
        finally
        {
            File.Delete(pw);
        }
    }

    private void StartServer(ILogger logger)
    {
        var status = Run("pg_ctl", ["-D", _dataDir, "status"], throwOnError: false);
        if (status.ExitCode == 0)
        {
            logger.LogInformation("PostgreSQL riêng đang chạy sẵn, dùng lại.");
            return;
        }

        logger.LogInformation("Đang khởi động cơ sở dữ liệu PostgreSQL riêng…");
        // Continuous WAL archiving into pg/wal-archive (./run backup / restore, ADR-0020); a segment at least every minute.
        var archive = Path.Combine(Path.GetDirectoryName(_dataDir)!, "wal-archive");
        Directory.CreateDirectory(archive);
        ChownToPostgres(archive);
        var options = $"-p {_port.ToString(CultureInfo.InvariantCulture)} -k {Path.GetDirectoryName(_dataDir)} -c listen_addresses=127.0.0.1"
            + $" -c wal_level=replica -c archive_mode=on -c archive_timeout=60 -c archive_command='test ! -f {archive}/%f && cp %p {archive}/%f'"
            // Planner settings for data that lives in memory on an SSD: with the default random_page_cost (4, for
            // spinning disks) a province officer's inbox read all 500,000 dossiers in parallel instead of 700 units'
            // index entries (110 ms → 55 ms on national data, issue 17); 1 GB of buffers holds the hot indexes.
            + " -c random_page_cost=1.1 -c effective_cache_size=4GB -c shared_buffers=1GB";
        var result = Run("pg_ctl", ["-D", _dataDir, "-l", _logFile, "-w", "-t", "60", "-o", options, "start"], throwOnError: false);
        if (result.ExitCode != 0)
        {
            var tail = File.Exists(_logFile) ? string.Join('\n', File.ReadLines(_logFile).TakeLast(10)) : string.Empty;
            throw new InvalidOperationException(
                $"Không khởi động được PostgreSQL riêng (cổng {_port}). Cổng có thể đang bận: đặt TDKT_PG_PORT khác.\n{result.Output}\n{tail}");
        }

        logger.LogInformation("PostgreSQL riêng chạy tại 127.0.0.1:{Port}", _port);
    }

    private static string FindBin()
    {
        var configured = Environment.GetEnvironmentVariable("TDKT_PG_BIN");
        if (!string.IsNullOrEmpty(configured))
        {
            return configured;
        }

        var candidates = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0)
                .ToList()
            : [];
        return candidates.FirstOrDefault()
            ?? throw new InvalidOperationException("Không tìm thấy PostgreSQL (initdb). Hãy chạy ./run để cài, hoặc đặt TDKT_PG_BIN.");
    }

    private static void ChownToPostgres(string dir)
    {
        if (!IsRoot)
        {
            return;
        }

        using var p = Process.Start(new ProcessStartInfo("chown", ["-R", "postgres:postgres", dir]) { UseShellExecute = false })!;
        p.WaitForExit();
    }

    private (int ExitCode, string Output) Run(string tool, string[] args, bool throwOnError = true)
    {
        var exe = Path.Combine(_bin, tool);
        var psi = IsRoot
            ? new ProcessStartInfo("runuser", ["-u", "postgres", "--", exe, .. args])
            : new ProcessStartInfo(exe, args);
        psi.RedirectStandardOutput = true;
        psi.RedirectStandardError = true;
        psi.UseShellExecute = false;
        psi.WorkingDirectory = "/";
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        p.WaitForExit();
        var output = stdout.Result + stderr.Result;
        if (throwOnError && p.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} thất bại ({p.ExitCode}): {output}");
        }

        return (p.ExitCode, output);
    }
}
