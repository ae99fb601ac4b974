using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Tdkt.Domain.Nominations;
using Tdkt.Testing;
using Tdkt.Web.Data;
using Tdkt.Web.Data.Synthetic;
using Tdkt.Web.Pages.Nominations;

namespace Tdkt.Web.Tests.Scale;

/// <summary>The synthetic data set (./run seed --scale …, issue 17 item 1) at its tiny preset, in the real schema.</summary>
public sealed class SyntheticDataTests(SyntheticDataTests.Loaded loaded) : IClassFixture<SyntheticDataTests.Loaded>
{
    private readonly TdktFactory _app = loaded.App;
    private readonly SyntheticDataLoader.Counts _counts = loaded.Counts;

    /// <summary>One empty database, migrated by the app, then loaded with the demo preset (once for the class).</summary>
    public sealed class Loaded : IAsyncLifetime
    {
        public TdktFactory App { get; private set; } = null!;
        public SyntheticDataLoader.Counts Counts { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            var empty = $"synthetic_{Environment.ProcessId}";
            var db = empty + "_loaded";
            foreach (var name in new[] { empty, db })
            {
                await PostgresCluster.Instance.ExecuteAsync($"DROP DATABASE IF EXISTS {name}");
            }

            await PostgresCluster.Instance.ExecuteAsync($"CREATE DATABASE {empty}");
            var folder = Path.Combine(Path.GetTempPath(), $"tdkt-{empty}");
            using (var migrating = new TdktFactory(empty, folder))
            {
                _ = migrating.Server; // migrates the empty database
            }

            // The load, then the app, on the database under a new name, as `./run seed` then `./run` (two processes) do:
            // EF keeps the HiLo block a process took from a database for the process's life, keyed by database name,
            // and the block the migrating app took before the load would collide with the loaded rows' ids.
            await PostgresCluster.Instance.ExecuteAsync($"ALTER DATABASE {empty} RENAME TO {db}");
            var cs = PostgresCluster.Instance.ConnectionString(db);
            Assert.True(await SyntheticDataLoader.IsEmptyAsync(cs));
            Counts = await new SyntheticDataLoader(cs, SyntheticScale.Demo, _ => { }).LoadAsync();
            App = new TdktFactory(db, folder);
        }

        public Task DisposeAsync()
        {
            App.Dispose();
            return Task.CompletedTask;
        }
    }

    [Fact]
    public async Task DemoPreset_LoadsTheCountsItPromises()
    {
        var units = await ScalarAsync("SELECT count(*) FROM org_units");
        var communes = await ScalarAsync("SELECT count(*) FROM org_units WHERE \"Kind\" = 'Commune'");
        var people = await ScalarAsync("SELECT count(*) FROM people");
        var dossiers = await ScalarAsync("SELECT count(*) FROM dossiers");
        var awards = await ScalarAsync("SELECT count(*) FROM award_records");

        // 2 provinces × (1 + 2 agencies × (1 + 2 units) + 3 communes × (1 + 3 units)) = 2 × 19.
        Assert.Equal(38, units);
        Assert.Equal(6, communes);
        Assert.Equal(SyntheticScale.Demo.People, people);
        Assert.Equal(SyntheticScale.Demo.Dossiers, dossiers);
        Assert.Equal(_counts.AwardRecords, awards);
        Assert.InRange(awards, people * 5, people * 12); // about half the working years of 20
    }

    [Fact]
    public async Task DemoPreset_EveryDossierStateExists_AndTransitionsEndInIt()
    {
        var states = await ScalarAsync("SELECT count(DISTINCT \"Status\") FROM dossiers");
        var mismatched = await ScalarAsync("""
            SELECT count(*) FROM dossiers d
            WHERE d."Status" <> 'Draft' AND d."Status" <> (SELECT t."To" FROM dossier_transitions t WHERE t."DossierId" = d."Id" ORDER BY t."At" DESC LIMIT 1)
            """);

        Assert.Equal(Enum.GetValues<Tdkt.Domain.Nominations.DossierStatus>().Length, states);
        Assert.Equal(0, mismatched);
    }

    [Fact]
    public async Task DemoPreset_References_AllResolve()
    {
        var orphans = await ScalarAsync("""
            SELECT (SELECT count(*) FROM people p LEFT JOIN org_units u ON u."Id" = p."OrgUnitId" WHERE u."Id" IS NULL)
                 + (SELECT count(*) FROM award_records a LEFT JOIN people p ON p."Id" = a."PersonId" WHERE a."PersonId" IS NOT NULL AND p."Id" IS NULL)
                 + (SELECT count(*) FROM dossiers d LEFT JOIN org_units u ON u."Id" = d."ReceivingUnitId" WHERE u."Id" IS NULL)
                 + (SELECT count(*) FROM nominees n LEFT JOIN dossiers d ON d."Id" = n."DossierId" WHERE d."Id" IS NULL)
                 + (SELECT count(*) FROM role_grants g LEFT JOIN "AspNetUsers" u ON u."Id" = g."UserId" WHERE u."Id" IS NULL)
                 + (SELECT count(*) FROM org_units c JOIN org_units p ON p."Id" = c."ParentId" WHERE c."Path" NOT LIKE p."Path" || '%')
            """);
        var nguyen = await ScalarAsync("SELECT count(*) FROM people WHERE \"FullName\" LIKE 'Nguyễn %'");

        Assert.Equal(0, orphans);
        Assert.InRange(nguyen, SyntheticScale.Demo.People * 30 / 100, SyntheticScale.Demo.People * 46 / 100); // about 38 %
    }

    [Fact]
    public async Task GeneratedAppraiser_SignsIn_AndSeesTheProvinceInbox()
    {
        var client = await Http.SignedInAsync(_app, "thamdinh.t01", SyntheticDataLoader.Password);

        var inbox = await client.GetAsync("/Nominations");

        Assert.Equal(HttpStatusCode.OK, inbox.StatusCode);
        Assert.Contains("Đề nghị khen thưởng năm", await inbox.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DemoPreset_EverySubmittedDossier_CarriesThePartsItsAwardsRequire()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TdktDbContext>();
        var checks = scope.ServiceProvider.GetRequiredService<NominationChecks>();
        var sent = await db.Dossiers.AsNoTracking().Where(d => d.Status != DossierStatus.Draft).ToListAsync();
        var missing = new List<string>();
        foreach (var d in sent)
        {
            missing.AddRange((await checks.SubmissionCheckAsync(d, CancellationToken.None)).MissingParts.Select(m => $"{d.Id}: {m}"));
        }

        var drafts = await ScalarAsync("SELECT count(*) FROM dossier_attachments a JOIN dossiers d ON d.\"Id\" = a.\"DossierId\" WHERE d.\"Status\" = 'Draft'");
        var perNominee = await ScalarAsync("SELECT count(*) FROM dossier_attachments WHERE \"NomineeId\" IS NOT NULL");
        var files = await ScalarAsync("SELECT count(*) FROM stored_files");

        Assert.NotEmpty(sent);
        Assert.Empty(missing);
        Assert.Equal(0, drafts); // a draft's parts are its clerk's to add
        Assert.True(perNominee > 0);
        Assert.Equal(_counts.Files, files);
        Assert.Equal(_counts.Attachments, await ScalarAsync("SELECT count(*) FROM dossier_attachments"));
    }

    [Fact]
    public async Task ReturnedDossier_ItsClerkSendsItAgain()
    {
        var (id, unitId, kind) = await _app.WithDbAsync(async db =>
        {
            var d = await db.Dossiers.AsNoTracking().Where(x => x.Status == DossierStatus.Returned).OrderByDescending(x => x.Id).FirstAsync();
            var k = await db.OrgUnits.Where(u => u.Id == d.ProposingUnitId).Select(u => u.Kind).SingleAsync();
            return (d.Id, d.ProposingUnitId, k);
        });
        var clerk = await Http.SignedInAsync(_app, string.Create(CultureInfo.InvariantCulture,
            $"canbo.{(kind == Domain.Organizations.OrgUnitKind.Commune ? "x" : "u")}{unitId}"), SyntheticDataLoader.Password);
        var page = await clerk.GetStringAsync($"/Nominations/Details/{id}");
        var version = System.Text.RegularExpressions.Regex.Match(page, "name=\"Input.Version\" value=\"(\\d+)\"").Groups[1].Value;

        var response = await Http.PostFormAsync(clerk, $"/Nominations/Details/{id}?handler=Submit", new() { ["Input.Version"] = version }, $"/Nominations/Details/{id}");

        // The reason the rules gave, when they refused (the page comes back with it): part of the failure message.
        var refused = response.StatusCode == HttpStatusCode.OK
            ? System.Text.RegularExpressions.Regex.Match(await response.Content.ReadAsStringAsync(), "data-testid=\"errors\">(.*?)</ul>", System.Text.RegularExpressions.RegexOptions.Singleline).Groups[1].Value
            : string.Empty;
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, System.Net.WebUtility.HtmlDecode(refused));
        Lookups.AssertRedirect(response, $"/Nominations/Details/{id}");
        Assert.Equal(DossierStatus.Submitted, await _app.WithDbAsync(db => db.Dossiers.Where(d => d.Id == id).Select(d => d.Status).SingleAsync()));
    }

    [Fact]
    public async Task DemoPreset_DossiersDecidedSince2024_HaveDecisionsRecordsAndCounters()
    {
        var decided = await ScalarAsync("""
            SELECT count(*) FROM dossiers d WHERE d."Status" = 'Decided'
              AND EXISTS (SELECT 1 FROM dossier_transitions t WHERE t."DossierId" = d."Id" AND t."Action" = 'Issue' AND t."At" >= '2024-01-01')
            """);
        var decisions = await ScalarAsync("SELECT count(*) FROM decisions");
        // Every recipient: a nominee of the decision's dossier, and an award record of the same person, award and decision.
        var unlinked = await ScalarAsync("""
            SELECT count(*) FROM decision_recipients r
            JOIN decisions d ON d."Id" = r."DecisionId"
            LEFT JOIN nominees n ON n."Id" = r."NomineeId" AND n."DossierId" = d."DossierId" AND n."AwardCode" = r."AwardCode"
            LEFT JOIN award_records a ON a."Id" = r."AwardRecordId" AND a."PersonId" = r."PersonId" AND a."AwardCode" = r."AwardCode"
                 AND a."DecisionNumber" = d."Number" AND a."DecisionDate" = d."DecisionDate" AND a."SignerOrgUnitId" = d."IssuingUnitId"
            WHERE n."Id" IS NULL OR a."Id" IS NULL OR r."Amount" <= 0
            """);
        var nominees = await ScalarAsync("SELECT count(*) FROM nominees n JOIN decisions d ON d.\"DossierId\" = n.\"DossierId\"");
        var recipients = await ScalarAsync("SELECT count(*) FROM decision_recipients");
        var counters = await ScalarAsync("""
            SELECT count(*) FROM (SELECT "IssuingUnitId", "Year", max("SequenceNumber") AS m FROM decisions GROUP BY 1, 2) x
            LEFT JOIN decision_counters c ON c."IssuingUnitId" = x."IssuingUnitId" AND c."Year" = x."Year" AND c."LastNumber" = x.m
            WHERE c."IssuingUnitId" IS NULL
            """);

        Assert.True(decided > 0);
        Assert.Equal(decided, decisions);
        Assert.Equal(nominees, recipients);
        Assert.Equal(0, unlinked);
        Assert.Equal(0, counters);
        Assert.Equal(_counts.Recipients, recipients);
        // Issued by the people's committee, as the certificate's heading and the number's symbol need.
        Assert.Equal(0, await ScalarAsync("SELECT count(*) FROM decisions WHERE \"IssuingBodyName\" NOT LIKE 'Ủy ban nhân dân %' OR \"Number\" NOT LIKE '%/QĐ-UBND'"));
    }

    [Fact]
    public async Task SyntheticRecipient_TheProvinceSignerDownloadsTheCertificate()
    {
        var recipient = await _app.WithDbAsync(db => (from r in db.DecisionRecipients
                                                      join d in db.Decisions on r.DecisionId equals d.Id
                                                      join u in db.OrgUnits on d.IssuingUnitId equals u.Id
                                                      where u.Code == "T01"
                                                      orderby r.Id
                                                      select r.Id).FirstAsync());
        var signer = await Http.SignedInAsync(_app, "lanhdao.t01", SyntheticDataLoader.Password);

        var response = await signer.GetAsync($"/Certificates/Download/{recipient}");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("%PDF"u8.ToArray(), bytes[..4]);
    }

    [Fact]
    public async Task SeedAgain_IntoTheLoadedDatabase_IsRefused() =>
        Assert.False(await SyntheticDataLoader.IsEmptyAsync(_app.ConnectionString));

    private async Task<long> ScalarAsync(string sql)
    {
        await using var conn = new NpgsqlConnection(_app.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
