using Tdkt.Web.Infrastructure;

namespace Tdkt.Web.Pages.Nominations;

/// <summary>Runs <see cref="DeadlineReminders"/> every <c>Tdkt:ReminderIntervalMinutes</c> (default 60; 0 turns it
/// off, as the tests do unless they ask) so reminders arrive without anyone opening a page. The first pass is one
/// interval after start. With several app nodes every node ticks, but only the one that claims the job's lease
/// (<see cref="JobLease"/>, ADR-0026) runs the pass. A failed pass is logged and recorded on the lease (/health
/// shows it); the next one tries again (reminders are idempotent).</summary>
public sealed class ReminderRunner(IServiceScopeFactory scopes, TdktSettings settings, TimeProvider clock,
    ILogger<ReminderRunner> log) : BackgroundService
{
    public const string JobName = "deadline-reminders";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (settings.ReminderIntervalMinutes <= 0)
        {
            return;
        }

        var interval = TimeSpan.FromMinutes(settings.ReminderIntervalMinutes);
        using var timer = new PeriodicTimer(interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await TickAsync(scopes, interval, log, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Lượt nhắc hạn hồ sơ tự động thất bại; sẽ thử lại ở lượt sau");
            }
        }
    }

    /// <summary>One scheduled tick: claims the lease, runs the pass if won. Null when another node has the pass.</summary>
    public static async Task<int?> TickAsync(IServiceScopeFactory scopes, TimeSpan interval, ILogger log, CancellationToken ct)
    {
        using var activity = Tracing.Source.StartActivity("job " + JobName); // a trace of its own per pass (ADR-0040)
        activity?.SetTag("tdkt.job.name", JobName);
        using var scope = scopes.CreateScope();
        var lease = scope.ServiceProvider.GetRequiredService<JobLease>();
        if (!await lease.TryClaimAsync(JobName, interval, ct))
        {
            activity?.SetTag("tdkt.job.outcome", "skipped");
            return null;
        }

        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            var added = await scope.ServiceProvider.GetRequiredService<DeadlineReminders>().RunAsync(ct);
            await lease.FinishAsync(JobName, true, null, ct);
            JobMetrics.Ran(JobName, true, added, System.Diagnostics.Stopwatch.GetElapsedTime(started));
            activity?.SetTag("tdkt.job.outcome", "ok").SetTag("tdkt.job.items", added);
            return added;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Lượt nhắc hạn hồ sơ tự động thất bại; sẽ thử lại ở lượt sau");
            JobMetrics.Ran(JobName, false, 0, System.Diagnostics.Stopwatch.GetElapsedTime(started));
            activity?.SetTag("tdkt.job.outcome", "failed").SetStatus(System.Diagnostics.ActivityStatusCode.Error, e.Message);
            await lease.FinishAsync(JobName, false, e.Message, CancellationToken.None);
            return 0;
        }
    }

    /// <summary>One pass in a scope of its own (no signed-in user: the audit row names the system).</summary>
    public static async Task<int> RunOnceAsync(IServiceScopeFactory scopes, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<DeadlineReminders>().RunAsync(ct);
    }
}
