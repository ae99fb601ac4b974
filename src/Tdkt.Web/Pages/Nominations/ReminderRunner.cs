namespace Tdkt.Web.Pages.Nominations;

/// <summary>Runs <see cref="DeadlineReminders"/> every <c>Tdkt:ReminderIntervalMinutes</c> (default 60; 0 turns it
/// off, as the tests do unless they ask) so reminders arrive without anyone opening a page. The first pass is one
/// interval after start. A failed pass is logged; the next one tries again (reminders are idempotent).</summary>
public sealed class ReminderRunner(IServiceScopeFactory scopes, Infrastructure.TdktSettings settings, TimeProvider clock,
    ILogger<ReminderRunner> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (settings.ReminderIntervalMinutes <= 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(settings.ReminderIntervalMinutes), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RunOnceAsync(scopes, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Lượt nhắc hạn hồ sơ tự động thất bại; sẽ thử lại ở lượt sau");
            }
        }
    }

    /// <summary>One pass in a scope of its own (no signed-in user: the audit row names the system).</summary>
    public static async Task<int> RunOnceAsync(IServiceScopeFactory scopes, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<DeadlineReminders>().RunAsync(ct);
    }
}
