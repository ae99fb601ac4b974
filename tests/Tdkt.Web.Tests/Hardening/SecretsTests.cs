using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Tdkt.Testing;
using Tdkt.Web.Security;
using Tdkt.Web.Tests.Nominations;

namespace Tdkt.Web.Tests.Hardening;

/// <summary>Secrets from configuration (ADR-0018): the blind-index key is required outside ./run and Development,
/// generated into the data folder otherwise; the last CCCD digits are derived from the cipher, never stored.</summary>
public sealed class SecretsTests
{
    [Fact]
    public async Task Production_WithoutIndexKey_RefusesToStart_NamingTheSetting()
    {
        var db = await TestDatabases.CreateAsync(nameof(SecretsTests));
        var folder = Directory.CreateTempSubdirectory("tdkt-secrets-").FullName;
        using var app = new TdktFactory(db, folder, new Dictionary<string, string?>
        {
            ["Tdkt:CitizenIdIndexKey"] = "", ["environment"] = "Production",
        });

        var e = Assert.ThrowsAny<Exception>(() => app.Server);
        var inner = e as MissingSecretException ?? e.InnerException as MissingSecretException ?? Assert.IsType<MissingSecretException>(e.GetBaseException());
        Assert.Contains("Tdkt:CitizenIdIndexKey", inner.Message, StringComparison.Ordinal);
        Assert.Contains("không khởi động", inner.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(SecretKeys.IndexKeyFile(folder)));
    }

    [Fact]
    public void EmbeddedOrDevelopment_WithoutIndexKey_GeneratesOnceIntoDataFolder_OwnerOnly()
    {
        var folder = Directory.CreateTempSubdirectory("tdkt-secrets-").FullName;
        var empty = new ConfigurationBuilder().Build();

        var first = SecretKeys.CitizenIdIndexKey(empty, folder, generateIfMissing: true, NullLogger.Instance);
        var second = SecretKeys.CitizenIdIndexKey(empty, folder, generateIfMissing: false, NullLogger.Instance);

        Assert.Equal(first.Value, second.Value);
        Assert.True(first.Value.Length >= SecretKeys.MinKeyChars);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(SecretKeys.IndexKeyFile(folder)));
        }

        var shortKey = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [SecretKeys.IndexKeySetting] = "kurz" }).Build();
        Assert.Throws<MissingSecretException>(() => SecretKeys.CitizenIdIndexKey(shortKey, folder, true, NullLogger.Instance));
    }

    [Fact]
    public async Task CitizenId_StoredOnlyEncrypted_LastDigitsDerivedForDisplay_IndexUsesConfiguredKey()
    {
        using var app = await TestDatabases.NewFactoryAsync(nameof(SecretsTests));
        const string cccd = "012345678901";
        var id = await NominationScenario.ReadyDraftAsync(app, people: [new("Individual", "Lò Văn Khóa", "1982", Gender: "Nam", CitizenId: cccd)]);

        // No column carries the digits in clear; the cipher does not contain them either.
        await using (var conn = new NpgsqlConnection(app.ConnectionString))
        {
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand("SELECT count(*) FROM information_schema.columns WHERE table_name = 'nominees' AND column_name ILIKE '%last4%'", conn);
            Assert.Equal(0L, (long)(await cmd.ExecuteScalarAsync())!);
            await using var dump = new NpgsqlCommand("SELECT row_to_json(n)::text FROM nominees n WHERE \"DossierId\" = @d", conn);
            dump.Parameters.AddWithValue("d", id);
            var row = (string)(await dump.ExecuteScalarAsync())!;
            Assert.DoesNotContain("8901", row, StringComparison.Ordinal);
        }

        var clerk = await Http.SignedInAsync(app, "canbo.tanphong");
        var html = WebUtility.HtmlDecode(await clerk.GetStringAsync(NominationScenario.Url(id)));
        Assert.Contains("CCCD: ********8901", html, StringComparison.Ordinal);
        var api = await NominationScenario.Bearer(app, "canbo.tanphong").GetStringAsync($"/api/v1/dossiers/{id}/nominees");
        Assert.Equal("********8901", JsonDocument.Parse(api).RootElement[0].GetProperty("citizenId").GetString());

        var expected = Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData(
            System.Text.Encoding.UTF8.GetBytes(TdktFactory.TestIndexKey), System.Text.Encoding.UTF8.GetBytes(cccd)));
        var constantKey = Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData(
            "tdkt-citizen-id-index-v1"u8.ToArray(), System.Text.Encoding.UTF8.GetBytes(cccd)));
        using var scope = app.Services.CreateScope();
        var index = scope.ServiceProvider.GetRequiredService<Pages.Nominations.CitizenIds>().Index(cccd);
        Assert.Equal(expected, index);
        Assert.NotEqual(constantKey, index);
    }
}
