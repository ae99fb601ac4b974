using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Nominations;
using Tdkt.Testing;
using static Tdkt.Web.Tests.Nominations.NominationScenario;

namespace Tdkt.Web.Tests.Nominations;

/// <summary>/api/v1/dossiers/{id}/nominees: list, add, per-nominee verdict and council result through the same
/// use case handlers as the page; 404 out of scope, 409 at the wrong step, 400 naming the field.</summary>
public sealed class DossierNomineesApiTests : IAsyncLifetime
{
    private readonly SettableClock _clock = new(new DateTimeOffset(2023, 11, 20, 2, 0, 0, TimeSpan.Zero));
    private TdktFactory _app = null!;

    public async Task InitializeAsync()
    {
        _app = await TestDatabases.NewFactoryAsync(nameof(DossierNomineesApiTests));
        _app.Clock = _clock;
    }

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage r) => await r.Content.ReadFromJsonAsync<JsonElement>();

    [Fact]
    public async Task Nominees_ClerkAddsAndLists_OtherWard404_MissingFields400NamingTheField()
    {
        var id = await ReadyDraftAsync(_app);
        var clerk = Bearer(_app, "canbo.tanphong");

        var added = await clerk.PostAsJsonAsync($"/api/v1/dossiers/{id}/nominees", new
        {
            kind = "individual", name = "Lường Văn Api", gender = "Nam", birthYear = 1988, awardCode = "GK", achievement = "Vận động hộ nghèo thoát nghèo",
        });

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var newId = (await JsonAsync(added)).GetProperty("id").GetInt32();
        var list = (await JsonAsync(await clerk.GetAsync($"/api/v1/dossiers/{id}/nominees"))).EnumerateArray().ToList();
        Assert.Equal(4, list.Count);
        Assert.Contains(list, n => n.GetProperty("id").GetInt32() == newId && n.GetProperty("name").GetString() == "Lường Văn Api");

        var noKind = await clerk.PostAsJsonAsync($"/api/v1/dossiers/{id}/nominees", new { name = "Không Loại", awardCode = "GK", achievement = "x" });
        Assert.Equal(HttpStatusCode.BadRequest, noKind.StatusCode);
        Assert.True((await JsonAsync(noKind)).GetProperty("errors").TryGetProperty("kind", out _));
        var noName = await clerk.PostAsJsonAsync($"/api/v1/dossiers/{id}/nominees", new { kind = "individual", awardCode = "GK", achievement = "x" });
        Assert.Equal(HttpStatusCode.BadRequest, noName.StatusCode);
        Assert.True((await JsonAsync(noName)).GetProperty("errors").TryGetProperty("name", out _), await noName.Content.ReadAsStringAsync());

        var other = Bearer(_app, "canbo.doanket");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/dossiers/{id}/nominees")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync($"/api/v1/dossiers/{id}/nominees",
            new { kind = "individual", name = "X", awardCode = "GK", achievement = "x" })).StatusCode);
        Assert.Equal(4, await _app.WithDbAsync(db => db.Nominees.CountAsync(n => n.DossierId == id)));
    }

    [Fact]
    public async Task VerdictAndCouncil_ByTheReceivingBody_RecordedLikeThePage_WrongStep409_Clerk404()
    {
        var id = await ReadyDraftAsync(_app);
        var nominees = await _app.WithDbAsync(db => db.Nominees.Where(n => n.DossierId == id).OrderBy(n => n.Id).Select(n => n.Id).ToListAsync());
        var appraiser = Bearer(_app, "thamdinh.tplc");
        var early = await appraiser.PostAsJsonAsync($"/api/v1/dossiers/{id}/nominees/{nominees[0]}/verdict", new { accept = true });
        Assert.Equal(HttpStatusCode.NotFound, early.StatusCode); // a draft is not visible to the receiving body yet

        Assert.True((await TransitionAsync(_app, "canbo.tanphong", id, "submit")).IsSuccessStatusCode);
        Assert.True((await TransitionAsync(_app, "thamdinh.tplc", id, "receive")).IsSuccessStatusCode);
        var clerkVerdict = await Bearer(_app, "canbo.tanphong").PostAsJsonAsync($"/api/v1/dossiers/{id}/nominees/{nominees[0]}/verdict", new { accept = true });
        Assert.Equal(HttpStatusCode.NotFound, clerkVerdict.StatusCode);
        var noAccept = await appraiser.PostAsJsonAsync($"/api/v1/dossiers/{id}/nominees/{nominees[0]}/verdict", new { reason = "?" });
        Assert.True((await JsonAsync(noAccept)).GetProperty("errors").TryGetProperty("accept", out _));
        var councilTooEarly = await appraiser.PostAsJsonAsync($"/api/v1/dossiers/{id}/nominees/{nominees[0]}/council", new { votesFor = 5, totalMembers = 7 });
        Assert.Equal(HttpStatusCode.Conflict, councilTooEarly.StatusCode);

        foreach (var n in nominees)
        {
            var verdict = await appraiser.PostAsJsonAsync($"/api/v1/dossiers/{id}/nominees/{n}/verdict", new { accept = true, reason = "Đã xác minh thành tích với đơn vị" });
            Assert.Equal(HttpStatusCode.NoContent, verdict.StatusCode);
        }

        Assert.Equal([NomineeVerdict.Accepted], (await _app.WithDbAsync(db => db.Nominees.Where(n => n.DossierId == id).Select(n => n.Verdict).ToListAsync())).Distinct());
        var completed = await TransitionAsync(_app, "thamdinh.tplc", id, "complete-appraisal");
        Assert.True(completed.IsSuccessStatusCode, await completed.Content.ReadAsStringAsync());

        var council = await appraiser.PostAsJsonAsync($"/api/v1/dossiers/{id}/nominees/{nominees[0]}/council", new { votesFor = 6, totalMembers = 7, source = "ballot" });
        Assert.Equal(HttpStatusCode.NoContent, council.StatusCode);
        var dto = (await JsonAsync(await appraiser.GetAsync($"/api/v1/dossiers/{id}/nominees"))).EnumerateArray().First(n => n.GetProperty("id").GetInt32() == nominees[0]);
        Assert.Equal(6, dto.GetProperty("councilVotesFor").GetInt32());
        Assert.Equal(7, dto.GetProperty("councilMembers").GetInt32());
        var badSource = await appraiser.PostAsJsonAsync($"/api/v1/dossiers/{id}/nominees/{nominees[1]}/council", new { votesFor = 6, totalMembers = 7, source = "phone" });
        Assert.True((await JsonAsync(badSource)).GetProperty("errors").TryGetProperty("source", out _));
    }

    [Fact]
    public async Task Holidays_ProvinceAdminAddsAndRemoves_DuplicateIs409_BadDate400_Clerk404()
    {
        var admin = Bearer(_app, "admin");
        var clerk = Bearer(_app, "canbo.tanphong");

        var added = await admin.PostAsJsonAsync("/api/v1/holidays", new { date = "02/01/2026", name = "Nghỉ bù Tết Dương lịch" });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var again = await admin.PostAsJsonAsync("/api/v1/holidays", new { date = "02/01/2026", name = "Nghỉ bù" });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("đã có trong lịch nghỉ", (await JsonAsync(again)).GetProperty("detail").GetString());
        var badDate = await admin.PostAsJsonAsync("/api/v1/holidays", new { date = "2026-13-01", name = "Sai" });
        Assert.Equal(HttpStatusCode.BadRequest, badDate.StatusCode);
        Assert.True((await JsonAsync(badDate)).GetProperty("errors").TryGetProperty("date", out _));
        Assert.Equal(HttpStatusCode.NotFound, (await clerk.PostAsJsonAsync("/api/v1/holidays", new { date = "03/01/2026", name = "X" })).StatusCode);

        var list = (await JsonAsync(await clerk.GetAsync("/api/v1/holidays?year=2026"))).EnumerateArray().ToList();
        Assert.Contains(list, h => h.GetProperty("date").GetString() == "2026-01-02" && h.GetProperty("name").GetString() == "Nghỉ bù Tết Dương lịch");

        Assert.Equal(HttpStatusCode.NotFound, (await clerk.DeleteAsync("/api/v1/holidays/2026-01-02")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync("/api/v1/holidays/2026-01-02")).StatusCode);
        Assert.False(await _app.WithDbAsync(db => db.PublicHolidays.AnyAsync(h => h.Date == new DateOnly(2026, 1, 2))));
        Assert.Equal(2, await _app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "Thêm ngày nghỉ lễ, Tết" || a.Action == "Xóa ngày nghỉ lễ, Tết")));
    }
}
