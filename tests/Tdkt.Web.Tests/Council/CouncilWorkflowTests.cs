using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tdkt.Domain.Awards;
using Tdkt.Domain.Council;
using Tdkt.Domain.Nominations;
using Tdkt.Testing;
using Tdkt.Web.Data;
using Tdkt.Web.Pages.Notices;
using static Tdkt.Web.Tests.Council.CouncilScenario;

namespace Tdkt.Web.Tests.Council;

/// <summary>Issue 11: the council meets before it votes (meeting date, notice period), sessions through the API, and a
/// provincial council's finalisation reaches the ward's original dossier of an escalation.</summary>
public sealed class CouncilWorkflowTests : IAsyncLifetime
{
    private readonly SettableClock _clock = new(new DateTimeOffset(2025, 12, 5, 2, 0, 0, TimeSpan.Zero));
    private TdktFactory _app = null!;

    public async Task InitializeAsync()
    {
        _app = await TestDatabases.NewFactoryAsync(nameof(CouncilWorkflowTests));
        _app.Clock = _clock;
    }

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    private static Task<HttpResponseMessage> SessionStepAsync(HttpClient c, int id, string action) =>
        c.PostAsJsonAsync($"/api/v1/council/sessions/{id}/transitions", new { action });

    private async Task<int> ScheduleByApiAsync(string date)
    {
        var province = await Lookups.UnitIdAsync(_app, "LCH");
        var r = await Bearer(_app, "thuky.hdtdkt").PostAsJsonAsync("/api/v1/council/sessions", new
        {
            unitId = province, title = "Phiên họp xét Cờ thi đua tỉnh năm 2025", meetingDate = date, place = "Phòng họp số 1, UBND tỉnh", secretBallot = true,
            quorum = "TwoThirds",
        });
        Assert.True(r.StatusCode == HttpStatusCode.Created, await r.Content.ReadAsStringAsync());
        return (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }

    [Fact]
    public async Task OpenVoting_BeforeMeetingDate409_PastDateRefused_ThenTwentyInParallelOpenOnce()
    {
        await AppraisedAsync(_app, "Đề nghị tặng Cờ thi đua tỉnh — Sở Y tế", "LCH-SYT",
            new NomineeSpec(SubjectKind.Collective, "Bệnh viện Đa khoa tỉnh Lai Châu", AwardCodes.CoTinh));
        var api = Bearer(_app, "thuky.hdtdkt");
        var province = await Lookups.UnitIdAsync(_app, "LCH");

        var past = await api.PostAsJsonAsync("/api/v1/council/sessions", new
        {
            unitId = province, title = "Phiên họp", meetingDate = "2025-12-01", place = "Phòng họp số 1",
        });
        Assert.Equal(HttpStatusCode.BadRequest, past.StatusCode);
        Assert.Contains("Ngày họp không được trước ngày hôm nay",
            (await past.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("meetingDate")[0].GetString(), StringComparison.Ordinal);

        var id = await ScheduleByApiAsync("2025-12-10");
        var secretary = await Http.SignedInAsync(_app, "thuky.hdtdkt");
        await AttendAsync(_app, secretary, id, 11);

        var early = await SessionStepAsync(api, id, "open-voting");
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Contains("Chưa đến ngày họp (10/12/2025)", (await early.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(),
            StringComparison.Ordinal);
        Assert.Equal(CouncilSessionStatus.Scheduled, await _app.WithDbAsync(db => db.CouncilSessions.Where(s => s.Id == id).Select(s => s.Status).SingleAsync()));

        _clock.Now = new DateTimeOffset(2025, 12, 10, 2, 0, 0, TimeSpan.Zero);
        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => SessionStepAsync(api, id, "open-voting")));
        Assert.Equal(1, results.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.All(results.Where(r => r.StatusCode != HttpStatusCode.OK), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        Assert.Equal(1, await _app.WithDbAsync(db => db.BallotTallies.CountAsync(t => t.SessionId == id)));

        var bad = await SessionStepAsync(api, id, "vote-now");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task OpenVoting_WhileNoticeOfANomineeRuns_409WithTheEndDate()
    {
        _clock.Now = new DateTimeOffset(2025, 12, 1, 2, 0, 0, TimeSpan.Zero); // the notice starts today
        var province = await Lookups.UnitIdAsync(_app, "LCH");
        await _app.WithDbAsync(async db =>
        {
            db.NoticeSettings().Add(new PublicNoticeSetting { OrgUnitId = province, ExtraAwardCodes = [AwardCodes.CoTinh] });
            await db.SaveChangesAsync();
            return 0;
        });
        var (_, hospital) = await AppraisedAsync(_app, "Đề nghị tặng Cờ thi đua tỉnh — Sở Y tế", "LCH-SYT",
            new NomineeSpec(SubjectKind.Collective, "Bệnh viện Đa khoa tỉnh Lai Châu", AwardCodes.CoTinh));
        var published = await Bearer(_app, "thamdinh.snv").PostAsJsonAsync("/api/v1/notices", new
        {
            title = "Lấy ý kiến nhân dân về đề nghị tặng Cờ thi đua tỉnh năm 2025", startDate = "2025-12-01", nomineeIds = new[] { hospital[0] },
        });
        Assert.True(published.StatusCode == HttpStatusCode.Created, await published.Content.ReadAsStringAsync()); // runs to the end of 12/12/2025
        var id = await ScheduleByApiAsync("2025-12-10");
        await AttendAsync(_app, await Http.SignedInAsync(_app, "thuky.hdtdkt"), id, 11);
        _clock.Now = new DateTimeOffset(2025, 12, 10, 2, 0, 0, TimeSpan.Zero);

        var r = await SessionStepAsync(Bearer(_app, "thuky.hdtdkt"), id, "open-voting");

        Assert.Equal(HttpStatusCode.Conflict, r.StatusCode);
        Assert.Contains("đang công khai lấy ý kiến đến hết ngày 12/12/2025", (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(),
            StringComparison.Ordinal);
    }

    /// <summary>A ward dossier escalated to the province (status Escalated) and the province's dossier made from it,
    /// appraised with its one nominee accepted; returns (original, higher).</summary>
    private async Task<(int Origin, int Higher)> EscalatedAsync()
    {
        using var scope = _app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TdktDbContext>();
        var ward = await db.OrgUnits.SingleAsync(u => u.Code == "LCH-TP-TANPHONG");
        var city = await db.OrgUnits.SingleAsync(u => u.Code == "LCH-TP");
        var province = await db.OrgUnits.SingleAsync(u => u.Code == "LCH");
        var actor = new Actor(null, "Kiểm thử", new DateTimeOffset(2025, 12, 1, 2, 0, 0, TimeSpan.Zero));
        var today = new DateOnly(2025, 12, 1);
        var origin = Dossier.Create("Đề nghị tặng Cờ thi đua tỉnh cho Tổ dân phố 3", ward.Id, city.Id, CommendationKind.Merit, DecidingLevel.Grassroots,
            null, null, 2025, null, 20, actor.At).Value!;
        db.Dossiers.Add(origin);
        await db.SaveChangesAsync();
        var n = Nominee.Create(origin.Id, new NomineeData(SubjectKind.Collective, "Tổ dân phố 3", null, null, null, null, null, null, null, null,
            AwardCodes.CoTinh, "Dẫn đầu phong trào năm 2025"), s => s).Value!;
        n.Appraise(true, null);
        db.Nominees.Add(n);
        db.DossierTransitions.AddRange(origin.Submit(new SubmissionCheck(1, [], []), today, actor).Value!, origin.Receive(today, actor).Value!,
            origin.StartAppraisal(actor).Value!, origin.CompleteAppraisal([n], actor).Value!,
            origin.Escalate(1, 0, province.Name, actor).Value!);
        await db.SaveChangesAsync();
        var higher = Dossier.CreateEscalated(origin, city.Id, province.Id, city.Name, actor);
        db.Dossiers.Add(higher);
        await db.SaveChangesAsync();
        origin.LinkEscalation(higher.Id);
        var copy = Nominee.CopyForEscalation(higher.Id, n);
        db.Nominees.Add(copy);
        await db.SaveChangesAsync();
        copy.Appraise(true, null);
        db.DossierTransitions.AddRange(higher.SubmitEscalated(actor).Value!, higher.Receive(today, actor).Value!, higher.StartAppraisal(actor).Value!,
            higher.CompleteAppraisal([copy], actor).Value!);
        await db.SaveChangesAsync();
        return (origin.Id, higher.Id);
    }

    [Fact]
    public async Task Finalise_ProvincialCouncilRejectsEscalatedDossier_WardOriginalShowsOutcomeAndCloses()
    {
        var (origin, higher) = await EscalatedAsync();
        var id = await ScheduleByApiAsync("2025-12-10");
        var secretary = await Http.SignedInAsync(_app, "thuky.hdtdkt");
        await AttendAsync(_app, secretary, id, 11);
        _clock.Now = new DateTimeOffset(2025, 12, 10, 2, 0, 0, TimeSpan.Zero);
        var api = Bearer(_app, "thuky.hdtdkt");
        Assert.Equal(HttpStatusCode.OK, (await SessionStepAsync(api, id, "open-voting")).StatusCode);
        var nominee = await _app.WithDbAsync(db => db.Nominees.Where(x => x.DossierId == higher).Select(x => x.Id).SingleAsync());
        foreach (var member in Members)
        {
            Assert.Equal(HttpStatusCode.OK, (await VoteAsync(_app, member, id, nominee, false)).StatusCode);
        }

        var counters = new[] { await MemberIdAsync(_app, "hoidong.tv1"), await MemberIdAsync(_app, "hoidong.tv2"), await MemberIdAsync(_app, "hoidong.tv3") };
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsJsonAsync($"/api/v1/council/sessions/{id}/counting-committee",
            new { headId = counters[0], memberIds = counters[1..] })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SessionStepAsync(api, id, "close-voting")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SessionStepAsync(api, id, "finalise")).StatusCode);

        var (h, o) = await _app.WithDbAsync(async db => (await db.Dossiers.AsNoTracking().SingleAsync(d => d.Id == higher),
            await db.Dossiers.AsNoTracking().SingleAsync(d => d.Id == origin)));
        Assert.Equal(DossierStatus.NotAwarded, h.Status);
        Assert.Equal(DossierStatus.NotAwarded, o.Status);
        Assert.True(o.EscalationClosed);
        var timeline = await _app.WithDbAsync(db => db.DossierTransitions.Where(t => t.DossierId == origin).OrderBy(t => t.Id).Select(t => t.Action).ToListAsync());
        Assert.Equal([DossierAction.HigherProgress, DossierAction.HigherNotAwarded], timeline.TakeLast(2));
    }
}
