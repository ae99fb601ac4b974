using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Awards;
using Tdkt.Domain.Nominations;
using Tdkt.Testing;
using static Tdkt.Web.Tests.Council.CouncilScenario;

namespace Tdkt.Web.Tests.Council;

/// <summary>Issue 11 through HTTP: a council cannot vote on a nominee already decided (API and page run the same
/// <c>CastVoteHandler</c>).</summary>
public sealed class CouncilGuardHttpTests : IAsyncLifetime
{
    private readonly SettableClock _clock = new(new DateTimeOffset(2025, 12, 10, 2, 0, 0, TimeSpan.Zero));
    private TdktFactory _app = null!;

    public async Task InitializeAsync()
    {
        _app = await TestDatabases.NewFactoryAsync(nameof(CouncilGuardHttpTests));
        _app.Clock = _clock;
    }

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task NomineeDecidedWhileVotingIsOpen_VoteRefusedOnApiAndPage_NothingCounted()
    {
        var (dossier, nominees) = await AppraisedAsync(_app, "Đề nghị tặng Cờ thi đua tỉnh — Sở Y tế", "LCH-SYT",
            new NomineeSpec(SubjectKind.Collective, "Bệnh viện Đa khoa tỉnh Lai Châu", AwardCodes.CoTinh));
        var secretary = await Http.SignedInAsync(_app, "thuky.hdtdkt");
        var id = await ScheduleAsync(_app, secretary, "Phiên họp xét Cờ thi đua tỉnh năm 2025", secret: true);
        await AttendAsync(_app, secretary, id, 9);
        Lookups.AssertRedirect(await StepAsync(secretary, id, "Open"));

        // The signer decides "không khen thưởng" on the dossier while the session is voting.
        var version = await _app.WithDbAsync(db => db.Dossiers.Where(d => d.Id == dossier).Select(d => d.Version).SingleAsync());
        var decided = await Bearer(_app, "lanhdao.tinh").PostAsJsonAsync($"/api/v1/dossiers/{dossier}/transitions",
            new { action = "not-award", version, reason = "Đơn vị rút đề nghị" });
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);

        var api = await VoteAsync(_app, Members[0], id, nominees[0], true);
        Assert.Equal(HttpStatusCode.Conflict, api.StatusCode);
        Assert.Contains("Hội đồng không bỏ phiếu cho đối tượng đã được quyết định", await api.Content.ReadAsStringAsync());

        var member = await Http.SignedInAsync(_app, Members[1]);
        var page = await Http.PostFormAsync(member, $"{Url(id)}?handler=Vote",
            new() { ["NomineeId"] = nominees[0].ToString(System.Globalization.CultureInfo.InvariantCulture), ["Agree"] = "true" }, Url(id));
        Assert.Contains("Hội đồng không bỏ phiếu cho đối tượng đã được quyết định", WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync()));

        Assert.Equal(0, await _app.WithDbAsync(db => db.BallotParticipation.CountAsync(p => p.SessionId == id)));
        Assert.Equal(DossierStatus.NotAwarded, await _app.WithDbAsync(db => db.Dossiers.Where(d => d.Id == dossier).Select(d => d.Status).SingleAsync()));
    }
}
