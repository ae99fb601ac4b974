using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Awards;
using Tdkt.Domain.Awards.Money;
using Tdkt.Domain.Nominations;
using Tdkt.Testing;
using Tdkt.Web.Pages.Notices;

namespace Tdkt.Web.Tests;

/// <summary>The demo template's nomination dossiers (DemoSeeder.Dossiers): one at every step, made by the demo users
/// through the app's own use cases; the decided one as the issuing code makes it; scope as for any dossier.</summary>
public sealed class DemoDataTests : IAsyncLifetime
{
    private TdktFactory _app = null!;

    public async Task InitializeAsync() => _app = await TestDatabases.NewFactoryAsync(nameof(DemoDataTests));

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    private Task<Dossier> DossierAsync(DossierStatus status, string unitCode) => _app.WithDbAsync(db =>
        (from d in db.Dossiers.AsNoTracking()
         join u in db.OrgUnits on d.ProposingUnitId equals u.Id
         where d.Status == status && u.Code == unitCode
         orderby d.Id
         select d).FirstAsync());

    [Fact]
    public async Task DemoTemplate_HasDossiersAtEveryStep_WithHistoryByDemoUsers()
    {
        var statuses = await _app.WithDbAsync(db => db.Dossiers.Select(d => d.Status).Distinct().ToListAsync());
        Assert.Superset(new HashSet<DossierStatus>
        {
            DossierStatus.Draft, DossierStatus.Submitted, DossierStatus.Returned, DossierStatus.UnderAppraisal,
            DossierStatus.Appraised, DossierStatus.Decided,
        }, statuses.ToHashSet());

        // Seed 000 in 2023 as the units then were: phường Tân Phong's dossier for the city's sơ kết conference (2 individuals,
        // 1 household) submitted before 24/11/2023, voted on by the city's council in December 2023, decided by UBND thành
        // phố on 02/01/2024, the first day the system issues under the 2022 law (ADR-0038).
        var soKet = await _app.WithDbAsync(db => (from d in db.Dossiers.AsNoTracking()
                                                  join u in db.OrgUnits on d.ProposingUnitId equals u.Id
                                                  where u.Code == "LCH-TP-TANPHONG" && d.ConferenceId != null
                                                  select d).SingleAsync());
        Assert.Equal((DossierStatus.Decided, new DateOnly(2023, 11, 24)), (soKet.Status, soKet.SubmitBefore!.Value));
        var kinds = await _app.WithDbAsync(db => db.Nominees.Where(n => n.DossierId == soKet.Id).Select(n => n.Kind).ToListAsync());
        Assert.Equal(2, kinds.Count(k => k == SubjectKind.Individual));
        Assert.Equal(1, kinds.Count(k => k == SubjectKind.Household));
        var steps = await _app.WithDbAsync(db => db.DossierTransitions.AsNoTracking().Where(t => t.DossierId == soKet.Id).ToListAsync());
        Assert.True(DateOnly.FromDateTime(steps.Single(t => t.Action == DossierAction.Submit).At.UtcDateTime) < new DateOnly(2023, 11, 24));
        Assert.Equal(new DateOnly(2023, 12, 5), DateOnly.FromDateTime(steps.Single(t => t.Action == DossierAction.RecordCouncil).At.UtcDateTime));
        var soKetDecision = await _app.WithDbAsync(db => db.Decisions.AsNoTracking().SingleAsync(d => d.DossierId == soKet.Id));
        Assert.Equal((await Lookups.UnitIdAsync(_app, "LCH-TP"), new DateOnly(2024, 1, 2)), (soKetDecision.IssuingUnitId, soKetDecision.DecisionDate));

        // The 2026 returned dossier of the new phường Tân Phong has a supplement deadline of its own, ahead.
        var returned = await DossierAsync(DossierStatus.Returned, "LCH-P-TANPHONG");
        Assert.StartsWith("Báo cáo thành tích", returned.ReturnReason, StringComparison.Ordinal);
        Assert.True(returned.SupplementBefore > Today());
        var appraising = await DossierAsync(DossierStatus.UnderAppraisal, "LCH-TP-TANPHONG");
        Assert.True(await _app.WithDbAsync(db => db.ConsultationRequests.AnyAsync(c => c.DossierId == appraising.Id && c.Answer == null)));

        // Every history row names a demo user, and the audit rows of the dossiers name one too.
        var demoUsers = await _app.WithDbAsync(db => db.Users.Select(u => u.Id).ToListAsync());
        var transitions = await _app.WithDbAsync(db => db.DossierTransitions.AsNoTracking().ToListAsync());
        Assert.NotEmpty(transitions);
        Assert.All(transitions, t => Assert.Contains(t.UserId, demoUsers));
        var audit = await _app.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.EntityType == nameof(Dossier)).ToListAsync());
        Assert.NotEmpty(audit);
        Assert.All(audit, a => Assert.Contains(a.ActorUserId, demoUsers));
    }

    /// <summary>Today as the app counts it (Vietnam time), as at seeding.</summary>
    private static DateOnly Today() => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));

    [Fact]
    public async Task DemoStory_Current_ConferenceDeadlineAheadSessionAheadNoticeRunning_NothingStuckOnAPassedDeadline()
    {
        var today = Today();
        var units = await _app.WithDbAsync(db => db.OrgUnits.AsNoTracking().ToDictionaryAsync(u => u.Id));

        // A conference of UBND tỉnh whose dossier deadline is still ahead, with dossiers of the new wards and communes at every step.
        var conference = await _app.WithDbAsync(db => db.ConferenceEvents.AsNoTracking().Where(e => e.DossierDeadline > today).ToListAsync());
        var current = Assert.Single(conference);
        Assert.Equal("LCH", units[current.OrganiserUnitId].Code);
        var dossiers = await _app.WithDbAsync(db => db.Dossiers.AsNoTracking().Where(d => d.ConferenceId == current.Id).ToListAsync());
        Assert.All(dossiers, d => Assert.Null(units[d.ProposingUnitId].ValidTo));
        Assert.Superset(new HashSet<DossierStatus>
        {
            DossierStatus.Draft, DossierStatus.Submitted, DossierStatus.Returned, DossierStatus.UnderAppraisal, DossierStatus.Appraised, DossierStatus.Decided,
        }, dossiers.Select(d => d.Status).ToHashSet());

        // A council session a few days ahead, the public notice of its nominees running today.
        Assert.True(await _app.WithDbAsync(db => db.CouncilSessions.AnyAsync(s => s.MeetingDate > today && s.Status == Domain.Council.CouncilSessionStatus.Scheduled)));
        Assert.True(await _app.WithDbAsync(db => db.Notices().AnyAsync(n => n.StartDate <= today && n.EndDate >= today)));

        // No dossier the unit still has to send (draft, returned) waits on a deadline that has passed without extension.
        var open = await _app.WithDbAsync(db => db.Dossiers.AsNoTracking()
            .Where(d => d.Status == DossierStatus.Draft || d.Status == DossierStatus.Returned).ToListAsync());
        Assert.NotEmpty(open);
        Assert.Empty(open.Where(d => !d.LateAccepted && d.EffectiveDeadline is { } dl && dl <= today).Select(d => d.Title));
    }

    [Fact]
    public async Task DemoDecision_GapFreeNumber_AwardRecordsAndMoneyAsRewardMoney()
    {
        var decided = await DossierAsync(DossierStatus.Decided, "LCH-TP-TANPHONG");
        var decision = await _app.WithDbAsync(db => db.Decisions.AsNoTracking().SingleAsync(d => d.DossierId == decided.Id));
        var city = await Lookups.UnitIdAsync(_app, "LCH-TP");
        Assert.Equal(city, decision.IssuingUnitId);
        Assert.Equal(LegalBasis.Nd98_2023, decision.Basis);
        Assert.Equal(decision.SequenceNumber.ToString("00", System.Globalization.CultureInfo.InvariantCulture) + "/QĐ-UBND", decision.Number); // "01/QĐ-UBND": leading zero below 10 (Decree 30)

        // Gap-free: the body's numbers of that year are 1..N and the counter stands at N.
        var numbers = await _app.WithDbAsync(db => db.Decisions.Where(d => d.IssuingUnitId == city && d.Year == decision.Year)
            .Select(d => d.SequenceNumber).OrderBy(n => n).ToListAsync());
        Assert.Equal(Enumerable.Range(1, numbers.Count), numbers);
        Assert.Equal(numbers[^1], await _app.WithDbAsync(db => db.DecisionCounters
            .Where(c => c.IssuingUnitId == city && c.Year == decision.Year).Select(c => c.LastNumber).SingleAsync()));

        var recipients = await _app.WithDbAsync(db => db.DecisionRecipients.AsNoTracking().Where(r => r.DecisionId == decision.Id).OrderBy(r => r.Serial).ToListAsync());
        Assert.Equal(3, recipients.Count);
        Assert.Equal([1, 2, 3], recipients.Select(r => r.Serial));
        foreach (var r in recipients)
        {
            Assert.Equal(RewardMoney.Compute(r.AwardCode, r.SubjectKind, decision.DecisionDate).Value!.Amount, r.Amount);
            Assert.True(r.Amount > 0);
            var record = await _app.WithDbAsync(db => db.AwardRecords.AsNoTracking().SingleAsync(a => a.Id == r.AwardRecordId));
            Assert.Equal((decision.Number, decision.DecisionDate, AwardCodes.Gk, decided.Year), (record.DecisionNumber, record.DecisionDate, record.AwardCode, record.Year));
        }

        // The registry knows the individual and the household; the collective stands on the ward.
        Assert.All(recipients.Where(r => r.SubjectKind != SubjectKind.Collective), r => Assert.NotNull(r.PersonId));
    }

    [Fact]
    public async Task WardClerk_SeesOnlyOwnWardsDossiers_CityAppraiserSeesBothWardsInInbox()
    {
        var doanKet = await DossierAsync(DossierStatus.Submitted, "LCH-TP-DOANKET");
        var tanPhong = await DossierAsync(DossierStatus.Submitted, "LCH-TP-TANPHONG");

        var clerk = await Http.SignedInAsync(_app, "canbo.tanphong");
        var list = WebUtility.HtmlDecode(await clerk.GetStringAsync("/Nominations"));
        Assert.Contains(tanPhong.Title, list);
        Assert.DoesNotContain(doanKet.Title, list);
        Assert.Equal(HttpStatusCode.NotFound, (await clerk.GetAsync($"/Nominations/Details/{doanKet.Id}")).StatusCode);

        var api = Http.Anonymous(_app);
        api.DefaultRequestHeaders.Authorization = new("Bearer", DemoTokens.For(_app, "canbo.tanphong"));
        var json = await api.GetFromJsonAsync<JsonElement>("/api/v1/dossiers");
        var ids = Items(json).Select(d => d.GetProperty("id").GetInt32()).ToList();
        var tanPhongIds = await _app.WithDbAsync(db => (from d in db.Dossiers join u in db.OrgUnits on d.ProposingUnitId equals u.Id
                                                        where u.Code == "LCH-TP-TANPHONG" select d.Id).ToListAsync());
        Assert.NotEmpty(ids);
        Assert.All(ids, id => Assert.Contains(id, tanPhongIds));

        var appraiser = WebUtility.HtmlDecode(await (await Http.SignedInAsync(_app, "thamdinh.tplc")).GetStringAsync("/Nominations"));
        Assert.Contains(tanPhong.Title, appraiser);
        Assert.Contains(doanKet.Title, appraiser);
        var draft = await DossierAsync(DossierStatus.Draft, "LCH-TP-TANPHONG");
        Assert.Equal(HttpStatusCode.NotFound, (await (await Http.SignedInAsync(_app, "thamdinh.tplc")).GetAsync($"/Nominations/Details/{draft.Id}")).StatusCode);
    }

    [Fact]
    public async Task ProvincialDossier_AppraisedOnTheScheduledCouncilAgenda_AndOnPublicNotice()
    {
        var appraised = await DossierAsync(DossierStatus.Appraised, "LCH-SNV");
        var province = await Lookups.UnitIdAsync(_app, "LCH");
        Assert.Equal(province, appraised.ReceivingUnitId);
        // CSTĐ tỉnh needs the council's ballot (the Bằng khen does not): it is on the scheduled session's agenda.
        var ballot = await _app.WithDbAsync(db => db.Nominees.Where(n => n.DossierId == appraised.Id && n.AwardCode == AwardCodes.CstdTinh).Select(n => n.Id).ToListAsync());
        var agenda = await _app.WithDbAsync(db => db.CouncilAgendaItems.Where(a => a.DossierId == appraised.Id).Select(a => a.NomineeId).ToListAsync());
        Assert.Single(ballot);
        Assert.Equal(ballot, agenda);

        var page = WebUtility.HtmlDecode(await (await Http.SignedInAsync(_app, "thuky.hdtdkt")).GetStringAsync("/Council"));
        Assert.Contains("xét danh hiệu Chiến sĩ thi đua cấp tỉnh, Bằng khen năm 2025", page);

        var notice = WebUtility.HtmlDecode(await Http.Anonymous(_app).GetStringAsync("/cong-khai"));
        Assert.Contains("Chiến sĩ thi đua cấp tỉnh, Bằng khen của Chủ tịch UBND tỉnh năm 2025", notice);
    }

    private static IEnumerable<JsonElement> Items(JsonElement json) =>
        json.ValueKind == JsonValueKind.Array ? json.EnumerateArray() : json.GetProperty("items").EnumerateArray();
}
