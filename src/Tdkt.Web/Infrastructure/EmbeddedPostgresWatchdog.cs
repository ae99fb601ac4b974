using Npgsql;

namespace Tdkt.Web.Infrastructure;

/// <summary>
/// Restarts the embedded PostgreSQL when it dies (issue 15 item 8): every few seconds <c>pg_ctl status</c>; a dead
/// postmaster is started again (crash recovery replays the WAL), with a warning in the log, and the connection pools
/// are cleared so /health and the pages recover without restarting the app. Runs only with the embedded cluster.
/// </summary>
public sealed class EmbeddedPostgresWatchdog(EmbeddedPostgres pg, TdktSettings settings, ILogger<EmbeddedPostgresWatchdog> logger) : BackgroundService
{
    /// <summary>How many times the server was started again (for tests and /metrics readers).</summary>
    public int Restarts { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, settings.EmbeddedPgWatchSeconds)));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            if (pg.IsRunning() || stoppingToken.IsCancellationRequested)
            {
                continue;
            }

            logger.LogWarning("PostgreSQL riêng đã dừng bất thường; đang khởi động lại…");
            if (pg.TryRestart(logger))
            {
                NpgsqlConnection.ClearAllPools();
                Restarts++;
                logger.LogWarning("Đã khởi động lại PostgreSQL riêng (lần {Count}).", Restarts);
            }
        }
    }
}
