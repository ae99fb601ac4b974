using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tdkt.Domain.Conferences;
using Tdkt.Testing;

namespace Tdkt.Web.Tests.Conferences;

public sealed class DelegateRuleSetTests : IAsyncLifetime
{
    private TdktFactory _app = null!;

    public async Task InitializeAsync() => _app = await TestDatabases.NewFactoryAsync(nameof(DelegateRuleSetTests));

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task ProvinceAdmin_SavesDefaultRuleSet_ApiAndPlannerUseIt()
    {
        var lch = await _app.WithDbAsync(db => db.OrgUnits.SingleAsync(u => u.Code == "LCH"));
        var admin = await Http.SignedInAsync(_app, "admin");
        var rules = DelegateRuleText.Format(DelegateRuleSet.LaiChau2024.Rules)
            .Replace("department | 100 | 300 | representative | 70 | 200", "department | 100 | 300 | representative | 60 | 200", StringComparison.Ordinal);
        var saved = await Http.PostFormAsync(admin, "/Congress/RuleSets", new()
        {
            ["Input.OrgUnitId"] = lch.Id.ToString(CultureInfo.InvariantCulture),
            ["Input.Name"] = "Quy tắc tỉnh Lai Châu (sửa đổi)",
            ["Input.IsDefault"] = "true",
            ["Input.Rules"] = rules,
            ["Input.Version"] = "0",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var client = Http.Anonymous(_app);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", DemoTokens.For(_app, "thamdinh.snv"));
        var json = JsonDocument.Parse(await client.GetStringAsync("/api/v1/congress/delegates?tier=department&staff=250")).RootElement;
        Assert.Equal(150, json.GetProperty("delegates").GetInt32());

        var planner = await (await Http.SignedInAsync(_app, "thamdinh.snv")).GetStringAsync("/Congress/Delegates?tier=Department&staff=250");
        Assert.Contains("Quy tắc tỉnh Lai Châu (sửa đổi)", planner);
        Assert.True(await _app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "Sửa bộ quy tắc số đại biểu")));

        // Ninh Thuận keeps the built-in default.
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", DemoTokens.For(_app, "thamdinh.ninhthuan"));
        json = JsonDocument.Parse(await client.GetStringAsync("/api/v1/congress/delegates?tier=department&staff=250")).RootElement;
        Assert.Equal(175, json.GetProperty("delegates").GetInt32());
    }

    [Fact]
    public async Task BadRuleLine_ShowsLineAndColumn_AndSavesNothing()
    {
        var lch = await _app.WithDbAsync(db => db.OrgUnits.SingleAsync(u => u.Code == "LCH"));
        var admin = await Http.SignedInAsync(_app, "admin");
        var before = await _app.WithDbAsync(db => db.DelegateRuleSets.CountAsync());
        var response = await Http.PostFormAsync(admin, "/Congress/RuleSets", new()
        {
            ["Input.OrgUnitId"] = lch.Id.ToString(CultureInfo.InvariantCulture),
            ["Input.Name"] = "Sai",
            ["Input.Rules"] = "huyen | 1 | 100 | plenary | | | | x",
            ["Input.Version"] = "0",
        });
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Dòng 1, cột \"cấp\"", html);
        Assert.Equal(before, await _app.WithDbAsync(db => db.DelegateRuleSets.CountAsync()));
    }

    [Theory]
    [InlineData("quantri.phongtho")]
    [InlineData("thamdinh.snv")]
    public async Task NonProvinceAdmin_RuleSetsPage_Is404(string user)
    {
        var client = await Http.SignedInAsync(_app, user);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Congress/RuleSets")).StatusCode);
    }
}
