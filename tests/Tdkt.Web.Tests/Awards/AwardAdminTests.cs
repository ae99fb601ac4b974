using System.Net;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Awards;
using Tdkt.Testing;

namespace Tdkt.Web.Tests.Awards;

/// <summary>The catalogue, settings and base salary pages through their real forms.</summary>
public sealed class AwardAdminTests : IAsyncLifetime
{
    private TdktFactory _app = null!;

    public async Task InitializeAsync() => _app = await TestDatabases.NewFactoryAsync(nameof(AwardAdminTests));

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    private Task<Data.AwardCatalogueEntry> EntryAsync(string code, LegalBasis basis) =>
        _app.WithDbAsync(db => db.AwardCatalogue.AsNoTracking().SingleAsync(e => e.Code == code && e.Basis == basis));

    private static Dictionary<string, string> Form(Data.AwardCatalogueEntry e, string reason, string coefficient = "2") => new()
    {
        ["Input.Name"] = e.Name,
        ["Input.Annual"] = e.Annual ? "true" : "false",
        ["Input.DecidedBy"] = e.DecidedBy,
        ["Input.ProposedBy"] = e.ProposedBy,
        ["Input.BallotRequired"] = e.BallotRequired ? "true" : "false",
        ["Input.BallotThresholdPercent"] = "0",
        ["Input.DossierParts"] = e.DossierParts,
        ["Input.ProcessingWorkingDays"] = "15",
        ["Input.MoneyCoefficient"] = coefficient,
        ["Input.CollectiveDoubles"] = "true",
        ["Input.HouseholdOneAndHalf"] = "true",
        ["Input.ValidFrom"] = "01/07/2025",
        ["Input.ValidTo"] = "",
        ["Input.Reason"] = reason,
        ["Input.Version"] = e.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    [Fact]
    public async Task Catalogue_IsSeededFromTheDefaults_AndSearchIgnoresAccents()
    {
        var count = await _app.WithDbAsync(db => db.AwardCatalogue.CountAsync());
        Assert.Equal(DefaultCatalogue.All.Count, count);

        var client = await Http.SignedInAsync(_app, "xem.tinh");
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/Awards?q=bang%20khen"));
        Assert.Contains("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", html);
        Assert.DoesNotContain("Lao động tiên tiến", html);
        Assert.DoesNotContain("/Awards/Edit/", html);
    }

    [Fact]
    public async Task Edit_AsAdmin_SavesAndWritesAuditRowWithReason()
    {
        var client = await Http.SignedInAsync(_app, "admin");
        var bk = await EntryAsync(AwardCodes.BkTinh, LegalBasis.Nd152_2025);

        var response = await Http.PostFormAsync(client, $"/Awards/Edit/{bk.Id}", Form(bk, "Theo Quyết định 12/2026/QĐ-UBND của tỉnh"));

        Lookups.AssertRedirect(response, "/Awards");
        var saved = await EntryAsync(AwardCodes.BkTinh, LegalBasis.Nd152_2025);
        Assert.Equal(2m, saved.MoneyCoefficient);
        Assert.Equal(15, saved.ProcessingWorkingDays);
        var audit = await _app.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == "AwardCatalogueEntry" && a.EntityId == bk.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .OrderByDescending(a => a.Id).FirstAsync());
        Assert.Equal("Sửa danh mục khen thưởng", audit.Action);
        Assert.Equal("Theo Quyết định 12/2026/QĐ-UBND của tỉnh", audit.Reason);
        Assert.Contains("MoneyCoefficient", audit.After);
        Assert.Equal("admin", (await Lookups.UserAsync(_app, "admin")).UserName);
    }

    [Fact]
    public async Task Edit_WithoutReasonOrWithBadCoefficient_ShowsVietnameseErrorNamingTheField()
    {
        var client = await Http.SignedInAsync(_app, "admin");
        var bk = await EntryAsync(AwardCodes.BkTinh, LegalBasis.Nd152_2025);

        var noReason = WebUtility.HtmlDecode(await (await Http.PostFormAsync(client, $"/Awards/Edit/{bk.Id}", Form(bk, ""))).Content.ReadAsStringAsync());
        Assert.Contains("Hãy ghi lý do thay đổi", noReason);
        var bad = WebUtility.HtmlDecode(await (await Http.PostFormAsync(client, $"/Awards/Edit/{bk.Id}", Form(bk, "thử", "một rưỡi"))).Content.ReadAsStringAsync());
        Assert.Contains("Hệ số tiền thưởng \"một rưỡi\" không hợp lệ", bad);
        Assert.Equal(1.5m, (await EntryAsync(AwardCodes.BkTinh, LegalBasis.Nd152_2025)).MoneyCoefficient);
    }

    [Theory]
    [InlineData("thamdinh.snv")]
    [InlineData("quantri.phongtho")]
    [InlineData("xem.tinh")]
    public async Task Edit_ByNonProvinceAdmin_Is404(string user)
    {
        var client = await Http.SignedInAsync(_app, user);
        var bk = await EntryAsync(AwardCodes.BkTinh, LegalBasis.Nd152_2025);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Awards/Edit/{bk.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Awards/Settings")).StatusCode);
    }

    [Fact]
    public async Task Settings_SaveTtldttPercent_StoresRowAuditedAndUsedByTheEngine()
    {
        var client = await Http.SignedInAsync(_app, "admin");
        var lch = await Lookups.UnitIdAsync(_app, "LCH");
        var fields = new Dictionary<string, string>
        {
            ["Input.TtldttMinLdttPercent"] = "75", ["Input.ProvincialProcessingWorkingDays"] = "20", ["Input.RestartRunAfterAward"] = "true",
            ["Input.BkTtgYearsAfterBkTinhOnly"] = "false", ["Input.CstdTinhCycleYears"] = "3", ["Input.HtxsnvQuotaPercent"] = "20",
            ["Input.HtxsnvQuotaOutstandingPercent"] = "25", ["Input.CstdTq"] = "90", ["Input.CstdTinh"] = "90", ["Input.Cstdcs"] = "80",
            ["Input.CoTinh"] = "80", ["Input.CoCp"] = "80", ["Input.Reason"] = "Quy định thi đua tỉnh Lai Châu",
        };

        var response = await Http.PostFormAsync(client, $"/Awards/Settings?unit={lch}", fields);

        Lookups.AssertRedirect(response, "/Awards/Settings");
        var row = await _app.WithDbAsync(db => db.JurisdictionSettings.AsNoTracking().SingleAsync(s => s.OrgUnitId == lch));
        Assert.Equal(75m, row.TtldttMinLdttPercent);
        Assert.True(await _app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == "JurisdictionSetting" && a.Reason == "Quy định thi đua tỉnh Lai Châu")));

        // 14 of 20 members LĐTT = 70%: enough by default, not with 75%.
        var token = DemoTokens.For(_app, "thamdinh.snv");
        using var api = Http.Anonymous(_app);
        api.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        var body = """{"award":"TTLDTT","year":2025,"decisionDate":"2025-12-15","subject":{"kind":"collective","members":{"total":20,"completedTasks":20,"ldtt":14,"cstdcs":1,"disciplinedWarningOrAbove":0}}}""";
        var json = System.Text.Json.JsonDocument.Parse(await (await api.PostAsync("/api/v1/eligibility/evaluate",
            new StringContent(body, System.Text.Encoding.UTF8, "application/json"))).Content.ReadAsStringAsync()).RootElement;
        Assert.False(json.GetProperty("eligible").GetBoolean());
    }

    [Fact]
    public async Task BaseSalary_AdminAddsPeriod_AuditedAndShownAsMoney()
    {
        var client = await Http.SignedInAsync(_app, "admin");
        var response = await Http.PostFormAsync(client, "/Awards/BaseSalary", new()
        {
            ["Input.From"] = "01/07/2027", ["Input.Amount"] = "2.800.000", ["Input.Source"] = "Nghị định giả định", ["Input.Reason"] = "Thử",
        });
        Lookups.AssertRedirect(response, "/Awards/BaseSalary");
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/Awards/BaseSalary"));
        Assert.Contains("01/07/2027", html);
        Assert.Contains("2.800.000 đ", html);
        Assert.True(await _app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == "BaseSalaryRate" && a.Action == "Sửa mức lương cơ sở")));

        var viewer = await Http.SignedInAsync(_app, "xem.tinh");
        var denied = await Http.PostFormAsync(viewer, "/Awards/BaseSalary", new() { ["Input.From"] = "01/07/2028", ["Input.Amount"] = "1", ["Input.Source"] = "x", ["Input.Reason"] = "x" });
        Assert.Equal(HttpStatusCode.NotFound, denied.StatusCode);
    }
}
