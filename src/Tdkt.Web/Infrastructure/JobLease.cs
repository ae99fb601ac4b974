using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;
using Tdkt.Web.Data;

namespace Tdkt.Web.Infrastructure;

/// <summary>Background jobs run once across app nodes (ADR-0026): every node keeps its timer, and at each tick the
/// node first claims the job's lease in job_leases with one atomic upsert; the others see a pass started less than
/// 90% of an interval ago and skip. The job itself also serialises on a PostgreSQL advisory lock
/// (<see cref="AdvisoryLocks"/>), so a pass started from a page visit never runs beside a scheduled one.</summary>
public sealed class JobLease(TdktDbContext db, NodeName node)
{
    /// <summary>True when this node won the pass: nobody started one within <paramref name="interval"/> × 0.9 (by the
    /// database's clock, so the nodes' clocks do not matter).</summary>
    public async Task<bool> TryClaimAsync(string job, TimeSpan interval, CancellationToken ct)
    {
        const string sql = """
            INSERT INTO job_leases ("Name", "Node", "StartedAt", "Runs") VALUES (@name, @node, now(), 1)
            ON CONFLICT ("Name") DO UPDATE SET "Node" = excluded."Node", "StartedAt" = excluded."StartedAt",
                "FinishedAt" = NULL, "Succeeded" = NULL, "LastError" = NULL, "Runs" = job_leases."Runs" + 1
            WHERE job_leases."StartedAt" < now() - @window
            RETURNING 1
            """;
        await using var command = await CommandAsync(sql, ct);
        command.Parameters.Add(new NpgsqlParameter("name", job));
        command.Parameters.Add(new NpgsqlParameter("node", node.Value));
        command.Parameters.Add(new NpgsqlParameter("window", interval * 0.9));
        return await command.ExecuteScalarAsync(ct) is not null;
    }

    public async Task FinishAsync(string job, bool succeeded, string? error, CancellationToken ct)
    {
        const string sql = """
            UPDATE job_leases SET "FinishedAt" = now(), "Succeeded" = @ok, "LastError" = @error WHERE "Name" = @name AND "Node" = @node
            """;
        await using var command = await CommandAsync(sql, ct);
        command.Parameters.Add(new NpgsqlParameter("name", job));
        command.Parameters.Add(new NpgsqlParameter("node", node.Value));
        command.Parameters.Add(new NpgsqlParameter("ok", succeeded));
        command.Parameters.Add(new NpgsqlParameter("error", (object?)error?[..Math.Min(error.Length, 1000)] ?? DBNull.Value));
        await command.ExecuteNonQueryAsync(ct);
    }

    public static async Task<IReadOnlyList<JobState>> StatesAsync(TdktDbContext db, CancellationToken ct) =>
        await db.Database.SqlQueryRaw<JobState>("""
            SELECT "Name", "Node", "StartedAt", "FinishedAt", "Succeeded", "Runs" FROM job_leases ORDER BY "Name"
            """).ToListAsync(ct);

    private async Task<DbCommand> CommandAsync(string sql, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(ct); // closed again with the scope's DbContext
        }

        var command = connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }
}

public sealed record JobState(string Name, string Node, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, bool? Succeeded, long Runs);

/// <summary>Keys of the PostgreSQL advisory locks the app takes (one number per job, in one place).</summary>
public static class AdvisoryLocks
{
    /// <summary>The deadline-reminder pass (<c>DeadlineReminders.RunAsync</c>), held for its transaction.</summary>
    public const long DeadlineReminders = 0x7464_6b74_0001; // "tdkt" + 1
}

/// <summary>The job scheduler on /health: Degraded when the last pass of a job failed, or when no node has started
/// one for three intervals while the scheduler is on.</summary>
public sealed class JobsHealthCheck(IServiceScopeFactory scopes, TdktSettings settings, TimeProvider clock) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (settings.ReminderIntervalMinutes <= 0)
        {
            return HealthCheckResult.Healthy("Lịch chạy nền đang tắt (Tdkt:ReminderIntervalMinutes = 0)");
        }

        using var scope = scopes.CreateScope();
        IReadOnlyList<JobState> states;
        try
        {
            states = await JobLease.StatesAsync(scope.ServiceProvider.GetRequiredService<TdktDbContext>(), cancellationToken);
        }
        catch (Exception e) when (e is DbException or InvalidOperationException or TimeoutException)
        {
            // The job store (job_leases) cannot be read: no pass can be claimed on this node; requests are still served.
            return HealthCheckResult.Degraded($"Không đọc được kho lịch chạy nền (bảng job_leases): {e.Message}. Nhắc hạn tự động không chạy trên máy này.");
        }

        var data = states.ToDictionary(s => s.Name, s => (object)new { s.Node, s.StartedAt, s.FinishedAt, s.Succeeded, s.Runs });
        var stale = clock.GetUtcNow() - TimeSpan.FromMinutes(3.0 * settings.ReminderIntervalMinutes);
        var failed = states.Where(s => s.Succeeded == false).Select(s => s.Name).ToList();
        var late = states.Where(s => s.StartedAt < stale).Select(s => s.Name).ToList();
        return failed.Count + late.Count == 0
            ? HealthCheckResult.Healthy($"{states.Count} việc chạy nền", data)
            : HealthCheckResult.Degraded($"Việc chạy nền lỗi: {string.Join(", ", failed)}; quá hạn: {string.Join(", ", late)}", data: data);
    }
}
