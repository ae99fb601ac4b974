using System.Security.Cryptography;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.Extensions.Options;

namespace Tdkt.Web.Security;

/// <summary>
/// Data Protection master keys encrypted at rest with a key-encryption key (AES-256-GCM) from configuration
/// (ADR-0018): <c>Tdkt:KeyEncryptionKey</c> = 32 random bytes in base64. With the embedded database (and in Development)
/// it is generated once into <c>&lt;data folder&gt;/secrets/key-encryption.key</c>; otherwise the app refuses to start
/// without it, like the CCCD index key. Keys written before this stay readable (they are plain XML); new keys are
/// encrypted. Kept in its own file so the key ring's storage (file system or database) can change independently.
/// </summary>
public static class DataProtectionAtRest
{
    public const string Setting = "Tdkt:KeyEncryptionKey";

    public static string KeyFile(string dataFolder) => Path.Combine(dataFolder, "secrets", "key-encryption.key");

    public static IDataProtectionBuilder ProtectKeysWithConfiguredKey(this IDataProtectionBuilder builder, IConfiguration config,
        string dataFolder, bool generateIfMissing, ILogger log)
    {
        var kek = Resolve(config, dataFolder, generateIfMissing, log);
        builder.Services.AddSingleton(new KeyEncryptionKey(kek));
        builder.Services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp =>
            new ConfigureOptions<KeyManagementOptions>(o => o.XmlEncryptor = new KekXmlEncryptor(sp.GetRequiredService<KeyEncryptionKey>())));
        return builder;
    }

    private static byte[] Resolve(IConfiguration config, string dataFolder, bool generateIfMissing, ILogger log)
    {
        static byte[]? Parse(string? text)
        {
            try
            {
                return text is null ? null : Convert.FromBase64String(text.Trim()) is { Length: 32 } k ? k : null;
            }
            catch (FormatException)
            {
                return null;
            }
        }

        var configured = config[Setting];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Parse(configured) ?? throw Refuse(log, $"{Setting} phải là 32 byte ngẫu nhiên dạng base64 (ví dụ `openssl rand -base64 32`).");
        }

        var file = KeyFile(dataFolder);
        if (File.Exists(file))
        {
            return Parse(File.ReadAllText(file)) ?? throw Refuse(log, $"Tệp khóa {file} hỏng.");
        }

        if (!generateIfMissing)
        {
            throw Refuse(log, $"Thiếu khóa mã hóa khóa Data Protection: đặt {Setting} (biến môi trường Tdkt__KeyEncryptionKey, `openssl rand -base64 32`). Ứng dụng không khởi động khi thiếu khóa này.");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var key = RandomNumberGenerator.GetBytes(32);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var writer = new StreamWriter(new FileStream(file, options)))
        {
            writer.Write(Convert.ToBase64String(key));
        }

        return key;
    }

    private static MissingSecretException Refuse(ILogger log, string message)
    {
        log.LogCritical("Tdkt không khởi động: {Reason}", message);
        return new MissingSecretException(message);
    }
}

public sealed record KeyEncryptionKey(byte[] Value);

/// <summary>AES-256-GCM of the key element's XML: nonce (12) | tag (16) | ciphertext, base64.</summary>
public sealed class KekXmlEncryptor(KeyEncryptionKey kek) : IXmlEncryptor
{
    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        var plain = System.Text.Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
        var nonce = RandomNumberGenerator.GetBytes(12);
        var tag = new byte[16];
        var cipher = new byte[plain.Length];
        using (var aes = new AesGcm(kek.Value, 16))
        {
            aes.Encrypt(nonce, plain, cipher, tag);
        }

        var element = new XElement("encryptedKey",
            new XComment(" Encrypted with Tdkt:KeyEncryptionKey (AES-256-GCM). "),
            new XElement("value", Convert.ToBase64String(nonce.Concat(tag).Concat(cipher).ToArray())));
        return new EncryptedXmlInfo(element, typeof(KekXmlDecryptor));
    }
}

/// <summary>Created by Data Protection through its service provider when it reads an encrypted key.</summary>
public sealed class KekXmlDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        var kek = services.GetRequiredService<KeyEncryptionKey>();
        var data = Convert.FromBase64String(encryptedElement.Element("value")?.Value ?? throw new CryptographicException("No value."));
        var plain = new byte[data.Length - 28];
        using (var aes = new AesGcm(kek.Value, 16))
        {
            aes.Decrypt(data.AsSpan(0, 12), data.AsSpan(28), data.AsSpan(12, 16), plain);
        }

        return XElement.Parse(System.Text.Encoding.UTF8.GetString(plain));
    }
}
