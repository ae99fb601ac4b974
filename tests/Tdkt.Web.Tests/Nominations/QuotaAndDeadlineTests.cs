using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Nominations;
using Tdkt.Testing;
using static Tdkt.Web.Tests.Nominations.NominationScenario;

namespace Tdkt.Web.Tests.Nominations;

/// <summary>Issue 11: quotas hold under parallel submissions, and deadlines belong to whoever set them.</summary>
public sealed class QuotaAndDeadlineTests : IAsyncLifetime
{
    private readonly SettableClock _clock = new(new DateTimeOffset(2023, 11, 20, 2, 0, 0, TimeSpan.Zero));
    private TdktFactory _app = null!;

    public async Task InitializeAsync()
    {
        _app = await TestDatabases.NewFactoryAsync(nameof(QuotaAndDeadlineTests));
        _app.Clock = _clock;
    }

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    private Task<int> ConferenceIdAsync() =>
        _app.WithDbAsync(db => db.ConferenceEvents.Where(e => e.Title.StartsWith("Hội nghị sơ kết Phong trào")).Select(e => e.Id).SingleAsync());

    private Task<Dossier> DossierAsync(int id) => _app.WithDbAsync(db => db.Dossiers.AsNoTracking().SingleAsync(d => d.Id == id));

    private static readonly NomineeSpec[] OneHousehold = [new("Household", "Giàng A Páo", Address: "Tổ dân phố 3, phường Tân Phong")];

    /// <summary>A complete one-household draft and <paramref name="copies"/> copies of it (same files), all against the conference.</summary>
    private async Task<List<int>> DraftsAsync(int conferenceId, int copies)
    {
        var first = await ReadyDraftAsync(_app, people: OneHousehold);
        await _app.WithDbAsync(db => db.Database.ExecuteSqlAsync($"UPDATE dossiers SET \"ConferenceId\" = {conferenceId}, \"SubmitBefore\" = NULL WHERE \"Id\" = {first}"));
        return await CopiesAsync(_app, first, copies);
    }

    [Fact]
    public async Task Submit_TwentyInParallelAgainstQuotaOfThree_NeverOverAndRefusalGivesCounts()
    {
        var conference = await ConferenceIdAsync();
        // 4 households: the demo's decided sơ kết dossier already holds one, so three more fit.
        await _app.WithDbAsync(db => db.Database.ExecuteSqlAsync(
            $"UPDATE conference_events SET \"QuotaHouseholds\" = 4, \"QuotaIndividuals\" = 10, \"QuotaCollectives\" = 10, \"UnitQuotas\" = '[]' WHERE \"Id\" = {conference}"));
        var ids = await DraftsAsync(conference, 19);
        var clerk = Bearer(_app, "canbo.tanphong");
        var versions = await _app.WithDbAsync(db => db.Dossiers.Where(d => ids.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Version));

        var results = await Task.WhenAll(ids.Select(id =>
            clerk.PostAsJsonAsync($"/api/v1/dossiers/{id}/transitions", new { action = "submit", version = versions[id] })));

        Assert.Equal(3, results.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.Equal(3, await _app.WithDbAsync(db => db.Dossiers.CountAsync(d => ids.Contains(d.Id) && d.Status == DossierStatus.Submitted)));
        var refused = results.First(r => r.StatusCode != HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("vượt chỉ tiêu hộ gia đình của hội nghị (chỉ tiêu 4, các hồ sơ đã gửi 4, hồ sơ này 1)",
            await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The event page shows the overrun once the quota is lowered below what was sent, not "0 left".
        await _app.WithDbAsync(db => db.Database.ExecuteSqlAsync($"UPDATE conference_events SET \"QuotaHouseholds\" = 1 WHERE \"Id\" = {conference}"));
        var html = WebUtility.HtmlDecode(await (await Http.SignedInAsync(_app, "thamdinh.tplc")).GetStringAsync($"/Events/Details/{conference}"));
        Assert.Contains("Vượt 3", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_ClerkOverridesConferenceDeadline_RefusedOnPageAndApiNamingHanNop()
    {
        var conference = await ConferenceIdAsync();
        var deadline = await _app.WithDbAsync(db => db.ConferenceEvents.Where(e => e.Id == conference).Select(e => e.DossierDeadline).SingleAsync());
        Assert.NotNull(deadline);
        var ward = await Lookups.UnitIdAsync(_app, "LCH-TP-TANPHONG");
        var before = await _app.WithDbAsync(db => db.Dossiers.CountAsync());

        var clerk = await Http.SignedInAsync(_app, "canbo.tanphong");
        var page = await Http.PostFormAsync(clerk, "/Nominations/Create", new()
        {
            ["Input.Title"] = "Đề nghị khen thưởng sơ kết", ["Input.ProposingUnitId"] = ward.ToString(CultureInfo.InvariantCulture),
            ["Input.Kind"] = "Thematic", ["Input.Level"] = "Grassroots", ["Input.Year"] = "2023", ["Input.SubmitBefore"] = "31/12/2026",
            ["Input.ConferenceId"] = conference.ToString(CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Hạn nộp do hội nghị quy định", WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var api = await Bearer(_app, "canbo.tanphong").PostAsJsonAsync("/api/v1/dossiers", new
        {
            title = "Đề nghị khen thưởng sơ kết", proposingUnitId = ward, kind = "Thematic", level = "Grassroots", conferenceId = conference,
            year = 2023, deadline = "2026-12-31",
        });
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        var errors = (await api.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.StartsWith("Hạn nộp", errors.GetProperty("deadline")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await _app.WithDbAsync(db => db.Dossiers.CountAsync()));

        // Blank: the conference's deadline is inherited.
        var ok = await Bearer(_app, "canbo.tanphong").PostAsJsonAsync("/api/v1/dossiers", new
        {
            title = "Đề nghị khen thưởng sơ kết", proposingUnitId = ward, kind = "Thematic", level = "Grassroots", conferenceId = conference, year = 2023,
        });
        Assert.Equal(HttpStatusCode.Created, ok.StatusCode);
        var created = await ok.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(deadline!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), created.GetProperty("submitBefore").GetString());
    }

    [Fact]
    public async Task Deadline_PassedThenExtendedForOneDossierWithReason_ClerkSubmits()
    {
        var id = await ReadyDraftAsync(_app, people: OneHousehold); // deadline 24/11/2023
        _clock.Now = new DateTimeOffset(2023, 11, 27, 2, 0, 0, TimeSpan.Zero);
        var late = await TransitionAsync(_app, "canbo.tanphong", id, "submit");
        Assert.Equal(HttpStatusCode.BadRequest, late.StatusCode);
        Assert.Contains("đã quá hạn nộp", await late.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Bad input: no reason, a date not after today → 400 naming the field, nothing changed.
        var noReason = await TransitionAsync(_app, "thamdinh.tplc", id, "extend-deadline", new { deadline = "2023-12-05" });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.True((await noReason.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("Reason", out _));
        var past = await TransitionAsync(_app, "thamdinh.tplc", id, "extend-deadline", new { deadline = "2023-11-20", reason = "Đơn vị gặp sự cố" });
        Assert.Equal(HttpStatusCode.BadRequest, past.StatusCode);
        Assert.Contains("Hạn nộp mới phải sau ngày hôm nay", await past.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2023, 11, 24), (await DossierAsync(id)).SubmitBefore);

        // A clerk cannot extend; the receiving body can, with a reason that the timeline keeps.
        Assert.Equal(HttpStatusCode.NotFound,
            (await TransitionAsync(_app, "canbo.tanphong", id, "extend-deadline", new { deadline = "2023-12-05", reason = "Xin gia hạn" })).StatusCode);
        var extended = await TransitionAsync(_app, "thamdinh.tplc", id, "extend-deadline", new { deadline = "2023-12-05", reason = "Phường bị ngập lụt" });
        Assert.Equal(HttpStatusCode.OK, extended.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await TransitionAsync(_app, "canbo.tanphong", id, "submit")).StatusCode);

        var rows = await _app.WithDbAsync(db => db.DossierTransitions.Where(t => t.DossierId == id).OrderBy(t => t.Id).ToListAsync());
        var ext = Assert.Single(rows, t => t.Action == DossierAction.ExtendDeadline);
        Assert.Contains("Phường bị ngập lụt", ext.Reason, StringComparison.Ordinal);
        Assert.True(await _app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "Gia hạn nộp hồ sơ" && a.Reason!.Contains("Phường bị ngập lụt"))));
    }

    [Fact]
    public async Task Returned_WithSupplementDeadline_ResubmittedAfterOriginalPassed()
    {
        var id = await ReadyDraftAsync(_app, people: OneHousehold); // deadline 24/11/2023
        Assert.Equal(HttpStatusCode.OK, (await TransitionAsync(_app, "canbo.tanphong", id, "submit")).StatusCode);
        _clock.Now = new DateTimeOffset(2023, 11, 22, 2, 0, 0, TimeSpan.Zero);

        var bad = await TransitionAsync(_app, "thamdinh.tplc", id, "return", new { reason = "Thiếu xác nhận", supplementBefore = "2023-11-21" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("Hạn bổ sung phải sau ngày hôm nay", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(DossierStatus.Submitted, (await DossierAsync(id)).Status);

        Assert.Equal(HttpStatusCode.OK,
            (await TransitionAsync(_app, "thamdinh.tplc", id, "return", new { reason = "Thiếu xác nhận", supplementBefore = "2023-12-08" })).StatusCode);
        _clock.Now = new DateTimeOffset(2023, 12, 4, 2, 0, 0, TimeSpan.Zero); // original deadline passed, supplement deadline not

        var resubmitted = await TransitionAsync(_app, "canbo.tanphong", id, "submit");
        Assert.Equal(HttpStatusCode.OK, resubmitted.StatusCode);
        var d = await DossierAsync(id);
        Assert.Equal((DossierStatus.Submitted, 2, new DateOnly(2023, 11, 24)), (d.Status, d.Round, d.SubmitBefore!.Value));
    }
}
