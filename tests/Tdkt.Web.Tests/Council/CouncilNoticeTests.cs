using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Awards;
using Tdkt.Domain.Council;
using Tdkt.Domain.Notices;
using Tdkt.Domain.Security;
using Tdkt.Testing;
using Tdkt.Web.Data;
using Tdkt.Web.Security;
using Tdkt.Web.Pages.Notices;
using static Tdkt.Web.Tests.Council.CouncilScenario;

namespace Tdkt.Web.Tests.Council;

/// <summary>The province publishes its Cờ thi đua nominees through the API (Monday 01/12/2025, 10 working days, to the
/// end of 12/12/2025), anyone objects on the public page, the appraiser verifies one objection through the API, and the
/// council agenda (page and API) shows each nominee's notice period and its objections — the senders only to the
/// body's staff, not to a roster member without a body role.</summary>
public sealed partial class CouncilNoticeTests : IAsyncLifetime
{
    private readonly SettableClock _clock = new(new DateTimeOffset(2025, 12, 1, 2, 0, 0, TimeSpan.Zero));
    private TdktFactory _app = null!;

    public async Task InitializeAsync()
    {
        _app = await TestDatabases.NewFactoryAsync(nameof(CouncilNoticeTests));
        _app.Clock = _clock;
    }

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    private static string S(int i) => i.ToString(CultureInfo.InvariantCulture);

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage r, HttpStatusCode expected)
    {
        var text = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == expected, $"{r.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>The province also publishes Cờ thi đua tỉnh for comment (as /Notices/Settings would store it).</summary>
    private async Task RequireNoticeForCoTinhAsync()
    {
        var province = await Lookups.UnitIdAsync(_app, "LCH");
        await _app.WithDbAsync(async db =>
        {
            db.NoticeSettings().Add(new PublicNoticeSetting { OrgUnitId = province, ExtraAwardCodes = [AwardCodes.CoTinh] });
            await db.SaveChangesAsync();
            return 0;
        });
    }

    /// <summary>Like a person on the public page: loads the form, waits 30 s (test clock), sends.</summary>
    private async Task ObjectAsync(int noticeId, int entryId, string sender, string contact, string content)
    {
        var anon = Http.Anonymous(_app);
        var html = await anon.GetStringAsync($"/cong-khai/{noticeId}");
        _clock.Now += TimeSpan.FromSeconds(30);
        var r = await anon.PostAsync($"/cong-khai/{noticeId}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Http.AntiforgeryToken(html)!,
            ["Input.Started"] = WebUtility.HtmlDecode(StartedPattern().Match(html).Groups[1].Value),
            ["Input.EntryId"] = S(entryId), ["Input.SenderName"] = sender, ["Input.Contact"] = contact, ["Input.Content"] = content,
        }));
        Lookups.AssertRedirect(r, $"/cong-khai/{noticeId}");
    }

    /// <summary>A council member on the roster with no role at the province (sees the session, not the senders); returns
    /// an API token made for them.</summary>
    private async Task<string> AddOutsideMemberAsync()
    {
        await CreateUserAsync(_app, "hoidong.khach", Role.Viewer, "LCH-SYT");
        var province = await Lookups.UnitIdAsync(_app, "LCH");
        var user = await Lookups.UserAsync(_app, "hoidong.khach");
        await _app.WithDbAsync(async db =>
        {
            db.CouncilMembers.Add(CouncilMember.Create(province, user.Id, "Chuyên gia mời", "Chuyên gia", CouncilOffice.Member,
                new DateOnly(2024, 1, 1), null, null, user.OrgUnitId).Value!);
            await db.SaveChangesAsync();
            return 0;
        });
        var token = AccessTokens.NewToken();
        await _app.WithDbAsync(async db =>
        {
            db.PersonalAccessTokens.Add(new PersonalAccessToken
            {
                UserId = user.Id, Name = "kiểm thử", TokenHash = AccessTokens.Hash(token), Prefix = AccessTokens.DisplayPrefix(token), CreatedAt = _clock.GetUtcNow(),
            });
            await db.SaveChangesAsync();
            return 0;
        });
        return token;
    }

    private HttpClient Guest(string token)
    {
        var client = Http.Anonymous(_app);
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return client;
    }

    [Fact]
    public async Task NoticeThroughTheApi_ObjectionsOnTheCouncilAgenda_SendersOnlyForTheBodysStaff()
    {
        await RequireNoticeForCoTinhAsync();
        var guestToken = await AddOutsideMemberAsync();
        var (_, hospital) = await AppraisedAsync(_app, "Đề nghị tặng Cờ thi đua tỉnh — Sở Y tế", "LCH-SYT",
            new NomineeSpec(SubjectKind.Collective, "Bệnh viện Đa khoa tỉnh Lai Châu", AwardCodes.CoTinh));
        var (_, centre) = await AppraisedAsync(_app, "Đề nghị tặng Cờ thi đua tỉnh — Sở Khoa học và Công nghệ", "LCH-SKHCN",
            new NomineeSpec(SubjectKind.Collective, "Trung tâm Kỹ thuật tiêu chuẩn đo lường chất lượng", AwardCodes.CoTinh));
        var appraiser = Bearer(_app, "thamdinh.snv");

        // Publishing: bad input names the field; another body's appraiser gets 404; the province's appraiser publishes once.
        var noIds = await JsonAsync(await appraiser.PostAsJsonAsync("/api/v1/notices", new { title = "Thử", startDate = "2025-12-01" }), HttpStatusCode.BadRequest);
        Assert.True(noIds.GetProperty("errors").TryGetProperty("nomineeIds", out _));
        var badDate = await JsonAsync(await appraiser.PostAsJsonAsync("/api/v1/notices",
            new { title = "Thử", startDate = "31/02/2025", nomineeIds = new[] { hospital[0] } }), HttpStatusCode.BadRequest);
        Assert.Contains("Ngày bắt đầu công khai", badDate.GetProperty("errors").GetProperty("startDate")[0].GetString());
        var noTitle = await JsonAsync(await appraiser.PostAsJsonAsync("/api/v1/notices",
            new { title = " ", startDate = "2025-12-01", nomineeIds = new[] { hospital[0] } }), HttpStatusCode.BadRequest);
        Assert.Contains("tiêu đề thông báo", noTitle.GetProperty("errors").GetProperty("title")[0].GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await Bearer(_app, "thamdinh.tplc").PostAsJsonAsync("/api/v1/notices",
            new { title = "Thử", startDate = "2025-12-01", nomineeIds = new[] { hospital[0] } })).StatusCode);
        var candidates = await JsonAsync(await appraiser.GetAsync("/api/v1/notices/candidates"), HttpStatusCode.OK);
        Assert.Contains(candidates.EnumerateArray(), c => c.GetProperty("nomineeId").GetInt32() == hospital[0] && c.GetProperty("required").GetBoolean());

        var published = await JsonAsync(await appraiser.PostAsJsonAsync("/api/v1/notices", new
        {
            title = "Lấy ý kiến nhân dân về đề nghị tặng Cờ thi đua tỉnh năm 2025", startDate = "2025-12-01", nomineeIds = new[] { hospital[0], centre[0] },
        }), HttpStatusCode.Created);
        var noticeId = published.GetProperty("id").GetInt32();
        Assert.Equal("2025-12-12", published.GetProperty("endDate").GetString());
        Assert.Equal("Open", published.GetProperty("state").GetString());
        Assert.Equal(2, published.GetProperty("entries").GetArrayLength());
        var again = await appraiser.PostAsJsonAsync("/api/v1/notices", new { title = "Lần hai", startDate = "2025-12-01", nomineeIds = new[] { centre[0] } });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("Đã công khai trước đó", await again.Content.ReadAsStringAsync());
        Assert.Equal(1, await _app.WithDbAsync(db => db.NoticeEntries().CountAsync(e => e.NomineeId == centre[0])));
        Assert.Equal(0, await _app.WithDbAsync(db => db.Notices().CountAsync(n => n.Title == "Lần hai")));

        // Anyone objects on the public page, without login.
        var entries = await _app.WithDbAsync(db => db.NoticeEntries().Where(e => e.NoticeId == noticeId).ToListAsync());
        await ObjectAsync(noticeId, entries.Single(e => e.NomineeId == hospital[0]).Id, "Nguyễn Văn Bình", "0912 345 678",
            "Bệnh viện còn để người bệnh chờ quá lâu ở khoa Khám bệnh.");
        await ObjectAsync(noticeId, entries.Single(e => e.NomineeId == centre[0]).Id, "Lường Văn Tâm", "tam@example.vn",
            "Trung tâm chưa hoàn thành kế hoạch kiểm định năm 2025.");

        // The list and the notice for the body's staff (with the senders); another body and the proposing clerk: 404.
        var list = await JsonAsync(await Bearer(_app, "thuky.hdtdkt").GetAsync("/api/v1/notices"), HttpStatusCode.OK);
        var row = list.EnumerateArray().Single(n => n.GetProperty("id").GetInt32() == noticeId);
        Assert.Equal(2, row.GetProperty("openObjections").GetInt32());
        Assert.Empty((await JsonAsync(await Bearer(_app, "thamdinh.tplc").GetAsync("/api/v1/notices"), HttpStatusCode.OK)).EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, (await Bearer(_app, "thamdinh.tplc").GetAsync($"/api/v1/notices/{noticeId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Bearer(_app, "canbo.snv").GetAsync($"/api/v1/notices/{noticeId}")).StatusCode);
        var notice = await JsonAsync(await appraiser.GetAsync($"/api/v1/notices/{noticeId}"), HttpStatusCode.OK);
        var centreObjection = notice.GetProperty("entries").EnumerateArray().Single(e => e.GetProperty("nomineeId").GetInt32() == centre[0])
            .GetProperty("objections")[0];
        Assert.Equal("Lường Văn Tâm", centreObjection.GetProperty("senderName").GetString());
        Assert.Equal("tam@example.vn", centreObjection.GetProperty("contact").GetString());
        Assert.True(notice.GetProperty("canVerify").GetBoolean());

        // The secretary schedules the session (after the period) while the objections are open.
        var secretary = await Http.SignedInAsync(_app, "thuky.hdtdkt");
        var sessionId = await ScheduleAsync(_app, secretary, "Phiên họp xét Cờ thi đua tỉnh năm 2025", secret: true, date: "15/12/2025");

        // Verification through the API: field errors, 404 for the secretary (not an appraiser), once only, stale version 409.
        var objectionId = centreObjection.GetProperty("id").GetInt32();
        var version = centreObjection.GetProperty("version").GetUInt32();
        var verifyUrl = $"/api/v1/notices/{noticeId}/objections/{objectionId}/verification";
        Assert.True((await JsonAsync(await appraiser.PostAsJsonAsync(verifyUrl, new { outcome = "Unfounded", verification = "x" }), HttpStatusCode.BadRequest))
            .GetProperty("errors").TryGetProperty("version", out _));
        Assert.True((await JsonAsync(await appraiser.PostAsJsonAsync(verifyUrl, new { outcome = "Maybe", verification = "x", version }), HttpStatusCode.BadRequest))
            .GetProperty("errors").TryGetProperty("outcome", out _));
        Assert.True((await JsonAsync(await appraiser.PostAsJsonAsync(verifyUrl, new { outcome = "Unfounded", verification = " ", version }), HttpStatusCode.BadRequest))
            .GetProperty("errors").TryGetProperty("verification", out _));
        Assert.Equal(HttpStatusCode.NotFound, (await Bearer(_app, "thuky.hdtdkt").PostAsJsonAsync(verifyUrl,
            new { outcome = "Unfounded", verification = "Thư ký không xác minh", version })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await appraiser.PostAsJsonAsync(verifyUrl,
            new { outcome = "Unfounded", verification = "Phiên bản cũ", version = version + 1000 })).StatusCode);
        var verified = await JsonAsync(await appraiser.PostAsJsonAsync(verifyUrl, new
        {
            outcome = "Unfounded", verification = "Đã kiểm tra báo cáo kiểm định: Trung tâm hoàn thành 104% kế hoạch năm 2025.", version,
        }), HttpStatusCode.OK);
        Assert.Equal("Unfounded", verified.GetProperty("outcome").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await appraiser.PostAsJsonAsync(verifyUrl,
            new { outcome = "Founded", verification = "Lần hai", version = verified.GetProperty("version").GetUInt32() })).StatusCode);
        Assert.Equal(1, await _app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == nameof(NoticeObjection) && a.Action == "Xác minh phản ánh, góp ý")));

        // The agenda page for staff: period, end date, open and verified objections, senders with contact.
        var page = WebUtility.HtmlDecode(await secretary.GetStringAsync(Url(sessionId)));
        Assert.Contains("Đang lấy ý kiến", page);
        Assert.Contains("từ 01/12/2025 đến hết ngày 12/12/2025 (10 ngày làm việc)", page);
        Assert.Contains("Nguyễn Văn Bình (0912 345 678)", page);
        Assert.Contains("Bệnh viện còn để người bệnh chờ quá lâu", page);
        Assert.Contains("Kết quả xác minh: Đã kiểm tra báo cáo kiểm định", page);
        Assert.Contains("1 phản ánh, góp ý (1 chưa xác minh)", page);
        Assert.Contains("Không có cơ sở", page);

        // The same in the API.
        var session = await JsonAsync(await Bearer(_app, "thuky.hdtdkt").GetAsync($"/api/v1/council/sessions/{sessionId}"), HttpStatusCode.OK);
        var hospitalLine = session.GetProperty("agenda").EnumerateArray().Single(a => a.GetProperty("nomineeId").GetInt32() == hospital[0]);
        var hospitalNotice = hospitalLine.GetProperty("notice");
        Assert.True(hospitalNotice.GetProperty("required").GetBoolean());
        Assert.Equal("2025-12-12", hospitalNotice.GetProperty("endDate").GetString());
        Assert.Equal(1, hospitalNotice.GetProperty("openObjections").GetInt32());
        Assert.Equal("0912 345 678", hospitalNotice.GetProperty("objections")[0].GetProperty("contact").GetString());
        var centreNotice = session.GetProperty("agenda").EnumerateArray().Single(a => a.GetProperty("nomineeId").GetInt32() == centre[0]).GetProperty("notice");
        Assert.Equal("Unfounded", centreNotice.GetProperty("objections")[0].GetProperty("outcome").GetString());
        Assert.StartsWith("Đã kiểm tra báo cáo kiểm định", centreNotice.GetProperty("objections")[0].GetProperty("verification").GetString());

        // A roster member without a role at the province sees the objections and outcomes, not who sent them.
        var guestPage = WebUtility.HtmlDecode(await (await Http.SignedInAsync(_app, "hoidong.khach")).GetStringAsync(Url(sessionId)));
        Assert.Contains("Bệnh viện còn để người bệnh chờ quá lâu", guestPage);
        Assert.Contains("Kết quả xác minh: Đã kiểm tra báo cáo kiểm định", guestPage);
        Assert.DoesNotContain("Nguyễn Văn Bình", guestPage);
        Assert.DoesNotContain("0912 345 678", guestPage);
        Assert.DoesNotContain("tam@example.vn", guestPage);
        var guestJson = await JsonAsync(await Guest(guestToken).GetAsync($"/api/v1/council/sessions/{sessionId}"), HttpStatusCode.OK);
        var guestObjection = guestJson.GetProperty("agenda").EnumerateArray().Single(a => a.GetProperty("nomineeId").GetInt32() == hospital[0])
            .GetProperty("notice").GetProperty("objections")[0];
        Assert.Equal(JsonValueKind.Null, guestObjection.GetProperty("senderName").ValueKind);
        Assert.Equal(JsonValueKind.Null, guestObjection.GetProperty("contact").ValueKind);
        Assert.DoesNotContain("Nguyễn Văn Bình", guestJson.GetRawText());

        // Outside the council: 404 on the page and the API.
        Assert.Equal(HttpStatusCode.NotFound, (await (await Http.SignedInAsync(_app, "thamdinh.tplc")).GetAsync(Url(sessionId))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Bearer(_app, "thamdinh.tplc").GetAsync($"/api/v1/council/sessions/{sessionId}")).StatusCode);

        // After the period the state moves on; the open objection still blocks the hospital (the gate's reason on the agenda).
        _clock.Now = new DateTimeOffset(2025, 12, 15, 2, 0, 0, TimeSpan.Zero);
        secretary = await Http.SignedInAsync(_app, "thuky.hdtdkt"); // the cookie's idle timeout has passed
        page = WebUtility.HtmlDecode(await secretary.GetStringAsync(Url(sessionId)));
        Assert.Contains("Đã hết thời gian lấy ý kiến", page);
        Assert.Contains("Bệnh viện Đa khoa tỉnh Lai Châu: còn 1 phản ánh, góp ý chưa xác minh xong", page);
        Assert.DoesNotContain("Trung tâm Kỹ thuật tiêu chuẩn đo lường chất lượng: còn", page);
    }

    [Fact]
    public async Task OpenApi_ListsTheNoticeCertificateEndpoints()
    {
        var doc = await Http.Anonymous(_app).GetStringAsync("/openapi/v1.json");
        foreach (var path in new[]
        {
            "/api/v1/notices", "/api/v1/notices/{id}", "/api/v1/notices/candidates", "/api/v1/notices/{id}/objections/{objectionId}/verification",
            "/api/v1/certificates/{recipientId}.pdf", "/api/v1/decisions/{decisionId}/certificates",
        })
        {
            Assert.Contains($"\"{path}\"", doc);
        }

        Assert.Contains("central_decided", doc);
    }

    [GeneratedRegex("name=\"Input.Started\" value=\"([^\"]+)\"")]
    private static partial Regex StartedPattern();
}
