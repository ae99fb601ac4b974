using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tdkt.Testing;

namespace Tdkt.Web.Tests.ScaleOut;

/// <summary>A data folder from before ADR-0026 kept its key ring in {data}/keys: the first start moves it into the
/// database, encrypted, and what it protected still reads.</summary>
public sealed class FileKeyImportTests
{
    [Fact]
    public async Task OldKeysFolder_FirstStart_KeysMovedIntoTheDatabaseAndOldSecretsStillRead()
    {
        var probe = await TestDatabases.NewFactoryAsync(nameof(FileKeyImportTests));
        var folder = probe.DataFolder;
        var database = probe.Database;
        probe.Dispose(); // never started: only its database and folder are used
        var old = DataProtectionProvider.Create(new DirectoryInfo(Path.Combine(folder, "keys")), b => b.SetApplicationName("Tdkt"));
        var cipher = old.CreateProtector("FileKeyImportTests").Protect("001099012345");

        using var app = new TdktFactory(database, folder);
        var plain = app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("FileKeyImportTests").Unprotect(cipher);

        Assert.Equal("001099012345", plain);
        var imported = await app.WithDbAsync(db => db.Database.SqlQueryRaw<string>(
            """SELECT "Xml" AS "Value" FROM data_protection_keys WHERE "Xml" LIKE '%encryptedSecret%'""").ToListAsync());
        Assert.NotEmpty(imported);
        Assert.All(imported, xml => Assert.DoesNotContain("<value>", xml, StringComparison.Ordinal));
    }
}
