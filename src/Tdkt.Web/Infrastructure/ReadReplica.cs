using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;
using Tdkt.Web.Data;

namespace Tdkt.Web.Infrastructure;

/// <summary>
/// The PostgreSQL streaming replica (<c>ConnectionStrings:TdktReadOnly</c>, issue 17 item 4, ADR-0035). Statistics,
/// registry search and exports read through <see cref="ReadOnlyDb"/>; everything else (writes, and reads that must see
/// the caller's own writes) stays on the primary. When the replica does not answer, reads go to the primary: one
/// warning when it goes down, one information line when it is back, and /health reports "replica" as degraded.
/// </summary>
public sealed class ReadReplica
{
    /// <summary>After a failure the replica is tried again after this long (a refused connection costs ~1 ms, a
    /// silent host the connection timeout: hence not on every request).</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(10);

    private readonly ILogger<ReadReplica> _log;
    private readonly TimeProvider _clock;
    private readonly object _gate = new();
    private DateTimeOffset _retryAt = DateTimeOffset.MinValue;
    private bool _down;

    public ReadReplica(IConfiguration config, ILogger<ReadReplica> log, TimeProvider clock)
    {
        _log = log;
        _clock = clock;
        var cs = config.GetConnectionString("TdktReadOnly");
        if (!string.IsNullOrWhiteSpace(cs))
        {
            NpgsqlConnectionStringBuilder builder;
            try
            {
                builder = new NpgsqlConnectionStringBuilder(cs);
            }
            catch (ArgumentException e)
            {
                // Bad input: the node serves everything from the primary; /health "replica" says why.
                Invalid = e.Message;
                log.LogError("Chuỗi kết nối bản sao chỉ đọc (ConnectionStrings:TdktReadOnly) không hợp lệ ({Reason}): mọi đọc dùng máy chủ chính.", e.Message);
                return;
            }

            builder.ApplicationName ??= "tdkt-readonly";
            if (!cs.Contains("Timeout", StringComparison.OrdinalIgnoreCase))
            {
                builder.Timeout = 3;
            }

            ConnectionString = builder.ConnectionString;
            Options = new DbContextOptionsBuilder<TdktDbContext>()
                .UseNpgsql(ConnectionString, n => n.UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery))
                .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking)
                .Options;
        }
    }

    public string? ConnectionString { get; }

    /// <summary>Why ConnectionStrings:TdktReadOnly could not be read, if it could not.</summary>
    public string? Invalid { get; }
    public DbContextOptions<TdktDbContext>? Options { get; }
    public bool Configured => Options is not null;
    public bool Down => _down;

    /// <summary>A context on the replica with its connection open, or null (not configured, or down: use the primary).</summary>
    public TdktDbContext? TryOpen()
    {
        if (Options is null || (_down && _clock.GetUtcNow() < _retryAt))
        {
            return null;
        }

        var context = new TdktDbContext(Options, null, _clock);
        try
        {
            context.Database.OpenConnection();
            MarkUp();
            return context;
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            context.Dispose();
            MarkDown(e);
            return null;
        }
    }

    private void MarkUp()
    {
        lock (_gate)
        {
            if (_down)
            {
                _down = false;
                _log.LogInformation("Bản sao chỉ đọc (TdktReadOnly) đã kết nối lại: thống kê, tra cứu sổ khen thưởng và xuất tệp đọc lại từ bản sao.");
            }
        }
    }

    private void MarkDown(Exception e)
    {
        lock (_gate)
        {
            _retryAt = _clock.GetUtcNow() + RetryAfter;
            if (ConnectionString is not null)
            {
                using var pooled = new NpgsqlConnection(ConnectionString);
                NpgsqlConnection.ClearPool(pooled); // its idle connections died with it
            }

            if (!_down)
            {
                _down = true;
                _log.LogWarning("Bản sao chỉ đọc (TdktReadOnly) không kết nối được ({Reason}): thống kê, tra cứu sổ khen thưởng và xuất tệp tạm đọc từ máy chủ chính.", e.Message);
            }
        }
    }
}

/// <summary>Per request: the DbContext that statistics, registry search and exports read from — the replica when one
/// is configured and up, otherwise the request's own (primary) context. Never write through it.</summary>
public sealed class ReadOnlyDb(ReadReplica replica, TdktDbContext primary) : IDisposable
{
    private TdktDbContext? _replica;
    private bool _resolved;

    public TdktDbContext Context
    {
        get
        {
            if (!_resolved)
            {
                _replica = replica.TryOpen();
                _resolved = true;
            }

            return _replica ?? primary;
        }
    }

    /// <summary>True when <see cref="Context"/> is the replica (for tests and diagnostics).</summary>
    public bool OnReplica => Context != primary;

    public void Dispose() => _replica?.Dispose();
}

/// <summary>/health "replica": up with its replay lag in seconds, or degraded (reads on the primary) when down.</summary>
public sealed class ReplicaHealthCheck(ReadReplica replica) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (replica.Invalid is { } why)
        {
            return HealthCheckResult.Degraded($"Chuỗi kết nối bản sao (TdktReadOnly) không hợp lệ ({why}): thống kê và tra cứu đang đọc từ máy chủ chính");
        }

        try
        {
            await using var conn = new NpgsqlConnection(replica.ConnectionString);
            await conn.OpenAsync(cancellationToken);
            await using var cmd = new NpgsqlCommand("""
                SELECT pg_is_in_recovery(),
                       CASE WHEN NOT pg_is_in_recovery() OR pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() THEN 0
                            ELSE COALESCE(EXTRACT(EPOCH FROM now() - pg_last_xact_replay_timestamp()), 0) END::float8
                """, conn);
            await using var reader = await cmd.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            var standby = reader.GetBoolean(0);
            var lag = reader.GetDouble(1);
            var data = new Dictionary<string, object> { ["lagSeconds"] = Math.Round(lag, 3), ["standby"] = standby };
            return standby
                ? HealthCheckResult.Healthy($"Bản sao chỉ đọc hoạt động, trễ {lag:0.###} giây", data)
                : HealthCheckResult.Degraded("Máy chủ TdktReadOnly không phải bản sao (không ở chế độ phục hồi)", data: data);
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            return HealthCheckResult.Degraded("Bản sao chỉ đọc không kết nối được: thống kê và tra cứu đang đọc từ máy chủ chính");
        }
    }
}

public static class ReadReplicaRegistration
{
    /// <summary>Registered once: the replica state (singleton), the per-request read context and the health part.</summary>
    public static IServiceCollection AddTdktReadReplica(this IServiceCollection services, IConfiguration config)
    {
        services.AddSingleton<ReadReplica>();
        services.AddScoped<ReadOnlyDb>();
        if (!string.IsNullOrWhiteSpace(config.GetConnectionString("TdktReadOnly")))
        {
            services.AddHealthChecks().AddCheck<ReplicaHealthCheck>("replica");
        }

        return services;
    }
}
