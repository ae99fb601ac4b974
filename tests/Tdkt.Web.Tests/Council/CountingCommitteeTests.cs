using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Awards;
using Tdkt.Domain.Council;
using Tdkt.Testing;
using static Tdkt.Web.Tests.Council.CouncilScenario;

namespace Tdkt.Web.Tests.Council;

/// <summary>Issue 11: a secret ballot records the Ban kiểm phiếu elected at the session before it closes; the minutes
/// name it, who presided (the standing vice-chairman when the chairman is absent) and are dated the vote day.</summary>
public sealed class CountingCommitteeTests : IAsyncLifetime
{
    private readonly SettableClock _clock = new(new DateTimeOffset(2025, 12, 10, 2, 0, 0, TimeSpan.Zero));
    private TdktFactory _app = null!;

    public async Task InitializeAsync()
    {
        _app = await TestDatabases.NewFactoryAsync(nameof(CountingCommitteeTests));
        _app.Clock = _clock;
    }

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    private static string DocxText(byte[] bytes)
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        return string.Join("\n", doc.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
    }

    private Task<string> NameAsync(string user) => _app.WithDbAsync(db => db.Users.Where(u => u.UserName == user).Select(u => u.FullName).SingleAsync());

    [Fact]
    public async Task SecretBallot_CloseWithoutCommitteeRefused_ElectedCommitteeAndPresidingViceInMinutes()
    {
        var (_, ids) = await AppraisedAsync(_app, "Đề nghị tặng Cờ thi đua tỉnh — Sở Y tế", "LCH-SYT",
            new NomineeSpec(SubjectKind.Collective, "Bệnh viện Đa khoa tỉnh Lai Châu", AwardCodes.CoTinh));
        var secretary = await Http.SignedInAsync(_app, "thuky.hdtdkt");
        var id = await ScheduleAsync(_app, secretary, "Phiên họp xét Cờ thi đua tỉnh năm 2025", secret: true);

        // The chairman is absent: members 2–9 of the roster are present (8/11).
        var form = new List<KeyValuePair<string, string>>();
        foreach (var user in Members.Skip(1).Take(8))
        {
            form.Add(new("Present", (await MemberIdAsync(_app, user)).ToString(CultureInfo.InvariantCulture)));
        }

        form.Add(new("__RequestVerificationToken", Http.AntiforgeryToken(await secretary.GetStringAsync(Url(id)))!));
        Lookups.AssertRedirect(await secretary.PostAsync($"{Url(id)}?handler=Attendance", new FormUrlEncodedContent(form)));
        Lookups.AssertRedirect(await StepAsync(secretary, id, "Open"));
        foreach (var user in Members.Skip(1).Take(8))
        {
            Assert.Equal(HttpStatusCode.OK, (await VoteAsync(_app, user, id, ids[0], true)).StatusCode);
        }

        // No committee yet: closing is refused on the page and through the API.
        var page = WebUtility.HtmlDecode(await (await StepAsync(secretary, id, "Close")).Content.ReadAsStringAsync());
        Assert.Contains("Bỏ phiếu kín: Hội đồng chưa bầu Ban kiểm phiếu.", page, StringComparison.Ordinal);
        var api = Bearer(_app, "thuky.hdtdkt");
        var closeApi = await api.PostAsJsonAsync($"/api/v1/council/sessions/{id}/transitions", new { action = "close-voting" });
        Assert.Equal(HttpStatusCode.Conflict, closeApi.StatusCode);
        Assert.Contains("Ban kiểm phiếu", await closeApi.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Bad committees: two people; the absent chairman as head.
        var tv1 = await MemberIdAsync(_app, "hoidong.tv1");
        var tv2 = await MemberIdAsync(_app, "hoidong.tv2");
        var two = await api.PostAsJsonAsync($"/api/v1/council/sessions/{id}/counting-committee", new { headId = tv1, memberIds = new[] { tv2 } });
        Assert.Equal(HttpStatusCode.BadRequest, two.StatusCode);
        Assert.StartsWith("Ban kiểm phiếu cần ít nhất 3 thành viên",
            (await two.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("memberIds")[0].GetString(), StringComparison.Ordinal);
        var absent = await api.PostAsJsonAsync($"/api/v1/council/sessions/{id}/counting-committee",
            new { headId = await MemberIdAsync(_app, "hoidong.chutich"), memberIds = new[] { tv1, tv2 } });
        Assert.Equal(HttpStatusCode.BadRequest, absent.StatusCode);
        Assert.Empty(await _app.WithDbAsync(db => db.CouncilSessions.Where(s => s.Id == id).Select(s => s.CountingCommittee).SingleAsync()));

        // Elected on the page: tv1 heads, tv2 and tv3; shown on the session page, recorded in the audit.
        Lookups.AssertRedirect(await ElectCountersAsync(_app, secretary, id));
        var (head, second, third) = (await NameAsync("hoidong.tv1"), await NameAsync("hoidong.tv2"), await NameAsync("hoidong.tv3"));
        Assert.Contains($"Ban kiểm phiếu: {head} (Trưởng ban), {second}, {third}", WebUtility.HtmlDecode(await secretary.GetStringAsync(Url(id))), StringComparison.Ordinal);
        Assert.True(await _app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "Ghi Ban kiểm phiếu do Hội đồng bầu tại phiên họp")));

        Lookups.AssertRedirect(await StepAsync(secretary, id, "Close"));
        Assert.Equal(CouncilSessionStatus.VotingClosed, await _app.WithDbAsync(db => db.CouncilSessions.Where(s => s.Id == id).Select(s => s.Status).SingleAsync()));
        var text = DocxText(await (await secretary.GetAsync($"{Url(id)}?handler=Minutes")).Content.ReadAsByteArrayAsync());
        Assert.Contains($"Hội đồng bầu Ban kiểm phiếu tại phiên họp, gồm: {head} — Trưởng ban; {second} — Ủy viên; {third} — Ủy viên.", text, StringComparison.Ordinal);
        Assert.Contains("TRƯỞNG BAN KIỂM PHIẾU", text, StringComparison.Ordinal);
        Assert.Contains($"Chủ trì: {await NameAsync("hoidong.pctt")}", text, StringComparison.Ordinal); // the chairman was absent
        Assert.Contains("CHỦ TRÌ PHIÊN HỌP", text, StringComparison.Ordinal);
        Assert.Contains("Thời gian: ngày 10/12/2025.", text, StringComparison.Ordinal); // the vote day
    }
}
