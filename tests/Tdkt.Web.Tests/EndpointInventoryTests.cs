using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Tdkt.Testing;

namespace Tdkt.Web.Tests;

/// <summary>ASVS 8.2.1: every endpoint needs a signed-in user (fallback policy) unless it is on this short allowlist.</summary>
public sealed class EndpointInventoryTests : IAsyncLifetime
{
    private static readonly string[] AnonymousAllowed =
    [
        "Account/Login", "Account/LoginWith2fa", "Account/ExternalLogin", "Error", "health", "openapi/{documentName}.json", "dien-hinh/{slug}",
        "cong-khai", "cong-khai/{noticeId:int}",
        "xac-minh/{token}", // public certificate verification (ADR-0012)
    ];

    private TdktFactory _app = null!;

    public async Task InitializeAsync() => _app = await TestDatabases.NewFactoryAsync(nameof(EndpointInventoryTests));

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public void AnonymousEndpoints_AreOnlyTheAllowlist()
    {
        _ = _app.Server;
        var endpoints = _app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        Assert.True(endpoints.Count > 100, $"only {endpoints.Count} endpoints found");
        var anonymous = endpoints
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            .Select(e => e.RoutePattern.RawText?.TrimStart('/') ?? string.Empty)
            .Distinct()
            .ToList();
        Assert.All(anonymous, route => Assert.Contains(route, AnonymousAllowed));
        Assert.Contains("Account/Login", anonymous);
    }
}
