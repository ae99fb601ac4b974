using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Conferences;
using Tdkt.Testing;

namespace Tdkt.Web.Tests.Conferences;

/// <summary>Conferences: scoped pages and API (404 outside), create with composition/budget/quota/assignments, RSVP, check-in, invitations, cascade.</summary>
public sealed class ConferenceTests : IAsyncLifetime
{
    private TdktFactory _app = null!;

    public async Task InitializeAsync() => _app = await TestDatabases.NewFactoryAsync(nameof(ConferenceTests));

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    private Task<int> EventIdAsync(string titleStart) =>
        _app.WithDbAsync(db => db.ConferenceEvents.Where(e => e.Title.StartsWith(titleStart)).Select(e => e.Id).SingleAsync());

    [Fact]
    public async Task DemoCityConference_DetailsShowSeed000Figures()
    {
        var id = await EventIdAsync("Hội nghị sơ kết Phong trào");
        var client = await Http.SignedInAsync(_app, "thamdinh.tplc");
        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/Events/Details/{id}"));
        Assert.Contains("Dự kiến trong tháng 12 (01/12/2023 – 31/12/2023)", html);
        Assert.Contains("Trung tâm Hội nghị - Văn hóa thành phố Lai Châu", html);
        Assert.Contains("15.000.000 đ", html);
        Assert.Contains("Quyết định số 178/QĐ-UBND", html);
        Assert.Contains("24/11/2023", html);
        Assert.Contains("data-testid=\"composition-sum\">135<", html);
        Assert.DoesNotContain("composition-mismatch", html);
        Assert.Contains("Hồ sơ đề nghị khen thưởng gửi theo chỉ tiêu hội nghị", html);
        Assert.Contains("Phòng Nội vụ thành phố Lai Châu", html); // assignments: plan tasks with lead units
        Assert.Contains("quota-household", html);
    }

    [Fact]
    public async Task OutOfScope_PagesAndApi_Are404()
    {
        var id = await EventIdAsync("Hội nghị sơ kết Phong trào");
        var phongTho = await Http.SignedInAsync(_app, "quantri.phongtho");
        foreach (var url in new[] { $"/Events/Details/{id}", $"/Events/Edit/{id}", $"/Events/Delegates/{id}", $"/Events/Cascade/{id}", $"/Events/Delegates/{id}?handler=Invitations" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await phongTho.GetAsync(url)).StatusCode);
        }

        Assert.DoesNotContain("Hội nghị sơ kết Phong trào", WebUtility.HtmlDecode(await phongTho.GetStringAsync("/Events")));

        // A ward sees the city's conference (it nominates to it) but not the delegate list nor the edit page.
        var ward = await Http.SignedInAsync(_app, "canbo.tanphong");
        Assert.Equal(HttpStatusCode.OK, (await ward.GetAsync($"/Events/Details/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ward.GetAsync($"/Events/Edit/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ward.GetAsync($"/Events/Delegates/{id}")).StatusCode);

        var api = _app.CreateClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", DemoTokens.For(_app, "thamdinh.ninhthuan"));
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/events/{id}")).StatusCode);
        Assert.DoesNotContain("sơ kết", await api.GetStringAsync("/api/v1/events"));

        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", DemoTokens.For(_app, "thamdinh.tplc"));
        using var doc = JsonDocument.Parse(await api.GetStringAsync($"/api/v1/events/{id}"));
        var root = doc.RootElement;
        Assert.Equal("midTermReview", root.GetProperty("kind").GetString());
        Assert.Equal(135, root.GetProperty("delegatesSum").GetInt32());
        Assert.Equal(15000000m, root.GetProperty("budgetAmount").GetDecimal());
        Assert.Equal("2023-11-24", root.GetProperty("dossierDeadline").GetString());
        Assert.Equal(7, root.GetProperty("quota")[2].GetProperty("allotted").GetInt32());
    }

    [Fact]
    public async Task Create_WithGroupsBudgetQuotaAndAssignments_ThenMismatchIsFlagged()
    {
        var client = await Http.SignedInAsync(_app, "thamdinh.tplc");
        var organiser = await Lookups.UnitIdAsync(_app, "LCH-TP");
        var fields = new Dictionary<string, string>
        {
            ["Input.Kind"] = "FinalReview", ["Input.Title"] = "Hội nghị tổng kết thử nghiệm", ["Input.OrganiserUnitId"] = $"{organiser}",
            ["Input.Year"] = "2024", ["Input.TimeText"] = "trong tháng 4/2024", ["Input.Venue"] = "Hội trường UBND thành phố",
            ["Input.DelegateGroups"] = "Đại biểu tỉnh | Lãnh đạo Sở | 10\nĐại biểu thành phố | Các phòng | 20", ["Input.ExpectedDelegates"] = "150",
            ["Input.BudgetAmount"] = "1.250.000", ["Input.QuotaCollectives"] = "2", ["Input.QuotaIndividuals"] = "3", ["Input.QuotaHouseholds"] = "1",
            ["Input.UnitQuotas"] = "LCH-TP-TANPHONG | 0 | 2 | 1",
            ["Input.Assignments"] = "Phòng Nội vụ thành phố | Chuẩn bị giấy mời | Trước ngày 01/04/2024",
        };
        var response = await Http.PostFormAsync(client, "/Events/Create", fields);
        Lookups.AssertRedirect(response, "/Events/Details/");
        var id = await EventIdAsync("Hội nghị tổng kết thử nghiệm");
        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/Events/Details/{id}"));
        Assert.Contains("1.250.000 đ", html);
        Assert.Contains("composition-mismatch", html);
        Assert.Contains("01/04/2024", html);
        Assert.Contains("Phường Tân Phong", html);
        var task = await _app.WithDbAsync(db => db.PlanTasks.Where(t => db.ConferenceEvents.Any(e => e.Id == id && e.PlanId == t.PlanId)).SingleAsync());
        Assert.Equal(await Lookups.UnitIdAsync(_app, "LCH-TP-PNV"), task.LeadUnitId);

        var over = new Dictionary<string, string>(fields) { ["Input.Title"] = "Quá chỉ tiêu", ["Input.UnitQuotas"] = "LCH-TP-TANPHONG | 0 | 4 | 1" };
        Assert.Contains("vượt chỉ tiêu", WebUtility.HtmlDecode(await (await Http.PostFormAsync(client, "/Events/Create", over)).Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Delegates_RsvpCheckIn_AndInvitationDocxNamesDelegateTimeVenue()
    {
        var id = await EventIdAsync("Hội nghị sơ kết Phong trào");
        var client = await Http.SignedInAsync(_app, "thamdinh.tplc");
        Lookups.AssertRedirect(await Http.PostFormAsync(client, $"/Events/Delegates/{id}?handler=Add",
            new() { ["Lines"] = "Lò Văn Thử | Chủ tịch UBND phường | Phường Đoàn Kết | Đại biểu xã, phường" }, $"/Events/Delegates/{id}"));
        var d = await _app.WithDbAsync(db => db.EventDelegates.AsNoTracking().SingleAsync(x => x.FullName == "Lò Văn Thử"));

        Lookups.AssertRedirect(await Http.PostFormAsync(client, $"/Events/Delegates/{id}?handler=Rsvp",
            new() { ["DelegateId"] = $"{d.Id}", ["Version"] = $"{d.Version}", ["Answer"] = "Declined" }, $"/Events/Delegates/{id}"));
        var stale = await Http.PostFormAsync(client, $"/Events/Delegates/{id}?handler=CheckIn",
            new() { ["DelegateId"] = $"{d.Id}", ["Version"] = $"{d.Version}" }, $"/Events/Delegates/{id}");
        Assert.Contains("người khác cập nhật", WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync()));
        var declined = await _app.WithDbAsync(db => db.EventDelegates.AsNoTracking().SingleAsync(x => x.Id == d.Id));
        Assert.Equal(Rsvp.Declined, declined.Rsvp);
        Lookups.AssertRedirect(await Http.PostFormAsync(client, $"/Events/Delegates/{id}?handler=CheckIn",
            new() { ["DelegateId"] = $"{d.Id}", ["Version"] = $"{declined.Version}" }, $"/Events/Delegates/{id}"));
        var checkedIn = await _app.WithDbAsync(db => db.EventDelegates.AsNoTracking().SingleAsync(x => x.Id == d.Id));
        Assert.NotNull(checkedIn.CheckedInAt);
        Assert.Equal(Rsvp.Accepted, checkedIn.Rsvp);
        Assert.True(await _app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "Điểm danh đại biểu" && a.EntityId == $"{d.Id}")));

        // Only "Dự kiến trong tháng 12": refused, the page says what to fill in (issue 12).
        var vague = await client.GetAsync($"/Events/Delegates/{id}?handler=Invitations&delegateId={d.Id}");
        Assert.Equal("text/html", vague.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Ngày tổ chức", WebUtility.HtmlDecode(await vague.Content.ReadAsStringAsync()));
        await _app.WithDbAsync(db => db.Database.ExecuteSqlInterpolatedAsync($"UPDATE conference_events SET \"ExactDate\" = {new DateOnly(2023, 12, 15)} WHERE \"Id\" = {id}"));

        var one = await client.GetAsync($"/Events/Delegates/{id}?handler=Invitations&delegateId={d.Id}");
        Assert.Equal(HttpStatusCode.OK, one.StatusCode);
        var text = DocxText(await one.Content.ReadAsByteArrayAsync());
        Assert.Contains("GIẤY MỜI", text);
        Assert.Contains("Lò Văn Thử", text);
        Assert.Contains("ngày 15/12/2023", text);
        Assert.Contains("Trung tâm Hội nghị - Văn hóa thành phố Lai Châu", text);
        Assert.Contains("ỦY BAN NHÂN DÂN", text);
        Assert.Contains("THÀNH PHỐ LAI CHÂU", text);
        Assert.DoesNotContain("UBND THÀNH PHỐ LAI CHÂU", text);
        Assert.Matches("Lai Châu, ngày +tháng +năm 2023", text); // the organiser dates it, never the download day

        var all = DocxText(await client.GetByteArrayAsync($"/Events/Delegates/{id}?handler=Invitations"));
        Assert.Contains("Đại diện lãnh đạo Ngân hàng Chính sách xã hội tỉnh", all);
        Assert.Contains("Lò Văn Thử", all);
    }

    [Fact]
    public async Task Cascade_StandingAgencySeesLateDocumentsAndPilots_ThenMarksSent()
    {
        var province = await EventIdAsync("Đại hội Thi đua yêu nước tỉnh Lai Châu");
        var snv = await Http.SignedInAsync(_app, "thamdinh.snv");
        var html = WebUtility.HtmlDecode(await snv.GetStringAsync($"/Events/Cascade/{province}"));
        Assert.Contains("data-testid=\"late\"", html);
        Assert.Contains("UBND huyện Than Uyên</a> — hạn 10/04/2025", html);
        Assert.Contains("Sở Y tế tỉnh Lai Châu", html);
        Assert.Contains("Đã tổ chức", html);
        Assert.Contains("Quá hạn, chưa tổ chức", html);

        var thanUyen = await EventIdAsync("Đại hội Thi đua yêu nước huyện Than Uyên");
        var version = await _app.WithDbAsync(db => db.ConferenceEvents.Where(e => e.Id == thanUyen).Select(e => e.Version).SingleAsync());
        byte[] pdf = [.. "%PDF-1.4\n1 0 obj\n"u8.ToArray(), .. new byte[64]];
        Lookups.AssertRedirect(await Http.PostMultipartAsync(snv, $"/Events/Details/{thanUyen}?handler=Documents", $"/Events/Details/{thanUyen}",
            new() { ["SentOn"] = "12/04/2025", ["DocumentsNumber"] = "12/KH-UBND", ["Version"] = $"{version}" }, "Upload", "ke-hoach.pdf", pdf, "application/pdf"));
        var after = WebUtility.HtmlDecode(await snv.GetStringAsync($"/Events/Cascade/{province}"));
        Assert.Contains("late-none", after);
        Assert.Contains("Đã gửi (muộn)", after);

        // A district picks its commune pilot; another district cannot pick it.
        var phongTho = await Http.SignedInAsync(_app, "quantri.phongtho");
        var commune = await Lookups.UnitIdAsync(_app, "LCH-PT-KHONGLAO");
        Lookups.AssertRedirect(await Http.PostFormAsync(phongTho, $"/Events/Cascade/{province}?handler=Pilot",
            new() { ["PilotUnitId"] = $"{commune}", ["DueDate"] = "28/02/2025" }, $"/Events/Cascade/{province}"));
        var other = await Lookups.UnitIdAsync(_app, "LCH-TU-MUONGKIM");
        Assert.Equal(HttpStatusCode.NotFound, (await Http.PostFormAsync(phongTho, $"/Events/Cascade/{province}?handler=Pilot",
            new() { ["PilotUnitId"] = $"{other}", ["DueDate"] = "28/02/2025" }, $"/Events/Cascade/{province}")).StatusCode);
    }

    private static string DocxText(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        using var doc = WordprocessingDocument.Open(stream, false);
        return string.Join("\n", doc.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
    }
}
