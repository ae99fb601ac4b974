using System.Net;
using Tdkt.Testing;

namespace Tdkt.Web.Tests;

public sealed class SmokeTests : IAsyncLifetime
{
    private TdktFactory _app = null!;

    public async Task InitializeAsync() => _app = await TestDatabases.NewFactoryAsync(nameof(SmokeTests));

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Health_WithDatabaseUp_ReportsHealthy()
    {
        var response = await Http.Anonymous(_app).GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"database\":\"Healthy\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Login_DemoClerk_SeesHomeWithWard()
    {
        var client = await Http.SignedInAsync(_app, "canbo.tanphong");
        var html = await client.GetStringAsync("/");
        Assert.Contains("Phường Tân Phong", html);
        Assert.Contains("Cán bộ TĐKT đơn vị", html);
    }
}
