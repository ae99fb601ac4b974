using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Tdkt.Testing;

namespace Tdkt.Web.Tests.Api;

public sealed class CongressApiTests : IAsyncLifetime
{
    private TdktFactory _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _app = await TestDatabases.NewFactoryAsync(nameof(CongressApiTests));
        _client = Http.Anonymous(_app);
        _client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", DemoTokens.For(_app, "thamdinh.snv"));
    }

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Department250_Gives175Of200()
    {
        var json = JsonDocument.Parse(await _client.GetStringAsync("/api/v1/congress/delegates?tier=department&staff=250")).RootElement;
        Assert.Equal(175, json.GetProperty("delegates").GetInt32());
        Assert.Equal(200, json.GetProperty("maxDelegates").GetInt32());
        Assert.Equal("representative", json.GetProperty("mode").GetString());
        Assert.False(json.GetProperty("needsDecision").GetBoolean());
        Assert.Contains("70%", json.GetProperty("rule").GetString());
    }

    [Fact]
    public async Task Commune300_NeedsDecisionWithNullDelegates()
    {
        var json = JsonDocument.Parse(await _client.GetStringAsync("/api/v1/congress/delegates?tier=commune&staff=300")).RootElement;
        Assert.True(json.GetProperty("needsDecision").GetBoolean());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("delegates").ValueKind);
    }

    [Fact]
    public async Task UnknownTier_Answers400NamingTier()
    {
        var response = await _client.GetAsync("/api/v1/congress/delegates?tier=huyen&staff=10");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("tier", await response.Content.ReadAsStringAsync());
    }
}
