using System.Globalization;
using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Planning;
using Tdkt.Testing;

namespace Tdkt.Web.Tests.Planning;

/// <summary>Movements, plans, progress and reports through their real forms and the API, on a fresh demo database.</summary>
public sealed class MovementsTests : IAsyncLifetime
{
    private TdktFactory _app = null!;

    public async Task InitializeAsync() => _app = await TestDatabases.NewFactoryAsync(nameof(MovementsTests));

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    private static string S(int v) => v.ToString(CultureInfo.InvariantCulture);

    private Task<int> ProvinceMovementIdAsync() =>
        _app.WithDbAsync(db => db.Movements.Where(m => m.Name.StartsWith("Lai Châu chung tay")).Select(m => m.Id).SingleAsync());

    private Task<int> PlanIdAsync(string ownerCode) =>
        _app.WithDbAsync(db => (from p in db.Plans join u in db.OrgUnits on p.OwnerUnitId equals u.Id where u.Code == ownerCode select p.Id).FirstAsync());

    private Task<PlanTask> TaskLedByAsync(string code) =>
        _app.WithDbAsync(db => (from t in db.PlanTasks join u in db.OrgUnits on t.LeadUnitId equals u.Id where u.Code == code select t).AsNoTracking().FirstAsync());

    [Fact]
    public async Task CreateMovement_ThenCityCreatesLinkedPlan_ShowsInChainAndResponses()
    {
        var admin = await Http.SignedInAsync(_app, "admin");
        var lch = await Lookups.UnitIdAsync(_app, "LCH");
        var parent = await ProvinceMovementIdAsync();
        var response = await Http.PostFormAsync(admin, "/Movements/Create", new()
        {
            ["Input.Name"] = "Thi đua chuyển đổi số năm 2024",
            ["Input.LaunchingUnitId"] = S(lch),
            ["Input.Level"] = "Province",
            ["Input.Form"] = "Campaign",
            ["Input.From"] = "2024",
            ["Input.To"] = "2024",
            ["Input.ContentItems"] = "Số hóa hồ sơ\nDịch vụ công trực tuyến",
            ["Input.AwardQuotas"] = "BK_TINH | 5 | Tập thể",
            ["Input.Milestones"] = "Tổng kết | 15/12/2024",
            ["Input.ParentMovementId"] = S(parent),
        });
        Lookups.AssertRedirect(response, "/Movements/Details/");
        var movement = await _app.WithDbAsync(db => db.Movements.AsNoTracking().SingleAsync(m => m.Name == "Thi đua chuyển đổi số năm 2024"));
        Assert.Equal(new DateOnly(2024, 12, 31), movement.To);
        Assert.Equal(5, movement.AwardQuotas.Single().Quota);
        Assert.True(await _app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == nameof(Movement) && a.Action == "Phát động phong trào thi đua")));

        var city = await Http.SignedInAsync(_app, "thamdinh.tplc");
        var tp = await Lookups.UnitIdAsync(_app, "LCH-TP");
        var plan = await Http.PostFormAsync(city, "/Plans/Create", new()
        {
            ["Input.Title"] = "Kế hoạch thực hiện thi đua chuyển đổi số",
            ["Input.OwnerUnitId"] = S(tp),
            ["Input.Year"] = "2024",
            ["Input.MovementId"] = S(movement.Id),
            ["Input.Sections[0]"] = "Mục đích của kế hoạch",
        }, "/Plans/Create?movementId=" + S(movement.Id));
        Lookups.AssertRedirect(plan, "/Plans/Details/");
        var details = WebUtility.HtmlDecode(await city.GetStringAsync(plan.Headers.Location));
        Assert.Contains("Thi đua chuyển đổi số năm 2024", details);

        var page = WebUtility.HtmlDecode(await admin.GetStringAsync($"/Movements/Details/{movement.Id}"));
        Assert.Contains("Kế hoạch thực hiện thi đua chuyển đổi số", page);
        Assert.Contains("Lai Châu chung tay vì người nghèo", page); // chain up
        Assert.Contains("Đã hưởng ứng: 1/", page);
    }

    [Fact]
    public async Task OutOfScopeIds_Answer404_OnPagesAndApi()
    {
        var movement = await ProvinceMovementIdAsync();
        var ptPlan = await PlanIdAsync("LCH-PT");
        var ninhThuan = await Http.SignedInAsync(_app, "thamdinh.ninhthuan");
        Assert.Equal(HttpStatusCode.NotFound, (await ninhThuan.GetAsync($"/Movements/Details/{movement}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ninhThuan.GetAsync($"/api/v1/movements/{movement}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ninhThuan.GetAsync("/api/v1/movements")).StatusCode);

        var ward = await Http.SignedInAsync(_app, "canbo.tanphong");
        Assert.Equal(HttpStatusCode.NotFound, (await ward.GetAsync($"/Plans/Details/{ptPlan}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ward.GetAsync($"/api/v1/plans/{ptPlan}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ward.GetAsync($"/Plans/Board/{ptPlan}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ward.GetAsync($"/api/v1/movements/{movement}")).StatusCode); // addressed to everyone below
        var cityPlan = await PlanIdAsync("LCH-TP");
        Assert.Equal(HttpStatusCode.OK, (await ward.GetAsync($"/api/v1/plans/{cityPlan}")).StatusCode); // leads a task in it
    }

    [Fact]
    public async Task WardClerk_ReportsOwnTask_ButNotAnotherWardsTask()
    {
        var own = await TaskLedByAsync("LCH-TP-TANPHONG");
        var other = await TaskLedByAsync("LCH-TP-DOANKET");
        var ward = await Http.SignedInAsync(_app, "canbo.tanphong");

        Assert.Equal(HttpStatusCode.NotFound, (await ward.GetAsync($"/Plans/Progress/{other.Id}")).StatusCode);
        var token = Http.AntiforgeryToken(await ward.GetStringAsync($"/Plans/Progress/{own.Id}"))!;
        var forbidden = await ward.PostAsync($"/Plans/Progress/{other.Id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Input.Status"] = "Done", ["Input.Percent"] = "100", ["Input.Version"] = S((int)other.Version),
        }));
        Assert.Equal(HttpStatusCode.NotFound, forbidden.StatusCode);

        var ok = await Http.PostFormAsync(ward, $"/Plans/Progress/{own.Id}", new()
        {
            ["Input.Status"] = "Done", ["Input.Percent"] = "90", ["Input.Note"] = "Đã gửi hồ sơ", ["Input.Version"] = own.Version.ToString(CultureInfo.InvariantCulture),
        });
        Lookups.AssertRedirect(ok, "/Plans/Details/");
        var after = await _app.WithDbAsync(db => db.PlanTasks.AsNoTracking().SingleAsync(t => t.Id == own.Id));
        Assert.Equal(TaskProgressStatus.Done, after.Status);
        Assert.Equal(100, after.Percent);
        Assert.Equal(1, await _app.WithDbAsync(db => db.TaskProgressReports.CountAsync(r => r.TaskId == own.Id)));
        var untouched = await _app.WithDbAsync(db => db.PlanTasks.AsNoTracking().SingleAsync(t => t.Id == other.Id));
        Assert.Equal(TaskProgressStatus.NotStarted, untouched.Status);
    }

    [Fact]
    public async Task AddTask_UnmatchedLeadUnit_IsFlaggedWithSuggestion_ThenPicked()
    {
        var cityPlan = await PlanIdAsync("LCH-TP");
        var city = await Http.SignedInAsync(_app, "thamdinh.tplc");

        var matched = await Http.PostFormAsync(city, $"/Plans/AddTask/{cityPlan}", new()
        {
            ["Input.Content"] = "Tổng hợp danh sách khen thưởng", ["Input.LeadUnitText"] = "phong noi vu thanh pho", ["Input.TimeframeText"] = "Tháng 12",
        });
        Lookups.AssertRedirect(matched);
        var pnv = await Lookups.UnitIdAsync(_app, "LCH-TP-PNV");
        Assert.Equal(pnv, await _app.WithDbAsync(db => db.PlanTasks.Where(t => t.Content == "Tổng hợp danh sách khen thưởng").Select(t => t.LeadUnitId).SingleAsync()));

        var response = await Http.PostFormAsync(city, $"/Plans/AddTask/{cityPlan}", new()
        {
            ["Input.Content"] = "Chuẩn bị hội trường", ["Input.LeadUnitText"] = "Phong Noi vu TP Lai Chau", ["Input.TimeframeText"] = "Trước ngày 24/11/2023",
        });
        Lookups.AssertRedirect(response);
        var task = await _app.WithDbAsync(db => db.PlanTasks.AsNoTracking().SingleAsync(t => t.Content == "Chuẩn bị hội trường"));
        Assert.Null(task.LeadUnitId);
        Assert.Equal("Phong Noi vu TP Lai Chau", task.LeadUnitText);
        Assert.Equal(new DateOnly(2023, 11, 24), task.End);

        var plan = WebUtility.HtmlDecode(await city.GetStringAsync($"/Plans/Details/{cityPlan}"));
        Assert.Contains("Chưa xác định đơn vị", plan);
        var edit = WebUtility.HtmlDecode(await city.GetStringAsync($"/Plans/EditTask/{task.Id}"));
        Assert.Contains("data-testid=\"suggestions\"", edit);
        Assert.Contains($"value=\"{pnv}\"", edit);

        var picked = await Http.PostFormAsync(city, $"/Plans/EditTask/{task.Id}", new()
        {
            ["Input.LeadUnitId"] = S(pnv), ["Input.Kind"] = "Deadline", ["Input.End"] = "24/11/2023", ["Input.Version"] = task.Version.ToString(CultureInfo.InvariantCulture),
        });
        Lookups.AssertRedirect(picked);
        var after = await _app.WithDbAsync(db => db.PlanTasks.AsNoTracking().SingleAsync(t => t.Id == task.Id));
        Assert.Equal(pnv, after.LeadUnitId);
        Assert.Equal("Phong Noi vu TP Lai Chau", after.LeadUnitText);
    }

    [Fact]
    public async Task SeededPlans_HaveTasksFlagsAndOverdue()
    {
        var pt = await PlanIdAsync("LCH-PT");
        Assert.Equal(11, await _app.WithDbAsync(db => db.PlanTasks.CountAsync(t => t.PlanId == pt && t.LeadUnitId != null)));
        var admin = await Http.SignedInAsync(_app, "admin");
        var board = WebUtility.HtmlDecode(await admin.GetStringAsync($"/Plans/Board/{pt}"));
        Assert.Contains("Quá hạn: 11 nhiệm vụ", board);
        var city = WebUtility.HtmlDecode(await admin.GetStringAsync($"/Plans/Details/{await PlanIdAsync("LCH-TP")}"));
        Assert.Contains("Văn phòng HĐND - UBND thành phố", city);
        Assert.Contains("Chưa xác định đơn vị", city);
    }

    private async Task<int> RequestIdAsync() =>
        await _app.WithDbAsync(db => db.ReportRequests.Select(r => r.Id).SingleAsync());

    private async Task<HttpResponseMessage> SubmitAsync(HttpClient client, int request, string unitCode, string f1, string f2)
    {
        var unit = await Lookups.UnitIdAsync(_app, unitCode);
        var url = $"/Reports/Fill/{request}?donVi={unit}&nam=2024&handler=Submit";
        return await Http.PostFormAsync(client, url, new() { ["Values[f1]"] = f1, ["Values[f2]"] = f2, ["Values[f4]"] = "Tổ vay vốn" },
            $"/Reports/Fill/{request}?donVi={unit}&nam=2024");
    }

    [Fact]
    public async Task DoubleSubmit_ResultsInExactlyOneSubmission()
    {
        var request = await RequestIdAsync();
        var ward = await Http.SignedInAsync(_app, "canbo.tanphong");
        Lookups.AssertRedirect(await SubmitAsync(ward, request, "LCH-TP-TANPHONG", "12", "150"));
        var second = await SubmitAsync(ward, request, "LCH-TP-TANPHONG", "99", "1");
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("mỗi kỳ chỉ nộp một lần", WebUtility.HtmlDecode(await second.Content.ReadAsStringAsync()));
        var rows = await _app.WithDbAsync(db => db.ReportSubmissions.AsNoTracking().Where(s => s.RequestId == request).ToListAsync());
        var only = Assert.Single(rows);
        Assert.Equal(SubmissionStatus.Submitted, only.Status);
        Assert.Equal("12", only.Values["f1"]);
    }

    [Fact]
    public async Task ExcelExport_AggregatesTwoUnits_NumbersAsNumbers()
    {
        var request = await RequestIdAsync();
        Lookups.AssertRedirect(await SubmitAsync(await Http.SignedInAsync(_app, "canbo.tanphong"), request, "LCH-TP-TANPHONG", "12", "150,5"));
        Lookups.AssertRedirect(await SubmitAsync(await Http.SignedInAsync(_app, "canbo.doanket"), request, "LCH-TP-DOANKET", "8", "49,5"));

        var requester = await Http.SignedInAsync(_app, "thamdinh.snv");
        var page = WebUtility.HtmlDecode(await requester.GetStringAsync($"/Reports/Details/{request}?nam=2024"));
        Assert.Contains("Đã nộp: 2/4 · Trễ hạn: 2", page);
        Assert.Equal(HttpStatusCode.NotFound, (await (await Http.SignedInAsync(_app, "canbo.tanphong")).GetAsync($"/Reports/Export/{request}?nam=2024")).StatusCode);

        var response = await requester.GetAsync($"/Reports/Export/{request}?nam=2024");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var xlsx = await response.Content.ReadAsByteArrayAsync();
        Documents.DocxChecks.AssertValidXlsx(xlsx);
        using var stream = new MemoryStream(xlsx);
        using var doc = SpreadsheetDocument.Open(stream, false);
        var sheet = doc.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single();
        Assert.Equal("Tổng hợp", sheet.Name!.Value);
        var ws = (WorksheetPart)doc.WorkbookPart.GetPartById(sheet.Id!.Value!);
        var cells = ws.Worksheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!);
        string Text(string r) => cells[r].InlineString?.InnerText ?? cells[r].CellValue?.Text ?? string.Empty;
        Assert.Equal("Đơn vị", Text("A4")); // title, subtitle and a blank row above the header (issue 12: a finished document)
        Assert.Equal("Số hộ thoát nghèo trong năm", Text("D4"));
        Assert.Equal(DocumentFormat.OpenXml.Spreadsheet.PaneStateValues.Frozen, ws.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Pane>().Single().State!.Value);
        Assert.Equal(DocumentFormat.OpenXml.Spreadsheet.OrientationValues.Landscape, ws.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.PageSetup>().Single().Orientation!.Value);
        var rows = Enumerable.Range(5, 4).Select(i => S(i)).ToList();
        var tanPhong = rows.Single(r => Text("A" + r) == "Phường Tân Phong");
        Assert.Equal(DocumentFormat.OpenXml.Spreadsheet.CellValues.Number, cells["D" + tanPhong].DataType!.Value);
        Assert.Equal("12", cells["D" + tanPhong].CellValue!.Text);
        Assert.Equal("150.5", cells["E" + tanPhong].CellValue!.Text);
        Assert.Equal("Tổng cộng", Text("A9"));
        Assert.Equal("20", cells["D9"].CellValue!.Text);
        Assert.Equal(200m, decimal.Parse(cells["E9"].CellValue!.Text, CultureInfo.InvariantCulture)); // 150,5 + 49,5
        Assert.StartsWith("SUM(", cells["D9"].CellFormula!.Text, StringComparison.Ordinal);
        Assert.Null(cells["C" + tanPhong].InlineString); // the submission day is a real date, not text
    }

    [Fact]
    public async Task Registration_SubmitThenUpperLevelReturnsWithReason_History()
    {
        var ward = await Http.SignedInAsync(_app, "canbo.tanphong");
        var unit = await Lookups.UnitIdAsync(_app, "LCH-TP-TANPHONG");
        var created = await Http.PostFormAsync(ward, "/Registrations/Create", new()
        {
            ["Input.OrgUnitId"] = S(unit), ["Input.Year"] = "2024", ["Input.Entries"] = "Tập thể | Phường Tân Phong | TT_LDXS",
        });
        Lookups.AssertRedirect(created, "/Registrations/Details/");
        var id = int.Parse(created.Headers.Location!.ToString().Split('/')[^1], CultureInfo.InvariantCulture);
        var reg = await _app.WithDbAsync(db => db.Registrations.AsNoTracking().SingleAsync(r => r.Id == id));
        Lookups.AssertRedirect(await Http.PostFormAsync(ward, $"/Registrations/Details/{id}?handler=Submit", new()
        {
            ["Input.Entries"] = "Tập thể | Phường Tân Phong | TT_LDXS", ["Input.Version"] = reg.Version.ToString(CultureInfo.InvariantCulture),
        }, $"/Registrations/Details/{id}"));

        // A clerk cannot approve its own unit's registration.
        reg = await _app.WithDbAsync(db => db.Registrations.AsNoTracking().SingleAsync(r => r.Id == id));
        var self = await Http.PostFormAsync(ward, $"/Registrations/Details/{id}?handler=Approve", new() { ["Input.Version"] = reg.Version.ToString(CultureInfo.InvariantCulture) },
            $"/Registrations/Details/{id}");
        Assert.Equal(HttpStatusCode.NotFound, self.StatusCode);

        var city = await Http.SignedInAsync(_app, "thamdinh.tplc");
        Lookups.AssertRedirect(await Http.PostFormAsync(city, $"/Registrations/Details/{id}?handler=Return", new()
        {
            ["Input.Reason"] = "Bổ sung chỉ tiêu cá nhân", ["Input.Version"] = reg.Version.ToString(CultureInfo.InvariantCulture),
        }, $"/Registrations/Details/{id}"));
        var history = await _app.WithDbAsync(db => db.RegistrationStatusChanges.AsNoTracking().Where(c => c.RegistrationId == id).OrderBy(c => c.Id).ToListAsync());
        Assert.Equal([RegistrationStatus.Submitted, RegistrationStatus.Returned], history.Select(h => h.To));
        Assert.Equal("Bổ sung chỉ tiêu cá nhân", history[^1].Reason);
    }
}
