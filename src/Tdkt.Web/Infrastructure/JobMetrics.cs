using System.Diagnostics.Metrics;

namespace Tdkt.Web.Infrastructure;

/// <summary>The app's own instruments (meter "Tdkt"), exported with the others on /metrics.</summary>
public static class JobMetrics
{
    public const string MeterName = "Tdkt";
    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> Runs = Meter.CreateCounter<long>("tdkt.job.runs", description: "Background job passes run on this node");
    private static readonly Counter<long> Reminders = Meter.CreateCounter<long>("tdkt.reminders.sent", description: "Deadline reminders written");

    public static void Ran(string job, bool succeeded, int items)
    {
        Runs.Add(1, new KeyValuePair<string, object?>("job", job), new KeyValuePair<string, object?>("outcome", succeeded ? "ok" : "failed"));
        if (items > 0)
        {
            Reminders.Add(items);
        }
    }
}
