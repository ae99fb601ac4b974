using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Tdkt.Testing;

namespace Tdkt.Web.Tests.Api;

public sealed class TimeframeApiTests : IAsyncLifetime
{
    private TdktFactory _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _app = await TestDatabases.NewFactoryAsync(nameof(TimeframeApiTests));
        _client = Http.Anonymous(_app);
        _client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", DemoTokens.For(_app, "canbo.tanphong"));
    }

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Parse_MonthList_ReturnsRange()
    {
        var response = await _client.PostAsJsonAsync("/api/v1/timeframes/parse", new { text = "Tháng 5, 6, 7", year = 2023 });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("range", json.GetProperty("kind").GetString());
        Assert.Equal("2023-05-01", json.GetProperty("start").GetString());
        Assert.Equal("2023-07-31", json.GetProperty("end").GetString());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("recurrence").ValueKind);
    }

    [Fact]
    public async Task Parse_YearlyDeadline_ReturnsRecurring()
    {
        var response = await _client.PostAsJsonAsync("/api/v1/timeframes/parse", new { text = "trước ngày 20 tháng 11 hằng năm", year = 2024 });
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("recurring", json.GetProperty("kind").GetString());
        Assert.Equal("yearly", json.GetProperty("recurrence").GetString());
        Assert.Equal("2024-11-20", json.GetProperty("end").GetString());
    }

    [Fact]
    public async Task Parse_Unreadable_ReturnsUnknownWithoutDates()
    {
        var response = await _client.PostAsJsonAsync("/api/v1/timeframes/parse", new { text = "Sau khi có hướng dẫn", year = 2024 });
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("unknown", json.GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("end").ValueKind);
    }

    [Fact]
    public async Task Parse_MissingYear_Answers400NamingTheField()
    {
        var response = await _client.PostAsJsonAsync("/api/v1/timeframes/parse", new { text = "Tháng 5" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("year", body);
        Assert.Contains("năm của kế hoạch", body);
    }

    [Fact]
    public async Task Parse_WithoutCredentials_Answers401()
    {
        var response = await Http.Anonymous(_app).PostAsJsonAsync("/api/v1/timeframes/parse", new { text = "Tháng 5", year = 2023 });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
