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
