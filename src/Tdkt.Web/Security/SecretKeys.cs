using System.Security.Cryptography;

namespace Tdkt.Web.Security;

/// <summary>The key of the citizen-ID blind index (HMAC-SHA-256), from configuration.</summary>
public sealed record CitizenIdIndexKey(byte[] Value);

/// <summary>Thrown at start when a secret the app needs is not configured; the message says what to set.</summary>
public sealed class MissingSecretException(string message) : Exception(message);

/// <summary>
/// Secrets come from configuration, never from the code (ADR-0018). The blind-index key is
/// <c>Tdkt:CitizenIdIndexKey</c> (environment <c>Tdkt__CitizenIdIndexKey</c>), at least 32 characters. It is required
/// when the app runs on an external database in Production; with the embedded PostgreSQL of <c>./run</c> (and in
/// Development) a random key is generated once into <c>&lt;data folder&gt;/secrets/citizen-id-index.key</c> and read
/// from there afterwards (the backup takes that folder with the database).
/// </summary>
public static class SecretKeys
{
    public const string IndexKeySetting = "Tdkt:CitizenIdIndexKey";
    public const int MinKeyChars = 32;

    public static string IndexKeyFile(string dataFolder) => Path.Combine(dataFolder, "secrets", "citizen-id-index.key");

    public static CitizenIdIndexKey CitizenIdIndexKey(IConfiguration config, string dataFolder, bool generateIfMissing, ILogger log)
    {
        var configured = config[IndexKeySetting];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured.Trim().Length >= MinKeyChars
                ? new CitizenIdIndexKey(System.Text.Encoding.UTF8.GetBytes(configured.Trim()))
                : throw Refuse(log, $"Khóa {IndexKeySetting} quá ngắn: cần ít nhất {MinKeyChars} ký tự ngẫu nhiên.");
        }

        var file = IndexKeyFile(dataFolder);
        if (File.Exists(file))
        {
            var stored = File.ReadAllText(file).Trim();
            return stored.Length >= MinKeyChars
                ? new CitizenIdIndexKey(System.Text.Encoding.UTF8.GetBytes(stored))
                : throw Refuse(log, $"Tệp khóa {file} hỏng (ngắn hơn {MinKeyChars} ký tự).");
        }

        if (!generateIfMissing)
        {
            throw Refuse(log,
                $"Thiếu khóa chỉ mục số CCCD: đặt cấu hình {IndexKeySetting} (biến môi trường Tdkt__CitizenIdIndexKey, ít nhất {MinKeyChars} ký tự ngẫu nhiên, ví dụ `openssl rand -base64 48`) hoặc tệp {file}. Ứng dụng không khởi động khi thiếu khóa này.");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite; // owner only
        }

        using (var stream = new FileStream(file, options))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(key);
        }

        log.LogWarning("Đã tạo khóa chỉ mục CCCD tại {File}; hãy sao lưu cùng cơ sở dữ liệu (./run backup có sao lưu).", file);
        return new CitizenIdIndexKey(System.Text.Encoding.UTF8.GetBytes(key));
    }

    private static MissingSecretException Refuse(ILogger log, string message)
    {
        log.LogCritical("Tdkt không khởi động: {Reason}", message);
        return new MissingSecretException(message);
    }
}
