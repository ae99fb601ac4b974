using Microsoft.Extensions.Logging.Console;

namespace Tdkt.Web.Infrastructure.Logging;

/// <summary>
/// Where the log goes (ADR-0024). Default: a short Vietnamese console for the person who started the app
/// (Tdkt's own messages, and errors of the framework) and the whole structured JSON log in a size-capped file
/// under the data folder (logs/tdkt.json.log). TDKT_LOG_CONSOLE=json: the JSON log on the console instead
/// (containers, journald), no file. Levels come from configuration (appsettings.json: no SQL at Information).
/// </summary>
public static class TdktLogging
{
    public const string ConsoleModeVariable = "TDKT_LOG_CONSOLE";

    public static bool JsonOnConsole =>
        string.Equals(Environment.GetEnvironmentVariable(ConsoleModeVariable), "json", StringComparison.OrdinalIgnoreCase);

    public static string FilePath(TdktSettings settings) => Path.Combine(settings.DataFolder, "logs", "tdkt.json.log");

    public static void Configure(ILoggingBuilder logging, TdktSettings settings)
    {
        logging.ClearProviders();
        if (JsonOnConsole)
        {
            logging.AddJsonConsole(o =>
            {
                o.IncludeScopes = true; // carries RequestId / TraceId from the hosting scope
                o.UseUtcTimestamp = true;
                o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ";
                o.JsonWriterOptions = new System.Text.Json.JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
            });
            return;
        }

        logging.AddProvider(new JsonFileLoggerProvider(FilePath(settings)));
        logging.AddConsole(o => o.FormatterName = HumanConsoleFormatter.Name);
        logging.AddConsoleFormatter<HumanConsoleFormatter, ConsoleFormatterOptions>();
        logging.AddFilter<ConsoleLoggerProvider>(ForPerson);
    }

    /// <summary>A logger factory for the steps before the host is built (starting the embedded PostgreSQL).</summary>
    public static ILoggerFactory CreateStartupFactory(TdktSettings settings) => LoggerFactory.Create(l =>
    {
        Configure(l, settings);
        l.SetMinimumLevel(LogLevel.Information);
    });

    /// <summary>The console shows Tdkt's own messages from Information up and the framework's only when something failed —
    /// except EF's failed-command and failed-connection lines: the first start probes a database that does not exist yet
    /// and the history table, logging one on every new database, and a real failure surfaces as the exception anyway
    /// (the file keeps both).</summary>
    public static bool ForPerson(string? category, LogLevel level) =>
        category is not null && !category.StartsWith("Microsoft.EntityFrameworkCore.Database.", StringComparison.Ordinal)
        && (level >= LogLevel.Error || (level >= LogLevel.Information && category.StartsWith("Tdkt", StringComparison.Ordinal)));
}
