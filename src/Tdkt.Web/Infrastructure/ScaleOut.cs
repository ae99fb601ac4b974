using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Tdkt.Web.Infrastructure;

/// <summary>What several app nodes on one PostgreSQL need (ADR-0026): one Data Protection key ring in the database,
/// encrypted at rest with a key-encryption certificate that lives with the nodes, not with the database; the job
/// leases (<see cref="JobLease"/>); health checks saying which part is down.</summary>
public static class ScaleOut
{
    public static IServiceCollection AddTdktScaleOut(this IServiceCollection services, IConfiguration config, TdktSettings settings,
        string connectionString)
    {
        services.AddDbContext<KeyRingDbContext>(o => o.UseNpgsql(connectionString));
        var certificate = KeyEncryptionCertificate.LoadOrCreate(config, settings.DataFolder);
        var dataProtection = services.AddDataProtection()
            .SetApplicationName("Tdkt")
            .PersistKeysToDbContext<KeyRingDbContext>()
            .ProtectKeysWithCertificate(certificate);
        // Rotation of the key-encryption certificate (ADR-0034): keys written under the previous certificates stay readable.
        if (KeyEncryptionCertificate.LoadPrevious(config) is { Length: > 0 } previous)
        {
            dataProtection.UnprotectKeysWithAnyCertificate([certificate, .. previous]);
        }

        services.AddSingleton(new NodeName(config["Tdkt:NodeName"] is { Length: > 0 } n ? n : $"{Environment.MachineName}:{Environment.ProcessId}"));
        services.AddScoped<JobLease>();
        services.AddHealthChecks()
            .AddCheck<KeyRingHealthCheck>("dataProtection")
            .AddCheck<JobsHealthCheck>("jobs");
        return services;
    }

    /// <summary>Hot path: without an appsettings file every EF Core command and two ASP.NET Core lines per request
    /// were written to the JSON console at Information — a dozen log lines per page view. Those categories log
    /// from Warning up; set Logging__LogLevel__… to see them again while debugging.</summary>
    public static ILoggingBuilder AddTdktQuietHotPath(this ILoggingBuilder logging, IConfiguration config)
    {
        foreach (var category in new[] { "Microsoft.EntityFrameworkCore.Database.Command", "Microsoft.AspNetCore.Hosting.Diagnostics",
                     "Microsoft.AspNetCore.Routing.EndpointMiddleware", "Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure" })
        {
            if (config[$"Logging:LogLevel:{category}"] is null)
            {
                logging.AddFilter(category, LogLevel.Warning);
            }
        }

        return logging;
    }

    /// <summary>Keys that earlier versions kept in {data}/keys (files, unencrypted) are copied once into the
    /// database key ring, encrypted with the certificate, so what they protected (citizen IDs) stays readable.</summary>
    public static async Task ImportFileKeysAsync(IServiceProvider services, TdktSettings settings, ILogger log)
    {
        var folder = Path.Combine(settings.DataFolder, "keys");
        var files = Directory.Exists(folder) ? Directory.GetFiles(folder, "key-*.xml") : [];
        if (files.Length == 0)
        {
            return;
        }

        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<KeyRingDbContext>();
        var known = (await db.DataProtectionKeys.Select(k => k.FriendlyName).ToListAsync()).ToHashSet(StringComparer.Ordinal);
        var encryptor = scope.ServiceProvider.GetRequiredService<IOptions<KeyManagementOptions>>().Value.XmlEncryptor
            ?? throw new InvalidOperationException("Data Protection has no key encryptor");
        var added = 0;
        foreach (var file in files)
        {
            var name = Path.GetFileNameWithoutExtension(file);
            if (known.Contains(name))
            {
                continue;
            }

            var key = XElement.Load(file);
            EncryptSecrets(key, encryptor);
            db.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = name, Xml = key.ToString(SaveOptions.DisableFormatting) });
            added++;
        }

        await db.SaveChangesAsync();
        if (added > 0)
        {
            log.LogWarning("Đã chuyển {Count} khóa bảo vệ dữ liệu từ thư mục {Folder} vào cơ sở dữ liệu (đã mã hóa); thư mục này không còn được dùng", added, folder);
        }
    }

    /// <summary>As the key manager does on write: each element marked requiresEncryption becomes an
    /// encryptedSecret naming its decryptor.</summary>
    private static void EncryptSecrets(XElement key, IXmlEncryptor encryptor)
    {
        XNamespace dp = "http://schemas.asp.net/2015/03/dataProtection";
        foreach (var secret in key.Descendants().Where(e => (bool?)e.Attribute(dp + "requiresEncryption") == true).ToList())
        {
            var encrypted = encryptor.Encrypt(secret);
            secret.ReplaceWith(new XElement(dp + "encryptedSecret",
                new XAttribute("decryptorType", encrypted.DecryptorType.AssemblyQualifiedName!), encrypted.EncryptedElement));
        }
    }
}

/// <summary>This process among the app nodes (Tdkt:NodeName, default host:pid): written into the job leases.</summary>
public sealed record NodeName(string Value);

/// <summary>The key ring's table (data_protection_keys, created by the Wave3Scale migration).</summary>
public sealed class KeyRingDbContext(DbContextOptions<KeyRingDbContext> options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<DataProtectionKey>().ToTable("data_protection_keys");
}

/// <summary>The certificate whose RSA key encrypts every Data Protection key before it is stored. Configured with
/// Tdkt:DataProtection:CertificatePath (PKCS#12) and Tdkt:DataProtection:CertificatePassword; unset, it is
/// dataprotection-kek.pfx in the data folder, made on first start (fine for ./run and one node; with several nodes
/// give every node the same file).</summary>
public static class KeyEncryptionCertificate
{
    public const string DefaultFileName = "dataprotection-kek.pfx";

    /// <summary>Tdkt:DataProtection:PreviousCertificatePaths (comma-separated PKCS#12 files, password
    /// Tdkt:DataProtection:PreviousCertificatePassword): the certificates replaced by rotation, for reading only.</summary>
    public static X509Certificate2[] LoadPrevious(IConfiguration config)
    {
        var password = config["Tdkt:DataProtection:PreviousCertificatePassword"];
        return [.. (config["Tdkt:DataProtection:PreviousCertificatePaths"] ?? string.Empty)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => File.Exists(p)
                ? X509CertificateLoader.LoadPkcs12FromFile(p, password, X509KeyStorageFlags.DefaultKeySet)
                : throw new InvalidOperationException($"Không tìm thấy chứng thư mã hóa khóa cũ {p} (Tdkt:DataProtection:PreviousCertificatePaths)."))];
    }

    public static X509Certificate2 LoadOrCreate(IConfiguration config, string dataFolder)
    {
        var configured = config["Tdkt:DataProtection:CertificatePath"];
        var password = config["Tdkt:DataProtection:CertificatePassword"];
        var path = string.IsNullOrWhiteSpace(configured) ? Path.Combine(dataFolder, DefaultFileName) : configured;
        if (!File.Exists(path))
        {
            if (!string.IsNullOrWhiteSpace(configured))
            {
                throw new InvalidOperationException(
                    $"Không tìm thấy chứng thư mã hóa khóa (Tdkt:DataProtection:CertificatePath = {configured}).");
            }

            Create(path);
        }

        return X509CertificateLoader.LoadPkcs12FromFile(path, password, X509KeyStorageFlags.DefaultKeySet);
    }

    /// <summary>A self-signed RSA-3072 certificate valid for 100 years, written with owner-only permissions. Two
    /// nodes starting at once on one folder: the second keeps the first one's file.</summary>
    public static void Create(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var rsa = RSA.Create(3072);
        var request = new CertificateRequest("CN=Tdkt Data Protection key encryption", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyEncipherment | X509KeyUsageFlags.DataEncipherment, critical: true));
        var now = DateTimeOffset.UtcNow;
        using var certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddYears(100));
        var temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        File.WriteAllBytes(temp, certificate.Export(X509ContentType.Pkcs12));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temp, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        try
        {
            File.Move(temp, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temp);
        }
    }
}

/// <summary>Unhealthy when the key ring cannot be read, or when a key still in use cannot be decrypted with this
/// node's certificate (a node started with other Data Protection settings: its sign-ins would not work elsewhere).</summary>
public sealed class KeyRingHealthCheck(IKeyManager keys, TimeProvider clock) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var now = clock.GetUtcNow();
            var live = keys.GetAllKeys().Where(k => !k.IsRevoked && k.ExpirationDate > now).ToList();
            var unreadable = live.Count(k => !Readable(k));
            return Task.FromResult(unreadable == 0
                ? HealthCheckResult.Healthy($"{live.Count} khóa đang dùng")
                : HealthCheckResult.Unhealthy(
                    $"{unreadable}/{live.Count} khóa bảo vệ dữ liệu không giải mã được bằng chứng thư của máy này (cấu hình Data Protection khác các máy còn lại)"));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("Không đọc được vòng khóa bảo vệ dữ liệu", e));
        }
    }

    private static bool Readable(IKey key)
    {
        try
        {
            return key.Descriptor is not null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return false; // CryptographicException from EncryptedXml, or a descriptor that does not deserialise
        }
    }
}
