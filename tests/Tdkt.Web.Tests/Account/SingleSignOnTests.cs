using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using Tdkt.Testing;
using Tdkt.Web.Pages.Account;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Tdkt.Web.Tests.Account;

/// <summary>
/// OpenID Connect sign-in (issue 15 item 7, ADR-0034) against a minimal provider started in the test: OpenIddict's
/// server in its own test host (authorization code + PKCE, signed id_tokens). A known user name signs in and links the
/// subject; an unknown one gets the Vietnamese message and no user is created; a tampered answer is refused.
/// </summary>
public sealed class SingleSignOnTests : IAsyncLifetime
{
    private const string Issuer = "http://sso.test/";
    private IHost _provider = null!;
    private TdktFactory _app = null!;

    /// <summary>Who the provider says signed in (its login screen is out of scope).</summary>
    private (string Subject, string UserName) _who = ("sub-1", "canbo.tanphong");

    public async Task InitializeAsync()
    {
        _provider = await new HostBuilder().ConfigureWebHost(web => web.UseTestServer().ConfigureServices(s =>
        {
            s.AddRouting();
            s.AddAuthentication();
            s.AddOpenIddict().AddServer(o =>
            {
                o.SetIssuer(new Uri(Issuer));
                o.SetAuthorizationEndpointUris("connect/authorize").SetTokenEndpointUris("connect/token");
                o.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
                o.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
                o.DisableAccessTokenEncryption();
                o.RegisterScopes(Scopes.OpenId, Scopes.Profile);
                o.EnableDegradedMode(); // no client store: this provider trusts the one client of the test
                o.AddEventHandler<OpenIddict.Server.OpenIddictServerEvents.ValidateAuthorizationRequestContext>(h => h.UseInlineHandler(ctx =>
                {
                    if (ctx.ClientId != "tdkt")
                    {
                        ctx.Reject(Errors.InvalidClient);
                    }

                    return default;
                }));
                o.AddEventHandler<OpenIddict.Server.OpenIddictServerEvents.ValidateTokenRequestContext>(h => h.UseInlineHandler(ctx =>
                {
                    if (ctx.ClientId != "tdkt" || ctx.Request.ClientSecret != "bi-mat")
                    {
                        ctx.Reject(Errors.InvalidClient);
                    }

                    return default;
                }));
                o.UseAspNetCore().EnableAuthorizationEndpointPassthrough().EnableTokenEndpointPassthrough().DisableTransportSecurityRequirement();
            });
        }).Configure(app =>
        {
            app.UseRouting();
            app.UseAuthentication();
            app.UseEndpoints(e =>
            {
                e.MapGet("/connect/authorize", async ctx =>
                {
                    var request = ctx.GetOpenIddictServerRequest()!;
                    var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
                    identity.SetClaim(Claims.Subject, _who.Subject).SetClaim(Claims.PreferredUsername, _who.UserName);
                    identity.SetDestinations(_ => [Destinations.IdentityToken]);
                    var principal = new ClaimsPrincipal(identity);
                    principal.SetScopes(request.GetScopes());
                    await ctx.SignInAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, principal);
                });
                e.MapPost("/connect/token", async ctx =>
                {
                    var code = await ctx.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
                    var principal = code.Principal!;
                    foreach (var identity in principal.Identities)
                    {
                        identity.SetDestinations(_ => [Destinations.IdentityToken]);
                    }

                    await ctx.SignInAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, principal);
                });
            });
        })).StartAsync();

        _app = await TestDatabases.NewFactoryAsync(nameof(SingleSignOnTests), new Dictionary<string, string?>
        {
            ["Tdkt:Oidc:Authority"] = Issuer,
            ["Tdkt:Oidc:ClientId"] = "tdkt",
            ["Tdkt:Oidc:ClientSecret"] = "bi-mat",
            ["Tdkt:Oidc:RequireHttpsMetadata"] = "false",
        });
        var backchannel = _provider.GetTestServer().CreateHandler();
        _app.TestServices = s => s.Configure<OpenIdConnectOptions>("oidc", o => o.BackchannelHttpHandler = backchannel);
    }

    public async Task DisposeAsync()
    {
        _app.Dispose();
        await _provider.StopAsync();
        _provider.Dispose();
    }

    /// <summary>The browser's round trip: app → provider → app's /signin-oidc → the callback. Returns the last response.</summary>
    private async Task<(HttpClient Client, HttpResponseMessage Last)> SignInThroughProviderAsync(Func<Uri, Uri>? tamper = null)
    {
        var client = Http.Anonymous(_app);
        var start = await client.GetAsync("/Account/ExternalLogin?ReturnUrl=%2FAccount%2FProfile");
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        Assert.StartsWith(Issuer + "connect/authorize", start.Headers.Location!.ToString(), StringComparison.Ordinal);

        var browserAtProvider = _provider.GetTestClient();
        var authorized = await browserAtProvider.GetAsync(start.Headers.Location);
        Assert.Equal(HttpStatusCode.Redirect, authorized.StatusCode);
        var back = authorized.Headers.Location!;
        Assert.Contains("/signin-oidc?", back.ToString(), StringComparison.Ordinal);

        var response = await client.GetAsync(tamper is null ? back : tamper(back));
        while (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().StartsWith("/Account/ExternalLogin", StringComparison.Ordinal))
        {
            response = await client.GetAsync(response.Headers.Location);
        }

        return (client, response);
    }

    [Fact]
    public async Task KnownUserName_SignsIn_AndLinksSubject_ThenUnknownUser_RefusedInVietnamese_NoUserCreated()
    {
        var users = await _app.WithDbAsync(db => db.Users.CountAsync());
        var login = await Http.Anonymous(_app).GetStringAsync("/Account/Login");
        Assert.Contains("Đăng nhập một lần (SSO)", login, StringComparison.Ordinal);

        var (client, last) = await SignInThroughProviderAsync();
        Assert.Equal(HttpStatusCode.Redirect, last.StatusCode);
        Assert.Equal("/Account/Profile", last.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Account/Profile")).StatusCode);
        var link = await _app.WithDbAsync(db => db.UserLogins.SingleAsync(l => l.LoginProvider == "oidc"));
        Assert.Equal("sub-1", link.ProviderKey);

        // Later the subject is what counts: a renamed account at the provider still reaches the linked user.
        _who = ("sub-1", "ten-moi-o-nha-cung-cap");
        var (again, relinked) = await SignInThroughProviderAsync();
        Assert.Equal(HttpStatusCode.Redirect, relinked.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/Account/Profile")).StatusCode);

        // Unknown to Tdkt: the message, no session, no user, no link.
        _who = ("sub-2", "nguoi.la");
        var (stranger, refused) = await SignInThroughProviderAsync();
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains(ExternalLoginModel.UnknownUserMessage, WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await stranger.GetAsync("/Account/Profile")).StatusCode);

        // Another subject claiming an already linked user name does not take that account over.
        _who = ("sub-3", "canbo.tanphong");
        var (impostor, taken) = await SignInThroughProviderAsync();
        Assert.Contains(ExternalLoginModel.UnknownUserMessage, WebUtility.HtmlDecode(await taken.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await impostor.GetAsync("/Account/Profile")).StatusCode);

        Assert.Equal(users, await _app.WithDbAsync(db => db.Users.CountAsync()));
        Assert.Equal(1, await _app.WithDbAsync(db => db.UserLogins.CountAsync()));
    }

    [Fact]
    public async Task TamperedCodeOrState_Refused_NoSession()
    {
        var (client, last) = await SignInThroughProviderAsync(back => new Uri(back.ToString().Replace("code=", "code=x", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.OK, last.StatusCode);
        Assert.Contains(ExternalLoginModel.FailedMessage, WebUtility.HtmlDecode(await last.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/Account/Profile")).StatusCode);
        Assert.Equal(0, await _app.WithDbAsync(db => db.UserLogins.CountAsync()));
    }
}
