using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Tdkt.Web.Infrastructure.Logging;

/// <summary>
/// Structured log (one JSON object a line, Vietnamese unescaped) appended to a file under the data folder.
/// The file is size-capped: past <see cref="MaxFileBytes"/> it rolls to .1 … .N and the oldest is dropped,
/// so the log folder never grows past (RetainedFiles + 1) × MaxFileBytes.
/// </summary>
[ProviderAlias("JsonFile")]
public sealed class JsonFileLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly Lock _gate = new();
    private readonly string _path;
    private FileStream? _stream;
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public JsonFileLoggerProvider(string path, long maxFileBytes = 10 * 1024 * 1024, int retainedFiles = 4)
    {
        _path = path;
        MaxFileBytes = maxFileBytes;
        RetainedFiles = retainedFiles;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
    }

    public string FilePath => _path;
    public long MaxFileBytes { get; }
    public int RetainedFiles { get; }

    public ILogger CreateLogger(string categoryName) => new JsonFileLogger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
        lock (_gate)
        {
            _stream?.Dispose();
            _stream = null;
        }
    }

    private void Write<TState>(string category, LogLevel level, EventId eventId, TState state, Exception? exception, string message)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("Timestamp", DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("LogLevel", level.ToString());
            json.WriteString("Category", category);
            json.WriteNumber("EventId", eventId.Id);
            json.WriteString("Message", message);
            if (exception is not null)
            {
                json.WriteString("Exception", exception.ToString());
            }

            if (state is IReadOnlyList<KeyValuePair<string, object?>> values)
            {
                json.WriteStartObject("State");
                foreach (var (key, value) in values)
                {
                    json.WriteString(key, Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
                }

                json.WriteEndObject();
            }

            json.WriteStartArray("Scopes");
            _scopes.ForEachScope(static (scope, w) =>
            {
                if (scope is IReadOnlyList<KeyValuePair<string, object?>> pairs)
                {
                    w.WriteStartObject();
                    foreach (var (key, value) in pairs)
                    {
                        w.WriteString(key, Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
                    }

                    w.WriteEndObject();
                }
                else
                {
                    w.WriteStringValue(Convert.ToString(scope, System.Globalization.CultureInfo.InvariantCulture));
                }
            }, json);
            json.WriteEndArray();
            json.WriteEndObject();
        }

        buffer.Write("\n"u8);
        lock (_gate)
        {
            try
            {
                _stream ??= Open();
                if (_stream.Length > 0 && _stream.Length + buffer.WrittenCount > MaxFileBytes)
                {
                    Roll();
                }

                _stream.Write(buffer.WrittenSpan);
                _stream.Flush();
            }
            catch (IOException)
            {
                // A full disk or a removed folder must not take the app down; the line is lost.
                _stream?.Dispose();
                _stream = null;
            }
        }
    }

    private FileStream Open() => new(_path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);

    private void Roll()
    {
        _stream!.Dispose();
        _stream = null;
        var oldest = $"{_path}.{RetainedFiles}";
        if (File.Exists(oldest))
        {
            File.Delete(oldest);
        }

        for (var i = RetainedFiles - 1; i >= 1; i--)
        {
            var from = $"{_path}.{i}";
            if (File.Exists(from))
            {
                File.Move(from, $"{_path}.{i + 1}");
            }
        }

        if (RetainedFiles >= 1)
        {
            File.Move(_path, $"{_path}.1");
        }
        else
        {
            File.Delete(_path);
        }

        _stream = Open();
    }

    private sealed class JsonFileLogger(JsonFileLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => provider._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                provider.Write(category, logLevel, eventId, state, exception, formatter(state, exception));
            }
        }
    }
}
