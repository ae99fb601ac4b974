using System.Globalization;

namespace Tdkt.Web.Infrastructure;

/// <summary>Settings read once at start. Environment: TDKT_DATA, TDKT_PG_PORT; config section "Tdkt".</summary>
public sealed class TdktSettings
{
    /// <summary>Data folder: embedded PostgreSQL, key ring, demo tokens. Default ".tdkt" in the working directory.</summary>
    public string DataFolder { get; init; } = ".tdkt";
    public int EmbeddedPgPort { get; init; } = 55433;

    /// <summary>Seconds between the watchdog's checks that the embedded PostgreSQL still runs.</summary>
    public int EmbeddedPgWatchSeconds { get; init; } = 5;
    public int IdleTimeoutMinutes { get; init; } = 30;
    public int LoginAttemptsPerMinute { get; init; } = 30;

    /// <summary>A session ends this many hours after sign-in whatever the activity (ADR-0019).</summary>
    public int SessionAbsoluteHours { get; init; } = 12;

    /// <summary>Days a new personal access token lives by default (and at most <see cref="MaxTokenDays"/>).</summary>
    public int TokenDefaultDays { get; init; } = 90;
    public int MaxTokenDays { get; init; } = 365;

    /// <summary>Objections (phản ánh) one client IP may post to the public notice pages per hour.</summary>
    public int ObjectionsPerHour { get; init; } = 10;

    /// <summary>A public objection form sent back sooner than this after it was served is taken for a robot.</summary>
    public int ObjectionMinFillSeconds { get; init; } = 5;
    /// <summary>Minutes between background deadline-reminder passes; 0 turns them off.</summary>
    public int ReminderIntervalMinutes { get; init; } = 60;

    /// <summary>Load the demo data from the seeds on first start. Default: on with the embedded database only.</summary>
    public bool? DemoData { get; set; }

    /// <summary>Password given to every demo user (demo mode only).</summary>
    public string DemoPassword { get; init; } = "LaiChau@2025-demo";

    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    public static TdktSettings From(IConfiguration config, IWebHostEnvironment env)
    {
        var section = config.GetSection("Tdkt");
        int Int(string key, string? envVar, int fallback)
        {
            var raw = (envVar is null ? null : Environment.GetEnvironmentVariable(envVar)) ?? section[key];
            return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : fallback;
        }

        var demo = section["DemoData"];
        return new TdktSettings
        {
            DataFolder = Path.GetFullPath(Environment.GetEnvironmentVariable("TDKT_DATA") ?? section["DataFolder"] ?? ".tdkt"),
            EmbeddedPgPort = Int("EmbeddedPgPort", "TDKT_PG_PORT", 55433),
            EmbeddedPgWatchSeconds = Int("EmbeddedPgWatchSeconds", null, 5),
            IdleTimeoutMinutes = Int("IdleTimeoutMinutes", null, 30),
            LoginAttemptsPerMinute = Int("LoginAttemptsPerMinute", null, 30),
            SessionAbsoluteHours = Int("SessionAbsoluteHours", null, 12),
            TokenDefaultDays = Int("TokenDefaultDays", null, 90),
            MaxTokenDays = Int("MaxTokenDays", null, 365),
            ObjectionsPerHour = Int("ObjectionsPerHour", null, 10),
            ObjectionMinFillSeconds = Int("ObjectionMinFillSeconds", null, 5),
            ReminderIntervalMinutes = Int("ReminderIntervalMinutes", null, 60),
            DemoData = bool.TryParse(Environment.GetEnvironmentVariable("TDKT_DEMO") ?? demo, out var d) ? d : null,
            DemoPassword = section["DemoPassword"] ?? "LaiChau@2025-demo",
        };
    }
}
