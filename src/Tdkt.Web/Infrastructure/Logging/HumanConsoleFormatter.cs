using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;

namespace Tdkt.Web.Infrastructure.Logging;

/// <summary>What a person reads in the terminal of ./run: the time and the message, errors marked in Vietnamese.</summary>
public sealed class HumanConsoleFormatter() : ConsoleFormatter(Name)
{
    public new const string Name = "tdkt-human";

    public override void Write<TState>(in LogEntry<TState> logEntry, IExternalScopeProvider? scopeProvider, TextWriter textWriter)
    {
        var message = logEntry.Formatter(logEntry.State, logEntry.Exception);
        if (string.IsNullOrEmpty(message) && logEntry.Exception is null)
        {
            return;
        }

        var prefix = logEntry.LogLevel switch
        {
            LogLevel.Warning => "Cảnh báo: ",
            LogLevel.Error or LogLevel.Critical => "LỖI: ",
            _ => string.Empty,
        };
        textWriter.Write(DateTime.Now.ToString("HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture));
        textWriter.Write("  ");
        textWriter.Write(prefix);
        textWriter.WriteLine(message);
        if (logEntry.Exception is { } e)
        {
            textWriter.WriteLine("          " + e.GetType().Name + ": " + e.Message + " (chi tiết trong tệp nhật ký)");
        }
    }
}
