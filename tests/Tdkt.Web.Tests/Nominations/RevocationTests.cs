using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Tdkt.Domain.Nominations;
using Tdkt.Testing;
using Tdkt.Web.Pages.Registry;
using static Tdkt.Web.Tests.Nominations.NominationScenario;

namespace Tdkt.Web.Tests.Nominations;

/// <summary>Hủy bỏ, thu hồi khen thưởng (Law Art. 93): a new act linked to the issued decision, revoking some or all
/// recipients; the registry keeps the award and marks it, eligibility stops counting it.</summary>
public sealed class RevocationTests : IAsyncLifetime
{
    private const string Grounds = "Phát hiện khai man thành tích (Điều 93 Luật Thi đua, khen thưởng)";
    private readonly SettableClock _clock = new(new DateTimeOffset(2023, 11, 20, 2, 0, 0, TimeSpan.Zero));
    private TdktFactory _app = null!;

    public async Task InitializeAsync()
    {
        _app = await TestDatabases.NewFactoryAsync(nameof(RevocationTests));
        _app.Clock = _clock;
    }

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    private Task<Dossier> DossierAsync(int id) => _app.WithDbAsync(db => db.Dossiers.AsNoTracking().SingleAsync(d => d.Id == id));

    private async Task<IReadOnlyList<Domain.Awards.AwardRecord>> CountedAwardsAsync(int personId)
    {
        using var scope = _app.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<RegistryFacts>().ForPersonAsync(personId, CancellationToken.None)).Awards;
    }

    [Fact]
    public async Task RevokeOneRecipient_ByTheSigner_RegistryMarksItEligibilityStopsCountingItDossierStaysDecided()
    {
        var id = await IssuedAsync(_app, _clock);
        _clock.Now = new DateTimeOffset(2024, 3, 4, 2, 0, 0, TimeSpan.Zero);
        var decision = await _app.WithDbAsync(db => db.Decisions.AsNoTracking().SingleAsync(d => d.DossierId == id));
        var minh = await _app.WithDbAsync(db => db.DecisionRecipients.AsNoTracking().SingleAsync(r => r.DecisionId == decision.Id && r.Name == "Lò Văn Minh"));
        Assert.Contains(await CountedAwardsAsync(minh.PersonId!.Value), a => a.AwardCode == "GK" && a.Year == 2023);

        var signer = await Http.SignedInAsync(_app, "lanhdao.tplc");
        var r = await Http.PostFormAsync(signer, $"{Url(id)}?handler=Revoke", new()
        {
            ["Input.Version"] = (await DossierAsync(id)).Version.ToString(CultureInfo.InvariantCulture),
            ["Input.RecipientIds"] = minh.Id.ToString(CultureInfo.InvariantCulture), ["Input.Grounds"] = Grounds,
        }, Url(id));
        Lookups.AssertRedirect(r);

        var act = await _app.WithDbAsync(db => db.Revocations.AsNoTracking().SingleAsync(x => x.DecisionId == decision.Id));
        Assert.Equal("03/QĐ-UBND", act.ActNumber); // the same gap-free sequence as the decisions of the body
        Assert.Equal(new DateOnly(2024, 3, 4), act.RevokedOn);
        Assert.Equal(Grounds, act.Grounds);
        var lines = await _app.WithDbAsync(db => db.RevokedAwards.AsNoTracking().Where(x => x.RevocationId == act.Id).ToListAsync());
        Assert.Equal(minh.AwardRecordId, Assert.Single(lines).AwardRecordId);
        Assert.Equal(DossierStatus.Decided, (await DossierAsync(id)).Status);

        // History kept: all three award records are still there; only the revoked one stops counting.
        Assert.Equal(3, await _app.WithDbAsync(db => db.AwardRecords.CountAsync(a => a.DecisionNumber == decision.Number && a.DecisionDate == decision.DecisionDate)));
        Assert.DoesNotContain(await CountedAwardsAsync(minh.PersonId.Value), a => a.AwardCode == "GK" && a.Year == 2023);
        var lan = await _app.WithDbAsync(db => db.DecisionRecipients.AsNoTracking().SingleAsync(x => x.DecisionId == decision.Id && x.Name == "Tòng Thị Lan"));
        Assert.Contains(await CountedAwardsAsync(lan.PersonId!.Value), a => a.AwardCode == "GK" && a.Year == 2023);

        var page = WebUtility.HtmlDecode(await signer.GetStringAsync(Url(id)));
        Assert.Contains("Đã hủy bỏ, thu hồi theo Quyết định số 03/QĐ-UBND ngày 04/03/2024", page);
        Assert.Contains("hủy bỏ, thu hồi khen thưởng của Lò Văn Minh. Căn cứ: " + Grounds, page);
        var registry = WebUtility.HtmlDecode(await signer.GetStringAsync($"/Registry/Subject/{minh.PersonId}"));
        Assert.Contains("Đã hủy bỏ, thu hồi theo Quyết định số 03/QĐ-UBND", registry);
        Assert.Contains(decision.Number, registry);

        // The act and its lines are insert-only like the decision.
        await using var conn = new NpgsqlConnection(_app.ConnectionString);
        await conn.OpenAsync();
        foreach (var sql in new[] { $"DELETE FROM revoked_awards WHERE \"Id\" = {lines[0].Id}", $"UPDATE revocations SET \"Grounds\" = 'x' WHERE \"Id\" = {act.Id}" })
        {
            await using var cmd = new NpgsqlCommand(sql, conn);
            await Assert.ThrowsAsync<PostgresException>(() => cmd.ExecuteNonQueryAsync());
        }
    }

    [Fact]
    public async Task RevokeTheRest_ViaApi_DossierBecomesRevoked_RepeatOrNoGroundsOrOutsiderRefused()
    {
        var id = await IssuedAsync(_app, _clock);
        var recipients = await _app.WithDbAsync(db => (from r in db.DecisionRecipients
                                                        join d in db.Decisions on r.DecisionId equals d.Id
                                                        where d.DossierId == id
                                                        orderby r.Serial
                                                        select r.Id).ToListAsync());

        var noGrounds = await TransitionAsync(_app, "lanhdao.tplc", id, "revoke", new { recipientIds = new[] { recipients[0] } });
        Assert.Equal(HttpStatusCode.BadRequest, noGrounds.StatusCode);
        Assert.True((await noGrounds.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("reason", out _));

        var byClerk = await TransitionAsync(_app, "canbo.tanphong", id, "revoke", new { recipientIds = new[] { recipients[0] }, reason = Grounds });
        Assert.Equal(HttpStatusCode.NotFound, byClerk.StatusCode);
        var byOtherBody = await TransitionAsync(_app, "thamdinh.snv", id, "revoke", new { recipientIds = new[] { recipients[0] }, reason = Grounds });
        Assert.Equal(HttpStatusCode.NotFound, byOtherBody.StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await TransitionAsync(_app, "lanhdao.tplc", id, "revoke", new { recipientIds = new[] { recipients[0] }, reason = Grounds })).StatusCode);
        var again = await TransitionAsync(_app, "lanhdao.tplc", id, "revoke", new { recipientIds = new[] { recipients[0] }, reason = Grounds });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.StartsWith("Khen thưởng đã bị hủy bỏ, thu hồi trước đó: Lò Văn Minh", (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);

        var rest = await TransitionAsync(_app, "lanhdao.tplc", id, "revoke", new { recipientIds = recipients.Skip(1).ToArray(), reason = Grounds });
        Assert.Equal(HttpStatusCode.OK, rest.StatusCode);
        Assert.Equal("Revoked", (await rest.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Equal(DossierStatus.Revoked, (await DossierAsync(id)).Status);
        Assert.Equal(3, await _app.WithDbAsync(db => db.RevokedAwards.CountAsync()));
        // Numbers repeat every year: the body's 2024 sequence after the demo's own 01/QĐ-UBND of 02/01/2024 (seed 000).
        Assert.Equal(["01/QĐ-UBND", "02/QĐ-UBND", "03/QĐ-UBND", "04/QĐ-UBND"],
            await _app.WithDbAsync(db => db.Decisions.Where(d => d.Year == 2024).Select(d => d.Number).Concat(db.Revocations.Select(r => r.ActNumber!)).OrderBy(n => n).ToListAsync()));

        var detail = await (await Bearer(_app, "canbo.tanphong").GetAsync($"/api/v1/dossiers/{id}")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.All(detail.GetProperty("decision").GetProperty("recipients").EnumerateArray(), r => Assert.True(r.GetProperty("revoked").GetBoolean()));
        Assert.Equal(2, detail.GetProperty("timeline").EnumerateArray().Count(t => t.GetProperty("action").GetString() == "Revoke"));
    }

    [Fact]
    public async Task RevocationDocx_OpensAsDecree30ActNamingGroundsRecipientsNumberDateSigner()
    {
        var id = await IssuedAsync(_app, _clock);
        _clock.Now = new DateTimeOffset(2024, 3, 4, 2, 0, 0, TimeSpan.Zero);
        var decision = await _app.WithDbAsync(db => db.Decisions.AsNoTracking().SingleAsync(d => d.DossierId == id));
        var minh = await _app.WithDbAsync(db => db.DecisionRecipients.AsNoTracking().SingleAsync(r => r.DecisionId == decision.Id && r.Name == "Lò Văn Minh"));
        Assert.Equal(HttpStatusCode.OK, (await TransitionAsync(_app, "lanhdao.tplc", id, "revoke", new { recipientIds = new[] { minh.Id }, reason = Grounds })).StatusCode);
        var act = await _app.WithDbAsync(db => db.Revocations.AsNoTracking().SingleAsync(x => x.DecisionId == decision.Id));
        var signer = await Http.SignedInAsync(_app, "lanhdao.tplc");

        var response = await signer.GetAsync($"{Url(id)}?handler=RevocationDocx&act={act.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var doc = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var paragraphs = doc.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText).ToList();
        var text = string.Join("\n", paragraphs);
        Assert.Contains("Số: 03/QĐ-UBND", text);
        Assert.Contains("ngày 04 tháng 03 năm 2024", text);
        Assert.Contains("QUYẾT ĐỊNH", paragraphs);
        Assert.Contains($"Về việc hủy bỏ Quyết định số {decision.Number} ngày 15 tháng 01 năm 2024 của Chủ tịch Ủy ban nhân dân thành phố Lai Châu đối với 01 cá nhân", paragraphs);
        Assert.Contains("Lý do hủy bỏ: " + Grounds, text);
        Assert.Contains(act.UserName, text);
        var cells = doc.MainDocumentPart.Document.Body.Descendants<DocumentFormat.OpenXml.Wordprocessing.TableCell>().Select(c => c.InnerText).ToList();
        Assert.Contains("Lò Văn Minh", cells);
        Assert.DoesNotContain("Tòng Thị Lan", cells);

        var clerk = await Http.SignedInAsync(_app, "thamdinh.snv");
        Assert.Equal(HttpStatusCode.NotFound, (await clerk.GetAsync($"{Url(id)}?handler=RevocationDocx&act={act.Id}")).StatusCode);
    }
}
