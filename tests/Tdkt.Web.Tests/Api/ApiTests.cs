using System.Net;
using Tdkt.Testing;

namespace Tdkt.Web.Tests.Api;

public sealed class ApiTests : IAsyncLifetime
{
    private TdktFactory _app = null!;

    public async Task InitializeAsync() => _app = await TestDatabases.NewFactoryAsync(nameof(ApiTests));

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    private HttpClient Bearer(string token)
    {
        var client = Http.Anonymous(_app);
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return client;
    }

    [Fact]
    public async Task Me_WithoutCredentials_Answers401ProblemJson()
    {
        var response = await Http.Anonymous(_app).GetAsync("/api/v1/me");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"status\":401", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Me_WithGarbageBearerToken_Answers401()
    {
        var response = await Bearer("tdkt_khong-phai-ma-that").GetAsync("/api/v1/me");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task OrgUnit_OtherWardWithClerkToken_Answers404ProblemJson()
    {
        var other = await Lookups.UnitIdAsync(_app, "LCH-TP-DOANKET");

        var response = await Bearer(DemoTokens.For(_app, "canbo.tanphong")).GetAsync($"/api/v1/org-units/{other}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task OrgUnit_OwnWardWithClerkToken_Answers200()
    {
        var own = await Lookups.UnitIdAsync(_app, "LCH-TP-TANPHONG");

        var response = await Bearer(DemoTokens.For(_app, "canbo.tanphong")).GetAsync($"/api/v1/org-units/{own}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("LCH-TP-TANPHONG", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task OpenApiDocument_Anonymous_ListsMe()
    {
        var response = await Http.Anonymous(_app).GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"/api/v1/me\"", await response.Content.ReadAsStringAsync());
    }
}
