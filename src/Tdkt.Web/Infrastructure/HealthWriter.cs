using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Tdkt.Web.Infrastructure;

public static class HealthWriter
{
    public static Task WriteAsync(HttpContext context, HealthReport report) =>
        context.Response.WriteAsJsonAsync(new
        {
            status = report.Status.ToString(),
            database = report.Entries.TryGetValue("database", out var db) ? db.Status.ToString() : "Unknown",
            durationMs = (int)report.TotalDuration.TotalMilliseconds,
        });
}
