using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Organizations;
using Tdkt.Testing;

namespace Tdkt.Web.Tests.OrgUnits;

/// <summary>The org-unit admin pages through their real forms, on a fresh demo database per test.</summary>
public sealed class OrgUnitAdminTests : IAsyncLifetime
{
    private const string CsvHeader = "Mã đơn vị,Tên đơn vị,Loại đơn vị,Mã đơn vị cha,Ngày hiệu lực,Ngày hết hiệu lực";
    private TdktFactory _app = null!;

    public async Task InitializeAsync() => _app = await TestDatabases.NewFactoryAsync(nameof(OrgUnitAdminTests));

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Create_UnderSnvAsAdmin_SavesUnitWithPathAndAuditRow()
    {
        var client = await Http.SignedInAsync(_app, "admin");
        var snv = await UnitAsync("LCH-SNV");

        var response = await CreateAsync(client, "lch-snv-ptdkt", "Phòng Thi đua - Khen thưởng", OrgUnitKind.Department, snv.Id, "01/01/2010");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var unit = await UnitAsync("LCH-SNV-PTDKT");
        Assert.Equal($"/OrgUnits/Details/{unit.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal(snv.Id, unit.ParentId);
        Assert.Equal($"{snv.Path}{unit.Id}/", unit.Path);
        Assert.Equal(new DateOnly(2010, 1, 1), unit.ValidFrom);
        var audit = await _app.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .SingleAsync(a => a.EntityType == nameof(OrgUnit) && a.EntityId == Id(unit.Id)));
        Assert.Equal("Thêm", audit.Action);
        Assert.Equal(unit.Id, audit.OrgUnitId);
        Assert.Contains("Phòng Thi đua - Khen thưởng", audit.After);

        var details = await client.GetStringAsync(response.Headers.Location);
        Assert.Contains("Đã thêm đơn vị", details);
    }

    [Fact]
    public async Task Create_DuplicateCode_ShowsVietnameseErrorAndAddsNoRow()
    {
        var client = await Http.SignedInAsync(_app, "admin");
        var snv = await UnitAsync("LCH-SNV");
        var before = await CountUnitsAsync();

        var response = await CreateAsync(client, "lch-syt", "Sở Y tế (trùng mã)", OrgUnitKind.ProvincialAgency, snv.Id, "01/01/2010");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Mã \"LCH-SYT\" đã có trong hệ thống", html);
        Assert.Equal(before, await CountUnitsAsync());
    }

    [Fact]
    public async Task UniqueIndex_DuplicateCodeRace_IsRecognisedAndWritesNothing()
    {
        // What the Create handler's catch relies on: the index refuses a duplicate that slipped past the
        // pre-check, the error is recognised as a unique violation, and neither the unit nor its audit row lands.
        var auditBefore = await _app.WithDbAsync(db => db.AuditEntries.CountAsync());
        var unitsBefore = await CountUnitsAsync();

        var recognised = await _app.WithDbAsync(async db =>
        {
            var lch = await db.OrgUnits.SingleAsync(u => u.Code == "LCH");
            var twin = OrgUnit.Create("LCH-SYT", "Sở Y tế (bản trùng)", OrgUnitKind.ProvincialAgency, lch, new DateOnly(2004, 1, 1), null).Value!;
            db.OrgUnits.Add(twin);
            twin.PlaceInTree();
            var e = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
            return Pages.OrgUnits.OrgUnitAdmin.IsUniqueViolation(e);
        });

        Assert.True(recognised);
        Assert.Equal(unitsBefore, await CountUnitsAsync());
        Assert.Equal(auditBefore, await _app.WithDbAsync(db => db.AuditEntries.CountAsync()));
    }

    [Fact]
    public async Task Create_ValidToBeforeValidFrom_ShowsErrorAndSavesNothing()
    {
        var client = await Http.SignedInAsync(_app, "admin");
        var snv = await UnitAsync("LCH-SNV");
        var before = await CountUnitsAsync();

        var response = await CreateAsync(client, "LCH-SNV-X", "Phòng thử", OrgUnitKind.Department, snv.Id, "01/07/2025", "30/06/2025");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Ngày kết thúc (30/06/2025) không được trước ngày bắt đầu (01/07/2025)", html);
        Assert.Equal(before, await CountUnitsAsync());
    }

    [Fact]
    public async Task Create_BadDate_NamesFieldAndExpectedFormat()
    {
        var client = await Http.SignedInAsync(_app, "admin");
        var snv = await UnitAsync("LCH-SNV");

        var response = await CreateAsync(client, "LCH-SNV-Y", "Phòng thử", OrgUnitKind.Department, snv.Id, "2025/13/01");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Ngày bắt đầu hiệu lực \"2025/13/01\" không hợp lệ. Hãy nhập theo dạng dd/MM/yyyy", html);
        Assert.False(await ExistsAsync("LCH-SNV-Y"));
    }

    [Fact]
    public async Task Edit_ValidChange_RenamesUnit()
    {
        var client = await Http.SignedInAsync(_app, "admin");
        var syt = await UnitAsync("LCH-SYT");

        var response = await Http.PostFormAsync(client, $"/OrgUnits/Edit/{syt.Id}", EditFields(syt, name: "Sở Y tế tỉnh Lai Châu (mới)"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("Sở Y tế tỉnh Lai Châu (mới)", (await UnitAsync("LCH-SYT")).Name);
    }

    [Fact]
    public async Task Edit_StaleVersion_ShowsChangedByOthersAndKeepsNewerData()
    {
        var client = await Http.SignedInAsync(_app, "admin");
        var stale = await UnitAsync("LCH-SYT");
        await Http.PostFormAsync(client, $"/OrgUnits/Edit/{stale.Id}", EditFields(stale, name: "Tên do người thứ nhất sửa"));

        var response = await Http.PostFormAsync(client, $"/OrgUnits/Edit/{stale.Id}", EditFields(stale, name: "Tên do người thứ hai sửa"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Đơn vị đã được người khác sửa", await response.Content.ReadAsStringAsync());
        Assert.Equal("Tên do người thứ nhất sửa", (await UnitAsync("LCH-SYT")).Name);
    }

    [Fact]
    public async Task Move_DistrictUnderOwnCommune_IsRefusedAndPathsUnchanged()
    {
        var client = await Http.SignedInAsync(_app, "admin");
        var pt = await UnitAsync("LCH-PT");
        var commune = await UnitAsync("LCH-PT-MUONGSO");
        var pathsBefore = await SubtreePathsAsync(pt.Path);

        var response = await Http.PostFormAsync(client, $"/OrgUnits/Move/{pt.Id}",
            new() { ["Input.ParentId"] = Id(commune.Id), ["Input.Version"] = Version(pt) });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Không thể chuyển đơn vị vào chính nó hoặc vào một đơn vị cấp dưới của nó", await response.Content.ReadAsStringAsync());
        Assert.Equal(pathsBefore, await SubtreePathsAsync(pt.Path));
        Assert.Equal(pt.ParentId, (await UnitAsync("LCH-PT")).ParentId);
    }

    [Fact]
    public async Task Move_CommuneToOtherDistrict_RebasesWholeSubtree()
    {
        var client = await Http.SignedInAsync(_app, "admin");
        var commune = await UnitAsync("LCH-PT-MUONGSO");
        var tu = await UnitAsync("LCH-TU");
        await CreateAsync(client, "LCH-PT-MUONGSO-VP", "Văn phòng xã Mường So", OrgUnitKind.Department, commune.Id, "01/01/2010", "30/06/2025");
        var office = await UnitAsync("LCH-PT-MUONGSO-VP");
        await CreateAsync(client, "LCH-PT-MUONGSO-VP-TO", "Tổ một cửa", OrgUnitKind.Department, office.Id, "01/01/2015", "30/06/2025");
        var team = await UnitAsync("LCH-PT-MUONGSO-VP-TO");

        var response = await Http.PostFormAsync(client, $"/OrgUnits/Move/{commune.Id}",
            new() { ["Input.ParentId"] = Id(tu.Id), ["Input.Version"] = Version(commune) });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var movedCommune = await UnitAsync("LCH-PT-MUONGSO");
        Assert.Equal(tu.Id, movedCommune.ParentId);
        Assert.Equal($"{tu.Path}{commune.Id}/", movedCommune.Path);
        Assert.Equal($"{tu.Path}{commune.Id}/{office.Id}/", (await UnitAsync("LCH-PT-MUONGSO-VP")).Path);
        Assert.Equal($"{tu.Path}{commune.Id}/{office.Id}/{team.Id}/", (await UnitAsync("LCH-PT-MUONGSO-VP-TO")).Path);
        Assert.Equal(office.Id, (await UnitAsync("LCH-PT-MUONGSO-VP-TO")).ParentId);
        Assert.True(await _app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "Chuyển đơn vị" && a.EntityId == Id(commune.Id))));
        Assert.Empty(await SubtreePathsAsync(commune.Path));
    }

    [Fact]
    public async Task Close_UnitWithOpenChild_IsRefused()
    {
        var client = await Http.SignedInAsync(_app, "admin");
        var lch = await UnitAsync("LCH");
        await CreateAsync(client, "LCH-BQLDA", "Ban Quản lý dự án tỉnh", OrgUnitKind.ProvincialAgency, lch.Id, "01/01/2020");
        var parent = await UnitAsync("LCH-BQLDA");
        await CreateAsync(client, "LCH-BQLDA-PKT", "Phòng Kỹ thuật", OrgUnitKind.Department, parent.Id, "01/01/2021");
        Assert.True(await ExistsAsync("LCH-BQLDA-PKT"));

        var response = await Http.PostFormAsync(client, $"/OrgUnits/Close/{parent.Id}", new()
        {
            ["Input.ValidTo"] = "31/12/2025",
            ["Input.Reason"] = "Giải thể theo quyết định của UBND tỉnh",
            ["Input.Version"] = Version(parent),
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Đơn vị còn đơn vị trực thuộc đang hoạt động", await response.Content.ReadAsStringAsync());
        Assert.Null((await UnitAsync("LCH-BQLDA")).ValidTo);
    }

    [Fact]
    public async Task Close_WithSuccessor_ClosesUnitAndCreatesSuccessionRow()
    {
        var client = await Http.SignedInAsync(_app, "admin");
        var syt = await UnitAsync("LCH-SYT");
        var snv = await UnitAsync("LCH-SNV");

        var response = await Http.PostFormAsync(client, $"/OrgUnits/Close/{syt.Id}", new()
        {
            ["Input.ValidTo"] = "30/09/2025",
            ["Input.Reason"] = "Sáp nhập theo Nghị quyết của HĐND tỉnh",
            ["Input.SuccessorId"] = Id(snv.Id),
            ["Input.SuccessionKind"] = nameof(SuccessionKind.MergedInto),
            ["Input.EffectiveOn"] = "",
            ["Input.Note"] = "Nghị quyết số 01/NQ-HĐND",
            ["Input.Version"] = Version(syt),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(new DateOnly(2025, 9, 30), (await UnitAsync("LCH-SYT")).ValidTo);
        var succession = await _app.WithDbAsync(db => db.OrgUnitSuccessions.AsNoTracking().SingleAsync(s => s.PredecessorId == syt.Id));
        Assert.Equal(snv.Id, succession.SuccessorId);
        Assert.Equal(SuccessionKind.MergedInto, succession.Kind);
        Assert.Equal(new DateOnly(2025, 10, 1), succession.EffectiveOn);
        Assert.Equal("Nghị quyết số 01/NQ-HĐND", succession.Note);
        var audit = await _app.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .SingleAsync(a => a.EntityType == nameof(OrgUnit) && a.EntityId == Id(syt.Id) && a.Action == "Đóng đơn vị"));
        Assert.Contains("2025-09-30", audit.After);
        Assert.Equal("Sáp nhập theo Nghị quyết của HĐND tỉnh", audit.Reason);
    }

    [Fact]
    public async Task Close_WithoutReason_IsRefused()
    {
        var client = await Http.SignedInAsync(_app, "admin");
        var syt = await UnitAsync("LCH-SYT");

        var response = await Http.PostFormAsync(client, $"/OrgUnits/Close/{syt.Id}", new()
        {
            ["Input.ValidTo"] = "30/09/2025",
            ["Input.Reason"] = "  ",
            ["Input.Version"] = Version(syt),
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Lý do là bắt buộc", await response.Content.ReadAsStringAsync());
        Assert.Null((await UnitAsync("LCH-SYT")).ValidTo);
    }

    [Fact]
    public async Task DistrictAdmin_EditProvincialAgency_Returns404()
    {
        var client = await Http.SignedInAsync(_app, "quantri.phongtho");
        var snv = await UnitAsync("LCH-SNV");

        var response = await client.GetAsync($"/OrgUnits/Edit/{snv.Id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task DistrictAdmin_CreateUnderProvince_Returns404AndSavesNothing()
    {
        var client = await Http.SignedInAsync(_app, "quantri.phongtho");
        var lch = await UnitAsync("LCH");

        var response = await Http.PostFormAsync(client, "/OrgUnits/Create", new()
        {
            ["Input.Code"] = "LCH-TRAI-PHEP",
            ["Input.Name"] = "Đơn vị ngoài phạm vi",
            ["Input.Kind"] = nameof(OrgUnitKind.ProvincialAgency),
            ["Input.ParentId"] = Id(lch.Id),
            ["Input.ValidFrom"] = "01/01/2020",
        });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(await ExistsAsync("LCH-TRAI-PHEP"));
    }

    [Fact]
    public async Task DistrictAdmin_CreateWithoutParent_RequiresParent()
    {
        var client = await Http.SignedInAsync(_app, "quantri.phongtho");

        var response = await CreateAsync(client, "GOC-MOI", "Đơn vị gốc mới", OrgUnitKind.Province, null, "01/01/2020");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Hãy chọn đơn vị cha", await response.Content.ReadAsStringAsync());
        Assert.False(await ExistsAsync("GOC-MOI"));
    }

    [Theory]
    [InlineData("/OrgUnits/Create")]
    [InlineData("/OrgUnits/Import")]
    public async Task ClerkWithoutAdminGrant_AdminPage_Returns404(string url)
    {
        var client = await Http.SignedInAsync(_app, "canbo.tanphong");

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Import_ValidFileWithParentInFile_ImportsBothUnits()
    {
        var client = await Http.SignedInAsync(_app, "admin");
        var lch = await UnitAsync("LCH");
        var csv = string.Join("\r\n", CsvHeader,
            "LCH-SXD-TTKD,\"Trung tâm Giám định, Sở Xây dựng\",trung tâm,LCH-SXD,01/03/2010,",
            "LCH-SXD,Sở Xây dựng tỉnh Lai Châu,sở,LCH,01/01/2004,");

        var response = await ImportAsync(client, csv);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var agency = await UnitAsync("LCH-SXD");
        var centre = await UnitAsync("LCH-SXD-TTKD");
        Assert.Equal($"{lch.Path}{agency.Id}/", agency.Path);
        Assert.Equal($"{agency.Path}{centre.Id}/", centre.Path);
        Assert.Equal("Trung tâm Giám định, Sở Xây dựng", centre.Name);
        Assert.Equal(OrgUnitKind.PublicServiceUnit, centre.Kind);
        Assert.Equal(2, await _app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "Nhập từ tệp CSV")));
    }

    [Fact]
    public async Task Import_OneBadRowAmongValid_NamesLineAndColumnAndImportsNothing()
    {
        var client = await Http.SignedInAsync(_app, "admin");
        var before = await CountUnitsAsync();
        var csv = string.Join("\n", CsvHeader,
            "LCH-SXD,Sở Xây dựng tỉnh Lai Châu,sở,LCH,01/01/2004,",
            "LCH-SXD-TTKD,Trung tâm Giám định,trung tâm,LCH-SXD,31/02/2010,",
            "LCH-SXD-VP,Văn phòng Sở,phòng,LCH-SXD,01/01/2004,");

        var response = await ImportAsync(client, csv);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Dòng 3, cột \"Ngày hiệu lực\": Ngày \"31/02/2010\" không hợp lệ", html);
        Assert.Equal(before, await CountUnitsAsync());
        Assert.False(await ExistsAsync("LCH-SXD"));
    }

    [Fact]
    public async Task Import_NotUtf8_ShowsEncodingMessage()
    {
        var client = await Http.SignedInAsync(_app, "admin");
        var latin1 = Encoding.Latin1.GetBytes(CsvHeader.Replace("ã", "a", StringComparison.Ordinal) + "\nX,Caf\u00e9,xa,LCH,01/07/2025,");

        var response = await Http.PostMultipartAsync(client, "/OrgUnits/Import", "/OrgUnits/Import", [], "Upload", "don-vi.csv", latin1, "text/csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Tệp không phải mã UTF-8", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Import_FileOver2MB_IsRefusedWithVietnameseMessage()
    {
        var client = await Http.SignedInAsync(_app, "admin");
        var row = "\nLCH-X,Xã X,xã,LCH,01/07/2025,";
        var big = new StringBuilder(CsvHeader);
        while (big.Length <= 2 * 1024 * 1024)
        {
            big.Append(row);
        }

        var response = await ImportAsync(client, big.ToString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Tệp quá lớn", await response.Content.ReadAsStringAsync());
        Assert.False(await ExistsAsync("LCH-X"));
    }

    [Fact]
    public async Task CreatePage_ParentOptions_ListSubtreeUnderItsRoot()
    {
        var client = await Http.SignedInAsync(_app, "quantri.phongtho");
        var pt = await UnitAsync("LCH-PT");

        var html = await client.GetStringAsync($"/OrgUnits/Create?parentId={pt.Id}");

        Assert.Contains($"<option selected=\"selected\" value=\"{pt.Id}\">UBND huyện Phong Thổ (LCH-PT)", html);
        Assert.Contains("Xã Mường So (LCH-PT-MUONGSO)", html);
        Assert.DoesNotContain("LCH-SNV", html);
        Assert.DoesNotContain("đơn vị cấp cao nhất)", html);
    }

    [Fact]
    public async Task ImportTemplate_Downloaded_HasBomHeadersAndImportsCleanly()
    {
        var client = await Http.SignedInAsync(_app, "admin");

        var response = await client.GetAsync("/OrgUnits/Import?handler=Template");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith(string.Join(",", OrgUnitImport.Headers), text);
        Assert.Equal(3, text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);

        var imported = await Http.PostMultipartAsync(client, "/OrgUnits/Import", "/OrgUnits/Import", [], "Upload", "mau.csv", bytes, "text/csv");
        Assert.Equal(HttpStatusCode.Redirect, imported.StatusCode);
        Assert.True(await ExistsAsync("LCH-SXD-TTKD"));
    }

    private static Task<HttpResponseMessage> CreateAsync(HttpClient client, string code, string name, OrgUnitKind kind, int? parentId,
        string validFrom, string validTo = "") =>
        Http.PostFormAsync(client, "/OrgUnits/Create", new()
        {
            ["Input.Code"] = code,
            ["Input.Name"] = name,
            ["Input.Kind"] = kind.ToString(),
            ["Input.ParentId"] = parentId is { } p ? Id(p) : string.Empty,
            ["Input.ValidFrom"] = validFrom,
            ["Input.ValidTo"] = validTo,
        });

    private static Task<HttpResponseMessage> ImportAsync(HttpClient client, string csv) =>
        Http.PostMultipartAsync(client, "/OrgUnits/Import", "/OrgUnits/Import", [], "Upload", "don-vi.csv",
            Encoding.UTF8.GetBytes(csv), "text/csv");

    private static Dictionary<string, string> EditFields(OrgUnit unit, string name) => new()
    {
        ["Input.Code"] = unit.Code,
        ["Input.Name"] = name,
        ["Input.Kind"] = unit.Kind.ToString(),
        ["Input.ValidFrom"] = unit.ValidFrom.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        ["Input.ValidTo"] = unit.ValidTo?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? string.Empty,
        ["Input.Version"] = Version(unit),
    };

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static string Version(OrgUnit unit) => unit.Version.ToString(CultureInfo.InvariantCulture);

    private Task<OrgUnit> UnitAsync(string code) =>
        _app.WithDbAsync(db => db.OrgUnits.AsNoTracking().SingleAsync(u => u.Code == code));

    private Task<bool> ExistsAsync(string code) =>
        _app.WithDbAsync(db => db.OrgUnits.AnyAsync(u => u.Code == code));

    private Task<int> CountUnitsAsync() => _app.WithDbAsync(db => db.OrgUnits.CountAsync());

    private Task<List<string>> SubtreePathsAsync(string root) =>
        _app.WithDbAsync(db => db.OrgUnits.AsNoTracking().Where(u => u.Path.StartsWith(root)).OrderBy(u => u.Id).Select(u => u.Path).ToListAsync());
}
