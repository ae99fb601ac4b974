using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Tdkt.Web.Infrastructure;

/// <summary>/health as JSON: the overall status, then each part (database, dataProtection, jobs, and the replica
/// when one is configured) with its status, a short Vietnamese description and its data. No stack traces.</summary>
public static class HealthWriter
{
    public static Task WriteAsync(HttpContext context, HealthReport report) =>
        context.Response.WriteAsJsonAsync(new
        {
            status = report.Status.ToString(),
            database = report.Entries.TryGetValue("database", out var db) ? db.Status.ToString() : "Unknown",
            durationMs = (int)report.TotalDuration.TotalMilliseconds,
            checks = report.Entries.ToDictionary(e => e.Key, e => new
            {
                status = e.Value.Status.ToString(),
                description = e.Value.Description,
                data = e.Value.Data.Count == 0 ? null : e.Value.Data,
            }),
        });
}

/// <summary>Bad input at start (ADR-0040): once the app has started, every health part is checked once and each one
/// that is not healthy is logged as a warning naming the part ("Tdkt khởi động ở chế độ suy giảm — replica: …"), so a
/// replica that does not connect, an unreadable job store or a node with other Data Protection settings shows in the
/// log at start, not only on /health. The app keeps serving with what works.</summary>
public sealed class StartupHealthLog(HealthCheckService health, IHostApplicationLifetime lifetime, ILogger<StartupHealthLog> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        using (stoppingToken.Register(() => started.TrySetCanceled(stoppingToken)))
        {
            try
            {
                await started.Task;
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        var report = await health.CheckHealthAsync(stoppingToken);
        foreach (var (part, entry) in report.Entries.Where(e => e.Value.Status != HealthStatus.Healthy))
        {
            log.LogWarning("Tdkt khởi động ở chế độ suy giảm — {Part}: {Status}: {Description}", part, entry.Status, entry.Description);
        }

        if (report.Status == HealthStatus.Healthy)
        {
            log.LogInformation("Tdkt đã khởi động: mọi phần ({Parts}) hoạt động", string.Join(", ", report.Entries.Keys));
        }
    }
}
