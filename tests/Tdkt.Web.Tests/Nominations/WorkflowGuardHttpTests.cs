using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Nominations;
using Tdkt.Testing;
using static Tdkt.Web.Tests.Nominations.NominationScenario;

namespace Tdkt.Web.Tests.Nominations;

/// <summary>Issue 11 guards through HTTP, the API and the page running the same handlers (ADR-0029): an appraiser who
/// accepts a nominee failing a criterion must give a reason, which is kept; a closed unit cannot submit, receive or
/// appraise after its closure date.</summary>
public sealed class WorkflowGuardHttpTests : IAsyncLifetime
{
    private const string Appraiser = "thamdinh.tplc";
    private readonly SettableClock _clock = new(new DateTimeOffset(2023, 11, 20, 2, 0, 0, TimeSpan.Zero));
    private TdktFactory _app = null!;

    public async Task InitializeAsync()
    {
        _app = await TestDatabases.NewFactoryAsync(nameof(WorkflowGuardHttpTests));
        _app.Clock = _clock;
    }

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    private static readonly NomineeSpec[] OnePerson = [new("Individual", "Lò Văn Minh", "1982", Gender: "Nam")];

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage r) => JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement;

    private async Task<(int Id, int Nominee)> ReceivedAsync()
    {
        var id = await ReadyDraftAsync(_app, people: OnePerson);
        Assert.Equal(HttpStatusCode.OK, (await TransitionAsync(_app, "canbo.tanphong", id, "submit")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await TransitionAsync(_app, Appraiser, id, "receive")).StatusCode);
        var nominee = await _app.WithDbAsync(db => db.Nominees.Where(n => n.DossierId == id).Select(n => n.Id).SingleAsync());
        return (id, nominee);
    }

    private Task CloseUnitAsync(string code, DateOnly lastDay) => _app.WithDbAsync(db =>
        db.OrgUnits.Where(u => u.Code == code).ExecuteUpdateAsync(s => s.SetProperty(u => u.ValidTo, lastDay)));

    [Fact]
    public async Task AcceptNomineeFailingCriterion_WithoutReason_RefusedOnApiAndPage_WithReasonKept()
    {
        var (id, nominee) = await ReceivedAsync();
        var api = Bearer(_app, Appraiser);

        var bare = await api.PostAsJsonAsync($"/api/v1/dossiers/{id}/nominees/{nominee}/verdict", new { accept = true });
        Assert.Equal(HttpStatusCode.BadRequest, bare.StatusCode);
        Assert.Contains("chưa đạt tiêu chuẩn", (await JsonAsync(bare)).GetProperty("errors").GetProperty("reason")[0].GetString());

        var web = await Http.SignedInAsync(_app, Appraiser);
        var page = await Http.PostFormAsync(web, $"{Url(id)}?handler=Appraise",
            new() { ["Input.NomineeId"] = nominee.ToString(CultureInfo.InvariantCulture), ["Input.Accept"] = "true" });
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Lý do: Lò Văn Minh chưa đạt tiêu chuẩn", WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync()));
        Assert.Equal(NomineeVerdict.Pending, await _app.WithDbAsync(db => db.Nominees.Where(n => n.Id == nominee).Select(n => n.Verdict).SingleAsync()));

        var given = await api.PostAsJsonAsync($"/api/v1/dossiers/{id}/nominees/{nominee}/verdict",
            new { accept = true, reason = "Thành tích giúp 5 hộ thoát nghèo đã được UBND phường xác nhận" });
        Assert.Equal(HttpStatusCode.NoContent, given.StatusCode);
        var kept = await _app.WithDbAsync(db => db.Nominees.AsNoTracking().SingleAsync(n => n.Id == nominee));
        Assert.Equal((NomineeVerdict.Accepted, "Thành tích giúp 5 hộ thoát nghèo đã được UBND phường xác nhận"), (kept.Verdict, kept.VerdictReason));
        Assert.True(await _app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "Thẩm định: vẫn đề nghị khen thưởng dù chưa đạt tiêu chuẩn"
            && a.Reason!.StartsWith("Thành tích giúp 5 hộ thoát nghèo"))));
        Assert.Contains("Thành tích giúp 5 hộ thoát nghèo", WebUtility.HtmlDecode(await (await web.GetAsync(Url(id))).Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task ClosedWard_SubmitAfterClosure_RefusedOnApiAndPage_DossierStaysDraft()
    {
        var id = await ReadyDraftAsync(_app, people: OnePerson);
        await CloseUnitAsync("LCH-TP-TANPHONG", new DateOnly(2023, 11, 19));

        var api = await TransitionAsync(_app, "canbo.tanphong", id, "submit");
        Assert.Equal(HttpStatusCode.Conflict, api.StatusCode);
        Assert.Contains("đã ngừng hoạt động từ ngày 20/11/2023, không thể gửi hồ sơ", (await JsonAsync(api)).GetProperty("detail").GetString());

        var web = await Http.SignedInAsync(_app, "canbo.tanphong");
        var version = await _app.WithDbAsync(db => db.Dossiers.Where(d => d.Id == id).Select(d => d.Version).SingleAsync());
        var page = await Http.PostFormAsync(web, $"{Url(id)}?handler=Submit", new() { ["Input.Version"] = version.ToString(CultureInfo.InvariantCulture) });
        Assert.Contains("không thể gửi hồ sơ", WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync()));
        Assert.Equal(DossierStatus.Draft, await _app.WithDbAsync(db => db.Dossiers.Where(d => d.Id == id).Select(d => d.Status).SingleAsync()));
    }

    [Fact]
    public async Task ClosedReceivingBody_ReceiveAndAppraiseAfterClosure_Refused()
    {
        var id = await ReadyDraftAsync(_app, people: OnePerson);
        Assert.Equal(HttpStatusCode.OK, (await TransitionAsync(_app, "canbo.tanphong", id, "submit")).StatusCode);
        var body = await _app.WithDbAsync(db => db.Dossiers.Where(d => d.Id == id).Join(db.OrgUnits, d => d.ReceivingUnitId, u => u.Id, (d, u) => u.Code).SingleAsync());
        await CloseUnitAsync(body, new DateOnly(2023, 11, 19));

        var receive = await TransitionAsync(_app, Appraiser, id, "receive");
        Assert.Equal(HttpStatusCode.Conflict, receive.StatusCode);
        Assert.Contains("không thể tiếp nhận hồ sơ sau ngày 19/11/2023", (await JsonAsync(receive)).GetProperty("detail").GetString());
        Assert.Equal(DossierStatus.Submitted, await _app.WithDbAsync(db => db.Dossiers.Where(d => d.Id == id).Select(d => d.Status).SingleAsync()));
    }

    [Fact]
    public async Task ClosedReceivingBody_AppraiseAfterClosure_RefusedOnApi()
    {
        var (id, nominee) = await ReceivedAsync();
        var body = await _app.WithDbAsync(db => db.Dossiers.Where(d => d.Id == id).Join(db.OrgUnits, d => d.ReceivingUnitId, u => u.Id, (d, u) => u.Code).SingleAsync());
        await CloseUnitAsync(body, new DateOnly(2023, 11, 19));

        var r = await Bearer(_app, Appraiser).PostAsJsonAsync($"/api/v1/dossiers/{id}/nominees/{nominee}/verdict", new { accept = false, reason = "Không đủ hồ sơ" });

        Assert.Equal(HttpStatusCode.Conflict, r.StatusCode);
        Assert.Contains("đã ngừng hoạt động", (await JsonAsync(r)).GetProperty("detail").GetString());
        Assert.Equal(NomineeVerdict.Pending, await _app.WithDbAsync(db => db.Nominees.Where(n => n.Id == nominee).Select(n => n.Verdict).SingleAsync()));
    }
}
