using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Nominations;
using Tdkt.Domain.Notices;
using Tdkt.Domain.Organizations;
using Tdkt.Testing;
using Tdkt.Web.Pages.Notices;
using Tdkt.Web.Tests.Nominations;

namespace Tdkt.Web.Tests.Notices;

/// <summary>Public notice end to end: the province requires notice for Giấy khen, the city's appraiser publishes the
/// accepted nominees on Monday 20/11/2023 for 10 working days (to the end of 01/12/2023), anyone objects without
/// login, the appraiser verifies, and the council result is refused until the period has ended and every objection
/// is verified.</summary>
public sealed partial class PublicNoticeTests : IAsyncLifetime
{
    private readonly SettableClock _clock = new(new DateTimeOffset(2023, 11, 20, 2, 0, 0, TimeSpan.Zero));
    private TdktFactory _app = null!;

    public async Task InitializeAsync()
    {
        _app = await TestDatabases.NewFactoryAsync(nameof(PublicNoticeTests));
        _app.Clock = _clock;
    }

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    private static string S(int i) => i.ToString(CultureInfo.InvariantCulture);

    private static async Task<string> BodyAsync(HttpResponseMessage r) => WebUtility.HtmlDecode(await r.Content.ReadAsStringAsync());

    private async Task RequireNoticeForGiayKhenAsync()
    {
        var path = await _app.WithDbAsync(db => db.OrgUnits.Where(u => u.Code == "LCH-TP").Select(u => u.Path).SingleAsync());
        var root = OrgPath.Ids(path)[0];
        var admin = await Http.SignedInAsync(_app, "admin");
        Lookups.AssertRedirect(await Http.PostFormAsync(admin, $"/Notices/Settings?unit={root}", new()
        {
            ["unit"] = S(root), ["Input.WorkingDays"] = "10", ["Input.ExtraAwardCodes"] = "GK", ["Input.Reason"] = "Tỉnh công khai cả Giấy khen",
        }));
        Assert.Equal(["GK"], await _app.WithDbAsync(db => db.NoticeSettings().Where(s => s.OrgUnitId == root).Select(s => s.ExtraAwardCodes).SingleAsync()));
    }

    /// <summary>The seed draft plus one nominee with a citizen ID, submitted, received, all accepted, appraisal complete.</summary>
    private async Task<(int Dossier, List<int> Nominees)> AppraisedAsync()
    {
        var id = await NominationScenario.ReadyDraftAsync(_app);
        var url = NominationScenario.Url(id);
        var clerk = await Http.SignedInAsync(_app, "canbo.tanphong");
        Lookups.AssertRedirect(await Http.PostFormAsync(clerk, $"{url}?handler=AddNominee", new()
        {
            ["Input.Kind"] = "Individual", ["Input.Name"] = "Vàng Thị Mai", ["Input.BirthYear"] = "1987", ["Input.Gender"] = "Nữ",
            ["Input.CitizenId"] = "012345678901", ["Input.AwardCode"] = "GK", ["Input.Achievement"] = "Vận động 12 hộ thoát nghèo",
        }, url));
        var mai = await _app.WithDbAsync(db => db.Nominees.Where(n => n.DossierId == id && n.Name == "Vàng Thị Mai").Select(n => n.Id).SingleAsync());
        Lookups.AssertRedirect(await Http.PostMultipartAsync(clerk, $"{url}?handler=Attach", url,
            new() { ["Input.PartCode"] = "BAO_CAO_THANH_TICH", ["Input.NomineeId"] = S(mai) }, "Upload", "bao-cao.pdf", NominationScenario.Pdf, "application/pdf"));
        Assert.True((await NominationScenario.TransitionAsync(_app, "canbo.tanphong", id, "submit")).IsSuccessStatusCode);
        Assert.True((await NominationScenario.TransitionAsync(_app, "thamdinh.tplc", id, "receive")).IsSuccessStatusCode);
        var appraiser = await Http.SignedInAsync(_app, "thamdinh.tplc");
        var nominees = await _app.WithDbAsync(db => db.Nominees.Where(n => n.DossierId == id).OrderBy(n => n.Id).Select(n => n.Id).ToListAsync());
        foreach (var n in nominees)
        {
            Lookups.AssertRedirect(await Http.PostFormAsync(appraiser, $"{url}?handler=Appraise", new() { ["Input.NomineeId"] = S(n), ["Input.Accept"] = "true", ["Input.Reason"] = "Đã xác minh thành tích với đơn vị" }, url));
        }

        Assert.True((await NominationScenario.TransitionAsync(_app, "thamdinh.tplc", id, "complete-appraisal")).IsSuccessStatusCode);
        return (id, nominees);
    }

    private async Task<int> PublishAsync(IEnumerable<int> nominees)
    {
        var appraiser = await Http.SignedInAsync(_app, "thamdinh.tplc");
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Input.Title", "Lấy ý kiến nhân dân về danh sách đề nghị tặng Giấy khen"), new("Input.StartDate", "20/11/2023"),
        };
        fields.AddRange(nominees.Select(n => new KeyValuePair<string, string>("Input.NomineeIds", S(n))));
        var token = Http.AntiforgeryToken(await appraiser.GetStringAsync("/Notices/Create"))!;
        fields.Add(new("__RequestVerificationToken", token));
        var r = await appraiser.PostAsync("/Notices/Create", new FormUrlEncodedContent(fields));
        Lookups.AssertRedirect(r, "/Notices/Details/");
        return int.Parse(r.Headers.Location!.ToString().Split('/').Last(), CultureInfo.InvariantCulture);
    }

    /// <summary>Like a person: loads the page, waits (the clock moves 30 s unless <paramref name="wait"/> is false), sends.</summary>
    private async Task<HttpResponseMessage> ObjectAsync(HttpClient anon, int noticeId, Dictionary<string, string> fields, bool wait = true)
    {
        var html = await anon.GetStringAsync($"/cong-khai/{noticeId}");
        var body = new Dictionary<string, string>(fields)
        {
            ["__RequestVerificationToken"] = Http.AntiforgeryToken(html)!,
            ["Input.Started"] = WebUtility.HtmlDecode(StartedPattern().Match(html).Groups[1].Value),
        };
        if (wait)
        {
            _clock.Now += TimeSpan.FromSeconds(30);
        }

        return await anon.PostAsync($"/cong-khai/{noticeId}", new FormUrlEncodedContent(body));
    }

    private async Task<HttpResponseMessage> CouncilAsync(int dossier, int nominee)
    {
        var appraiser = await Http.SignedInAsync(_app, "thamdinh.tplc");
        var url = NominationScenario.Url(dossier);
        return await Http.PostFormAsync(appraiser, $"{url}?handler=Council", new() { ["Input.NomineeId"] = S(nominee), ["Input.VotesFor"] = "6", ["Input.TotalMembers"] = "7" }, url);
    }

    [Fact]
    public async Task Notice_Objection_Verification_GatesTheCouncilUntilThePeriodEnds()
    {
        await RequireNoticeForGiayKhenAsync();
        var (dossier, nominees) = await AppraisedAsync();

        // Not yet published: the council result is refused, saying why.
        var early = await CouncilAsync(dossier, nominees[0]);
        Assert.Equal(HttpStatusCode.OK, early.StatusCode);
        Assert.Contains("Lò Văn Minh: Giấy khen phải công khai lấy ý kiến nhân dân ít nhất 10 ngày làm việc", await BodyAsync(early));

        var noticeId = await PublishAsync(nominees);
        var notice = await _app.WithDbAsync(db => db.Notices().AsNoTracking().SingleAsync(n => n.Id == noticeId));
        Assert.Equal(new DateOnly(2023, 12, 1), notice.EndDate);

        // The public page works without login and shows only the public fields.
        var anon = Http.Anonymous(_app);
        var list = await anon.GetAsync("/cong-khai");
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Contains("Lấy ý kiến nhân dân về danh sách đề nghị tặng Giấy khen", await BodyAsync(list));
        var page = await BodyAsync(await anon.GetAsync($"/cong-khai/{noticeId}"));
        Assert.Contains("Vàng Thị Mai", page);
        Assert.Contains("1987", page);
        Assert.Contains("Vận động 12 hộ thoát nghèo", page);
        Assert.Contains("hết ngày 01/12/2023", page);
        Assert.DoesNotContain("012345678901", page);
        Assert.DoesNotContain("8901", page);
        Assert.DoesNotContain("Tổ dân phố 3", page); // the household's address is not published
        Assert.DoesNotMatch(@"\d{2}/\d{2}/19\d{2}", page); // no birth date, only the year

        // An objection without login.
        var entries = await _app.WithDbAsync(db => db.NoticeEntries().Where(e => e.NoticeId == noticeId).OrderBy(e => e.Id).ToListAsync());
        var minh = entries.Single(e => e.Name == "Lò Văn Minh");
        var lan = entries.Single(e => e.Name == "Tòng Thị Lan");
        Lookups.AssertRedirect(await ObjectAsync(anon, noticeId, new()
        {
            ["Input.EntryId"] = S(minh.Id), ["Input.SenderName"] = "Nguyễn Văn Bình", ["Input.Contact"] = "0912 345 678",
            ["Input.Content"] = "Ông Minh chưa hoàn thành việc trả nợ quỹ hỗ trợ nông dân của tổ dân phố.",
        }), $"/cong-khai/{noticeId}");
        Lookups.AssertRedirect(await ObjectAsync(anon, noticeId, new()
        {
            ["Input.EntryId"] = S(lan.Id), ["Input.SenderName"] = "Lường Văn Tâm", ["Input.Contact"] = "tam@example.vn",
            ["Input.Content"] = "Bà Lan không trực tiếp vận động các hộ như báo cáo thành tích.",
        }));
        Assert.Equal(2, await _app.WithDbAsync(db => db.Objections().CountAsync()));

        // Robots: the honeypot is thanked and ignored; a form sent back at once is refused; bad input names the field.
        Lookups.AssertRedirect(await ObjectAsync(anon, noticeId, new()
        {
            ["Input.EntryId"] = S(minh.Id), ["Input.SenderName"] = "Bot", ["Input.Contact"] = "0912345678",
            ["Input.Content"] = "Quảng cáo quảng cáo quảng cáo", ["Input.Website"] = "http://spam.example",
        }));
        var tooFast = await BodyAsync(await ObjectAsync(anon, noticeId, new()
        {
            ["Input.EntryId"] = S(minh.Id), ["Input.SenderName"] = "Nhanh", ["Input.Contact"] = "0912345678", ["Input.Content"] = "Nội dung gửi quá nhanh",
        }, wait: false));
        Assert.Contains("Biểu mẫu được gửi quá nhanh", tooFast);
        var bad = await ObjectAsync(anon, noticeId, new()
        {
            ["Input.EntryId"] = S(minh.Id), ["Input.SenderName"] = "Nguyễn Văn C", ["Input.Contact"] = "", ["Input.Content"] = "Nội dung đủ dài để gửi",
        });
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("Số điện thoại hoặc thư điện tử: hãy nhập", await BodyAsync(bad));
        var noToken = await anon.PostAsync($"/cong-khai/{noticeId}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.EntryId"] = S(minh.Id), ["Input.SenderName"] = "X", ["Input.Contact"] = "0912345678", ["Input.Content"] = "Không có mã chống giả mạo",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        Assert.Equal(2, await _app.WithDbAsync(db => db.Objections().CountAsync()));

        // During the period (Tuesday 28/11) the council is refused with the end date.
        _clock.Now = new DateTimeOffset(2023, 11, 28, 2, 0, 0, TimeSpan.Zero);
        Assert.Contains("đang công khai lấy ý kiến đến hết ngày 01/12/2023; Hội đồng chỉ xét từ ngày 02/12/2023", await BodyAsync(await CouncilAsync(dossier, nominees[0])));

        // After the period (Monday 04/12) the notice is gone from the public page; open objections still block.
        _clock.Now = new DateTimeOffset(2023, 12, 4, 2, 0, 0, TimeSpan.Zero);
        Assert.Equal(HttpStatusCode.NotFound, (await anon.GetAsync($"/cong-khai/{noticeId}")).StatusCode);
        Assert.Contains("Lò Văn Minh: còn 1 phản ánh, góp ý chưa xác minh xong", await BodyAsync(await CouncilAsync(dossier, minh.NomineeId)));

        // The appraiser sees the objections on the dossier page (with the sender); the proposing clerk does not.
        var appraiser = await Http.SignedInAsync(_app, "thamdinh.tplc");
        var dossierPage = WebUtility.HtmlDecode(await appraiser.GetStringAsync(NominationScenario.Url(dossier)));
        Assert.Contains("Công khai, lấy ý kiến nhân dân", dossierPage);
        Assert.Contains("Nguyễn Văn Bình", dossierPage);
        var clerkPage = WebUtility.HtmlDecode(await (await Http.SignedInAsync(_app, "canbo.tanphong")).GetStringAsync(NominationScenario.Url(dossier)));
        Assert.Contains("Công khai, lấy ý kiến nhân dân", clerkPage);
        Assert.DoesNotContain("Nguyễn Văn Bình", clerkPage);
        Assert.DoesNotContain("0912 345 678", clerkPage);
        Assert.Contains("Ông Minh chưa hoàn thành", WebUtility.HtmlDecode(await appraiser.GetStringAsync("/Notices")));

        // Verification: unfounded for Minh (from the dossier page, back to it), founded with rejection for Lan; once only.
        var objections = await _app.WithDbAsync(db => db.Objections().AsNoTracking().OrderBy(o => o.Id).ToListAsync());
        Lookups.AssertRedirect(await Http.PostFormAsync(appraiser, $"/Notices/Details/{noticeId}?handler=Resolve", new()
        {
            ["Input.ObjectionId"] = S(objections[0].Id), ["Input.Version"] = objections[0].Version.ToString(CultureInfo.InvariantCulture),
            ["Input.Outcome"] = "Unfounded", ["Input.Verification"] = "Đã xác minh với tổ dân phố: ông Minh đã trả hết nợ quỹ.",
            ["Input.ReturnDossierId"] = S(dossier),
        }), NominationScenario.Url(dossier));
        var again = await Http.PostFormAsync(appraiser, $"/Notices/Details/{noticeId}?handler=Resolve", new()
        {
            ["Input.ObjectionId"] = S(objections[0].Id), ["Input.Version"] = objections[0].Version.ToString(CultureInfo.InvariantCulture),
            ["Input.Outcome"] = "Founded", ["Input.Verification"] = "Lần hai",
        });
        Assert.Contains("Phản ánh này đã được xác minh", await BodyAsync(again));
        Lookups.AssertRedirect(await Http.PostFormAsync(appraiser, $"/Notices/Details/{noticeId}?handler=Resolve", new()
        {
            ["Input.ObjectionId"] = S(objections[1].Id), ["Input.Version"] = objections[1].Version.ToString(CultureInfo.InvariantCulture),
            ["Input.Outcome"] = "Founded", ["Input.RejectNominee"] = "true", ["Input.Verification"] = "Xác minh tại tổ dân phố: thành tích không đúng.",
        }));
        var resolved = await _app.WithDbAsync(db => db.Objections().AsNoTracking().OrderBy(o => o.Id).ToListAsync());
        Assert.Equal([ObjectionOutcome.Unfounded, ObjectionOutcome.Founded], resolved.Select(o => o.Outcome));
        Assert.Equal("Chuyên viên thẩm định Phòng Nội vụ thành phố", resolved[0].ResolvedByName);
        var lanNominee = await _app.WithDbAsync(db => db.Nominees.AsNoTracking().SingleAsync(n => n.Id == lan.NomineeId));
        Assert.Equal(NomineeVerdict.Rejected, lanNominee.Verdict);
        Assert.Contains("Phản ánh có cơ sở", lanNominee.VerdictReason);
        Assert.Equal(2, await _app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == nameof(NoticeObjection) && a.Action.StartsWith("Xác minh phản ánh"))));

        // Now the council result is accepted for the others, and refused for the withdrawn one.
        foreach (var n in nominees.Where(n => n != lan.NomineeId))
        {
            Lookups.AssertRedirect(await CouncilAsync(dossier, n));
        }

        Assert.Equal(3, await _app.WithDbAsync(db => db.Nominees.CountAsync(n => n.DossierId == dossier && n.CouncilVotesFor == 6)));
        Assert.Contains("không được đề nghị sau thẩm định", await BodyAsync(await CouncilAsync(dossier, lan.NomineeId)));
    }

    [Fact]
    public async Task AppraiserOfAnotherBody_Gets404_AndCannotPublishOrVerify()
    {
        await RequireNoticeForGiayKhenAsync();
        var (_, nominees) = await AppraisedAsync();
        var noticeId = await PublishAsync(nominees);
        var anon = Http.Anonymous(_app);
        var minh = await _app.WithDbAsync(db => db.NoticeEntries().Where(e => e.NoticeId == noticeId).OrderBy(e => e.Id).Select(e => e.Id).FirstAsync());
        Lookups.AssertRedirect(await ObjectAsync(anon, noticeId, new()
        {
            ["Input.EntryId"] = S(minh), ["Input.SenderName"] = "Nguyễn Văn Bình", ["Input.Contact"] = "binh@example.vn", ["Input.Content"] = "Phản ánh về thành tích chưa đúng.",
        }));
        var objection = await _app.WithDbAsync(db => db.Objections().AsNoTracking().SingleAsync());

        var other = await Http.SignedInAsync(_app, "thamdinh.snv");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/Notices/Details/{noticeId}")).StatusCode);
        var token = Http.AntiforgeryToken(await other.GetStringAsync("/Notices/Create"))!;
        var resolve = await other.PostAsync($"/Notices/Details/{noticeId}?handler=Resolve", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Input.ObjectionId"] = S(objection.Id), ["Input.Version"] = objection.Version.ToString(CultureInfo.InvariantCulture),
            ["Input.Outcome"] = "Unfounded", ["Input.Verification"] = "Không thuộc phạm vi",
        }));
        Assert.Equal(HttpStatusCode.NotFound, resolve.StatusCode);
        Assert.DoesNotContain("Nguyễn Văn Bình", WebUtility.HtmlDecode(await other.GetStringAsync("/Notices")));
        Assert.True(await _app.WithDbAsync(db => db.Objections().AnyAsync(o => o.Id == objection.Id && o.Outcome == ObjectionOutcome.Open)));

        // Publishing someone else's nominee: 404, nothing written.
        var notices = await _app.WithDbAsync(db => db.Notices().CountAsync());
        var extra = await _app.WithDbAsync(db => db.Nominees.Where(n => nominees.Contains(n.Id)).Select(n => n.Id).FirstAsync());
        var publish = await other.PostAsync("/Notices/Create", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Input.Title"] = "Thử", ["Input.StartDate"] = "20/11/2023", ["Input.NomineeIds"] = S(extra),
        }));
        Assert.Equal(HttpStatusCode.NotFound, publish.StatusCode);
        Assert.Equal(notices, await _app.WithDbAsync(db => db.Notices().CountAsync()));

        // A clerk has no notice pages at all.
        Assert.Equal(HttpStatusCode.NotFound, (await (await Http.SignedInAsync(_app, "canbo.tanphong")).GetAsync("/Notices/Create")).StatusCode);
    }

    [GeneratedRegex("name=\"Input.Started\" value=\"([^\"]+)\"")]
    private static partial Regex StartedPattern();
}
