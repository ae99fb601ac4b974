using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Tdkt.Web.Infrastructure;

namespace Tdkt.Web.Security;

/// <summary>
/// Absolute session lifetime and running behind a TLS proxy (ADR-0019).
/// <list type="bullet">
/// <item>A sign-in stamps its time into the cookie ticket; past <c>Tdkt:SessionAbsoluteHours</c> (default 12) the
/// session ends whatever the sliding idle timeout says.</item>
/// <item><c>Tdkt:ForwardedHeaders=true</c>: X-Forwarded-For/-Proto from the proxies in <c>Tdkt:KnownProxies</c>
/// (comma-separated addresses; loopback by default) are honoured, so the cookie is <c>Secure</c> behind TLS.</item>
/// <item><c>Tdkt:Hsts=true</c>: Strict-Transport-Security on HTTPS responses (1 year).</item>
/// </list>
/// </summary>
public static class HttpsAndSessions
{
    public const string SignedInAtKey = "tdkt.signed_in_at";

    public static IServiceCollection AddSessionLifetime(this IServiceCollection services, TdktSettings settings)
    {
        services.PostConfigure<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme, o =>
        {
            var signingIn = o.Events.OnSigningIn;
            o.Events.OnSigningIn = async ctx =>
            {
                if (!ctx.Properties.Items.ContainsKey(SignedInAtKey))
                {
                    var now = ctx.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
                    ctx.Properties.Items[SignedInAtKey] = now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
                }

                await signingIn(ctx);
            };
            o.Events.OnValidatePrincipal = async ctx =>
            {
                var now = ctx.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
                if (!ctx.Properties.Items.TryGetValue(SignedInAtKey, out var raw)
                    || !long.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var at)
                    || now - DateTimeOffset.FromUnixTimeSeconds(at) >= TimeSpan.FromHours(settings.SessionAbsoluteHours))
                {
                    ctx.RejectPrincipal();
                    await ctx.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                    return;
                }

                await CurrentUser.ValidateCookieAsync(ctx); // stamp, disabled, grants: one query (ADR-0039)
            };
        });
        return services;
    }

    public static IServiceCollection AddProxySupport(this IServiceCollection services, IConfiguration config)
    {
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in (config["Tdkt:KnownProxies"] ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (System.Net.IPAddress.TryParse(proxy, out var ip))
                {
                    o.KnownProxies.Add(ip);
                }
            }
        });
        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = false;
        });
        return services;
    }

    /// <summary>First in the pipeline: forwarded headers (when configured) before anything reads scheme or address.</summary>
    public static WebApplication UseProxySupport(this WebApplication app, IConfiguration config)
    {
        if (config.GetValue("Tdkt:ForwardedHeaders", false))
        {
            app.UseForwardedHeaders();
        }

        if (config.GetValue("Tdkt:Hsts", false))
        {
            app.UseHsts();
        }

        return app;
    }
}
