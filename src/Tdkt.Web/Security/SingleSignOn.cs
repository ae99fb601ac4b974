using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Tdkt.Web.Security;

/// <summary>
/// OpenID Connect sign-in (issue 15 item 7, ADR-0034), on when <c>Tdkt:Oidc:Authority</c> is set. The provider's
/// signed id_token (issuer, audience, signature, nonce checked by the handler) yields the subject and the claim named by
/// <c>Tdkt:Oidc:UserNameClaim</c>; the callback (<c>/Account/ExternalLogin?handler=Callback</c>) maps it to an EXISTING
/// Tdkt user and never creates a user or a grant. Local sign-in stays.
/// </summary>
public sealed class SingleSignOnSettings
{
    public const string Scheme = "oidc";

    public string? Authority { get; init; }
    public string ClientId { get; init; } = "tdkt";
    public string? ClientSecret { get; init; }

    /// <summary>The id_token claim carrying the Tdkt user name (e.g. preferred_username, or a custom one).</summary>
    public string UserNameClaim { get; init; } = "preferred_username";

    /// <summary>Text of the button on the sign-in page.</summary>
    public string DisplayName { get; init; } = "Đăng nhập một lần (SSO)";

    public bool RequireHttpsMetadata { get; init; } = true;

    public bool Enabled => !string.IsNullOrWhiteSpace(Authority);

    public static SingleSignOnSettings Read(IConfiguration config)
    {
        var s = config.GetSection("Tdkt:Oidc");
        return new SingleSignOnSettings
        {
            Authority = s["Authority"],
            ClientId = s["ClientId"] ?? "tdkt",
            ClientSecret = s["ClientSecret"],
            UserNameClaim = string.IsNullOrWhiteSpace(s["UserNameClaim"]) ? "preferred_username" : s["UserNameClaim"]!,
            DisplayName = string.IsNullOrWhiteSpace(s["DisplayName"]) ? "Đăng nhập một lần (SSO)" : s["DisplayName"]!,
            RequireHttpsMetadata = s.GetValue("RequireHttpsMetadata", true),
        };
    }
}

public static class SingleSignOn
{
    public static IServiceCollection AddTdktSingleSignOn(this IServiceCollection services, IConfiguration config)
    {
        var sso = SingleSignOnSettings.Read(config);
        services.AddSingleton(sso);
        if (!sso.Enabled)
        {
            return services;
        }

        services.AddAuthentication().AddOpenIdConnect(SingleSignOnSettings.Scheme, sso.DisplayName, o =>
        {
            o.Authority = sso.Authority;
            o.ClientId = sso.ClientId;
            o.ClientSecret = sso.ClientSecret;
            o.RequireHttpsMetadata = sso.RequireHttpsMetadata;
            o.SignInScheme = IdentityConstants.ExternalScheme; // a short-lived cookie read once by the callback
            o.ResponseType = OpenIdConnectResponseType.Code;
            // Back by a top-level GET: the correlation and nonce cookies are SameSite=Lax, readable over http for ./run.
            o.ResponseMode = OpenIdConnectResponseMode.Query;
            o.UsePkce = true;
            o.Scope.Clear();
            o.Scope.Add("openid");
            o.Scope.Add("profile");
            o.MapInboundClaims = false; // claim names as the provider wrote them ("sub", "preferred_username")
            o.SaveTokens = false;
            o.GetClaimsFromUserInfoEndpoint = false; // only the signed id_token's claims count
            o.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.CorrelationCookie.SameSite = SameSiteMode.Lax;
            o.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.NonceCookie.SameSite = SameSiteMode.Lax;
            o.TokenValidationParameters.NameClaimType = sso.UserNameClaim;
            o.Events.OnRemoteFailure = ctx =>
            {
                // Refused at the provider, a replayed or expired answer: back to the sign-in page with a message.
                ctx.Response.Redirect("/Account/ExternalLogin?handler=Failed");
                ctx.HandleResponse();
                return Task.CompletedTask;
            };
        });
        return services;
    }
}
