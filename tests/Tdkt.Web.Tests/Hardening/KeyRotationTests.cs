using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tdkt.Domain.Awards;
using Tdkt.Domain.Nominations;
using Tdkt.Testing;
using Tdkt.Web.Data;
using Tdkt.Web.Infrastructure;
using Tdkt.Web.Pages.Nominations;
using Tdkt.Web.Security;

namespace Tdkt.Web.Tests.Hardening;

/// <summary>Key rotation (issue 15 item 3, ADR-0034). The CCCD blind-index key: <c>rotate-cccd-key</c> re-indexes every
/// person whose number the app can read, and the app on the new key matches them again. The Data Protection
/// key-encryption certificate: a node on a new certificate with the old one listed as previous reads the existing key
/// ring — sessions and encrypted citizen IDs stay readable; without the old one it reports the key ring unreadable.</summary>
public sealed class KeyRotationTests
{
    private const string NewIndexKey = "tdkt-tests-rotated-citizen-id-index-key-9876543210";
    private const string Number = "001085012345";

    private static string Index(string key, string number) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(number)));

    [Fact]
    public async Task CitizenIdIndexKey_Rotated_PeopleReindexed_AndMatchedWithTheNewKey()
    {
        using var oldApp = await TestDatabases.NewFactoryAsync(nameof(CitizenIdIndexKey_Rotated_PeopleReindexed_AndMatchedWithTheNewKey));
        var (personId, nomineeId, strayId) = await oldApp.WithDbAsync(async db =>
        {
            using var scope = oldApp.Services.CreateScope();
            var ids = scope.ServiceProvider.GetRequiredService<CitizenIds>();
            var d = await db.Dossiers.Where(x => x.Status == DossierStatus.Draft).OrderBy(x => x.Id).FirstAsync();
            var person = new Person { FullName = "Lò Văn Khóa", BirthYear = 1985, OrgUnitId = d.ProposingUnitId, CitizenIdHash = Index(TdktFactory.TestIndexKey, Number) };
            // A person indexed from a number the app never kept readable: it cannot follow the rotation.
            var stray = new Person { FullName = "Người không có số gốc", BirthYear = 1970, OrgUnitId = d.ProposingUnitId, CitizenIdHash = Index(TdktFactory.TestIndexKey, "099999999999") };
            db.AddRange(person, stray);
            // Another name and year on the nominee: only the number can match them.
            var n = Nominee.Create(d.Id, new NomineeData(SubjectKind.Individual, "L. V. Khóa", "Nam", 1986, null, null, null, null, null, Number,
                AwardCodes.Gk, "Thành tích"), ids.Protect).Value!;
            db.Add(n);
            await db.SaveChangesAsync();
            return (person.Id, n.Id, stray.Id);
        });

        var report = await oldApp.WithDbAsync(async db =>
        {
            var app = new TdktFactory(oldApp.Database, oldApp.DataFolder, new Dictionary<string, string?> { ["Tdkt:CitizenIdIndexKey"] = NewIndexKey });
            using (app)
            {
                using var scope = app.Services.CreateScope();
                return await CitizenIdKeyRotation.RunAsync(scope.ServiceProvider.GetRequiredService<TdktDbContext>(), scope.ServiceProvider.GetRequiredService<CitizenIds>(),
                    Encoding.UTF8.GetBytes(TdktFactory.TestIndexKey), Encoding.UTF8.GetBytes(NewIndexKey), CancellationToken.None);
            }
        });
        Console.WriteLine(report.Describe());
        Assert.True(report.People >= 1);
        Assert.True(report.Unmapped >= 1);

        using var newApp = new TdktFactory(oldApp.Database, oldApp.DataFolder, new Dictionary<string, string?> { ["Tdkt:CitizenIdIndexKey"] = NewIndexKey });
        var (hash, strayHash) = await newApp.WithDbAsync(async db =>
            (await db.People.Where(p => p.Id == personId).Select(p => p.CitizenIdHash).SingleAsync(),
             await db.People.Where(p => p.Id == strayId).Select(p => p.CitizenIdHash).SingleAsync()));
        Assert.Equal(Index(NewIndexKey, Number), hash);
        Assert.Equal(Index(TdktFactory.TestIndexKey, "099999999999"), strayHash);
        using var scope2 = newApp.Services.CreateScope();
        var db2 = scope2.ServiceProvider.GetRequiredService<TdktDbContext>();
        var nominee = await db2.Nominees.AsNoTracking().SingleAsync(n => n.Id == nomineeId);
        var unitId = await db2.Dossiers.Where(x => x.Id == nominee.DossierId).Select(x => x.ProposingUnitId).SingleAsync();
        Assert.Equal(personId, await scope2.ServiceProvider.GetRequiredService<NominationChecks>().MatchPersonAsync(nominee, unitId, CancellationToken.None));
        Assert.True(await db2.AuditEntries.AnyAsync(a => a.Action == "Đổi khóa chỉ mục CCCD"));
    }

    [Fact]
    public async Task KeyEncryptionCertificate_Rotated_WithPreviousListed_SessionsAndCitizenIdsReadable_WithoutIt_Unhealthy()
    {
        using var oldApp = await TestDatabases.NewFactoryAsync(nameof(KeyEncryptionCertificate_Rotated_WithPreviousListed_SessionsAndCitizenIdsReadable_WithoutIt_Unhealthy));
        var jar = new CookieContainer();
        var a = oldApp.CreateDefaultClient(new CookieContainerHandler(jar));
        var login = await Http.PostFormAsync(a, "/Account/Login", new() { ["Input.UserName"] = "canbo.tanphong", ["Input.Password"] = TestDatabases.DemoPassword });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await a.GetAsync("/Account/Profile")).StatusCode);
        string cipher;
        using (var scope = oldApp.Services.CreateScope())
        {
            cipher = scope.ServiceProvider.GetRequiredService<CitizenIds>().Protect(Number);
        }

        var oldCertificate = Path.Combine(oldApp.DataFolder, KeyEncryptionCertificate.DefaultFileName);
        var newFolder = Directory.CreateTempSubdirectory("tdkt-kek-").FullName;
        var newCertificate = Path.Combine(newFolder, "kek-2027.pfx");
        KeyEncryptionCertificate.Create(newCertificate);

        using (var rotated = new TdktFactory(oldApp.Database, newFolder, new Dictionary<string, string?>
        {
            ["Tdkt:DataProtection:CertificatePath"] = newCertificate,
            ["Tdkt:DataProtection:PreviousCertificatePaths"] = oldCertificate,
        }))
        {
            var b = rotated.CreateDefaultClient(new CookieContainerHandler(jar));
            Assert.Equal(HttpStatusCode.OK, (await b.GetAsync("/Account/Profile")).StatusCode); // the session signed in before
            using var scope = rotated.Services.CreateScope();
            Assert.Equal(Number, scope.ServiceProvider.GetRequiredService<CitizenIds>().Unprotect(cipher));
            Assert.Equal(HttpStatusCode.OK, (await b.GetAsync("/health")).StatusCode);
        }

        using var withoutOld = new TdktFactory(oldApp.Database, newFolder, new Dictionary<string, string?>
        {
            ["Tdkt:DataProtection:CertificatePath"] = newCertificate,
        });
        var c = withoutOld.CreateDefaultClient(new CookieContainerHandler(jar));
        var health = await c.GetAsync("/health");
        Console.WriteLine($"new certificate without the old one: /health {(int)health.StatusCode} {await health.Content.ReadAsStringAsync()}");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await c.GetAsync("/Account/Profile")).StatusCode);
    }
}
