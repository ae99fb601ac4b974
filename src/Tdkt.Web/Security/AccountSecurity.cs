using Microsoft.AspNetCore.Identity;
using Tdkt.Domain.Security;
using Tdkt.Web.Data;

namespace Tdkt.Web.Security;

/// <summary>
/// Account security services and the second-factor requirement (ADR-0019): a user holding Admin, Signer or
/// CouncilSecretary on any unit must have an authenticator app (TOTP, Identity's authenticator provider) before
/// anything else; a cookie session of such a user without one is sent to <c>/Account/Mfa</c> on every page.
/// <c>Tdkt:RequireMfa</c> (default on; off by default in demo mode, whose users share a published password).
/// </summary>
public static class AccountSecurity
{
    public static readonly Role[] MfaRoles = [Role.Admin, Role.Signer, Role.CouncilSecretary];

    public const string SetupPath = "/Account/Mfa";

    public static IServiceCollection AddTdktAccountSecurity(this IServiceCollection services)
    {
        services.AddScoped<IPasswordValidator<AppUser>, PasswordRules>();
        services.AddSingleton<LoginThrottle>();
        // TOTP codes used once only (replaces Identity's authenticator provider, which accepts a code again).
        services.AddTransient<OneTimeAuthenticator>();
        services.Configure<IdentityOptions>(o => o.Tokens.ProviderMap[TokenOptions.DefaultAuthenticatorProvider] =
            new TokenProviderDescriptor(typeof(OneTimeAuthenticator)));
        return services;
    }

    public static bool MfaRequired(IConfiguration config, bool demoData) =>
        config.GetValue("Tdkt:RequireMfa", !demoData);

    /// <summary>After authentication: pages of a signed-in (cookie) user who needs a second factor and has none
    /// redirect to the set-up page; the API (bearer tokens) and the account pages themselves pass.</summary>
    public static WebApplication UseMfaRequirement(this WebApplication app, bool required)
    {
        if (!required)
        {
            return app;
        }

        app.Use(async (ctx, next) =>
        {
            var path = ctx.Request.Path;
            if (ctx.User.Identity?.IsAuthenticated == true
                && ctx.User.Identity.AuthenticationType != TokenAuthenticationHandler.SchemeName
                && !path.StartsWithSegments("/Account/Mfa", StringComparison.OrdinalIgnoreCase)
                && !path.StartsWithSegments("/Account/Logout", StringComparison.OrdinalIgnoreCase)
                && !path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
                && !path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase)
                && ctx.RequestServices.GetRequiredService<CurrentUser>() is var me
                && await me.GetAsync(ctx.RequestAborted) is { User.TwoFactorEnabled: false } loaded
                && MfaRoles.Any(loaded.Scope.Has))
            {
                ctx.Response.Redirect(SetupPath);
                return;
            }

            await next();
        });
        return app;
    }
}
