namespace Tdkt.Web.Infrastructure;

/// <summary>Security headers on every response (ASVS V3.4); no inline scripts are used anywhere.</summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var h = context.Response.Headers;
            h["X-Content-Type-Options"] = "nosniff";
            h["X-Frame-Options"] = "DENY";
            h["Referrer-Policy"] = "same-origin";
            h["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            h["Content-Security-Policy"] =
                "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
                "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";
            if (!context.Request.Path.StartsWithSegments("/lib") && !context.Request.Path.StartsWithSegments("/css")
                && !context.Request.Path.StartsWithSegments("/js"))
            {
                h.CacheControl = "no-store"; // pages carry personal data
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}
