using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tdkt.Testing;

namespace Tdkt.Web.Tests.Api;

/// <summary>Issue 11: the OpenAPI document lists the allowed values of each enum-typed body field and query parameter,
/// spelled snake_case without diacritics; the older spellings are still accepted.</summary>
public sealed class OpenApiEnumTests : IAsyncLifetime
{
    private TdktFactory _app = null!;
    private JsonElement _doc;

    public async Task InitializeAsync()
    {
        _app = await TestDatabases.NewFactoryAsync(nameof(OpenApiEnumTests));
        var response = await Http.Anonymous(_app).GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        _doc = await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>The enum of a property of a component schema (following a $ref where the property points to one).</summary>
    private List<string> PropertyEnum(string schema, string property)
    {
        var p = _doc.GetProperty("components").GetProperty("schemas").GetProperty(schema).GetProperty("properties").GetProperty(property);
        return [.. p.GetProperty("enum").EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!)];
    }

    private List<string> QueryEnum(string path, string parameter)
    {
        var p = _doc.GetProperty("paths").GetProperty(path).GetProperty("get").GetProperty("parameters").EnumerateArray()
            .Single(x => x.GetProperty("name").GetString() == parameter);
        return [.. p.GetProperty("schema").GetProperty("enum").EnumerateArray().Select(v => v.GetString()!)];
    }

    [Fact]
    public void DossierTransitionActions_ListedSnakeCase()
    {
        var actions = PropertyEnum("TransitionRequest", "action");

        Assert.Contains("extend_deadline", actions);
        Assert.Contains("accept_late", actions);
        Assert.Contains("complete_appraisal", actions);
        Assert.Contains("submit", actions);
        Assert.Equal(13, actions.Count);
        Assert.All(actions, a => Assert.Matches("^[a-z]+(_[a-z]+)*$", a));
    }

    [Fact]
    public void CouncilTransitions_InitiativeScopes_DisciplineLevels_DossierKinds_Listed()
    {
        Assert.Equal(["open_voting", "close_voting", "finalise"], PropertyEnum("SessionTransitionRequest", "action"));
        Assert.Equal(["co_so", "tinh", "toan_quoc"], PropertyEnum("InitiativeDto", "scope"));
        Assert.Equal(["khien_trach", "canh_cao", "ha_bac_luong", "giang_chuc", "cach_chuc", "buoc_thoi_viec"], PropertyEnum("DisciplineDto", "level"));
        var kinds = PropertyEnum("CreateDossierRequest", "kind");
        Assert.Contains("ad_hoc", kinds);
        Assert.Contains("thematic", kinds);
        Assert.Contains("grassroots", PropertyEnum("CreateDossierRequest", "level"));
        Assert.Contains("under_appraisal", QueryEnum("/api/v1/dossiers", "status"));
    }

    [Fact]
    public async Task OldAndNewSpellings_BothAccepted_UnknownRefusedListingTheValues()
    {
        var client = Http.Anonymous(_app);
        client.DefaultRequestHeaders.Authorization = new("Bearer", DemoTokens.For(_app, "thamdinh.snv"));

        foreach (var scope in new[] { "co_so", "coso", "toan_quoc", "toanquoc" })
        {
            var r = await client.PostAsJsonAsync("/api/v1/eligibility/evaluate", new
            {
                award = "CSTDCS", year = 2025, decisionDate = "2025-12-15",
                subject = new { kind = "individual", ratings = new[] { new { year = 2025, rating = "HTXSNV" } }, initiatives = new[] { new { year = 2025, scope } } },
            });
            Assert.True(r.StatusCode == HttpStatusCode.OK, scope + ": " + await r.Content.ReadAsStringAsync());
        }

        var dossiers = await client.GetAsync("/api/v1/dossiers?status=under_appraisal");
        Assert.Equal(HttpStatusCode.OK, dossiers.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/dossiers?status=UnderAppraisal")).StatusCode);
        var bad = await client.GetAsync("/api/v1/dossiers?status=dang_tham_dinh");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("under_appraisal", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
