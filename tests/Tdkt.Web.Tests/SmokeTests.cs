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

public sealed class NotFoundTests : IAsyncLifetime
{
    private TdktFactory _app = null!;

    public async Task InitializeAsync() => _app = await TestDatabases.NewFactoryAsync(nameof(NotFoundTests));

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task UnknownPage_SignedIn_AnswersVietnamese404()
    {
        var client = await Http.SignedInAsync(_app, "xem.tinh");
        var response = await client.GetAsync("/khong-co-trang-nay");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Không tìm thấy trang", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task UnknownApiPath_AnswersProblemJson404()
    {
        var client = await Http.SignedInAsync(_app, "xem.tinh");
        var response = await client.GetAsync("/api/v1/khong-co");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Anonymous_PageRequest_RedirectsToLogin()
    {
        var response = await Http.Anonymous(_app).GetAsync("/OrgUnits");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery);
    }
}
