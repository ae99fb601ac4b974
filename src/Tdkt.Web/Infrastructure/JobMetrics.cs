using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Tdkt.Web.Infrastructure;

/// <summary>The app's own instruments (meter "Tdkt"), exported with the others on /metrics (ADR-0027, ADR-0040).</summary>
public static class JobMetrics
{
    public const string MeterName = "Tdkt";
    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> Runs = Meter.CreateCounter<long>("tdkt.job.runs", description: "Background job passes run on this node");
    private static readonly Histogram<double> Duration = Meter.CreateHistogram<double>("tdkt.job.duration", unit: "s",
        description: "Duration of the background job passes run on this node");
    private static readonly Counter<long> Reminders = Meter.CreateCounter<long>("tdkt.reminders.sent", description: "Deadline reminders written");
    private static readonly Histogram<double> Prints = Meter.CreateHistogram<double>("tdkt.certificates.print.duration", unit: "s",
        description: "Duration of one certificate print job in the Chromium pool (one or up to 50 certificates)");
    private static readonly Counter<long> BrowserStarts = Meter.CreateCounter<long>("tdkt.certificates.browser.starts",
        description: "Chromium processes started for certificates (more than one: a browser died and was replaced)");
    private static Func<int>? mailQueue;

    static JobMetrics() =>
        Meter.CreateObservableGauge("tdkt.mail.queue", () => mailQueue?.Invoke() ?? 0,
            description: "Notifications and reminders committed but not yet e-mailed by this node");

    /// <summary>The e-mail queue whose length the gauge reads (the app's singleton; one app per process).</summary>
    public static void ObserveMailQueue(Func<int> length) => mailQueue = length;

    public static void Ran(string job, bool succeeded, int items, TimeSpan took)
    {
        var tags = new TagList { { "job", job }, { "outcome", succeeded ? "ok" : "failed" } };
        Runs.Add(1, tags);
        Duration.Record(took.TotalSeconds, tags);
        if (items > 0)
        {
            Reminders.Add(items);
        }
    }

    public static void Printed(TimeSpan took, bool succeeded) =>
        Prints.Record(took.TotalSeconds, new KeyValuePair<string, object?>("outcome", succeeded ? "ok" : "failed"));

    public static void BrowserStarted() => BrowserStarts.Add(1);
}
