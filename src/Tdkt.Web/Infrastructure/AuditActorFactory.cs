using System.Security.Claims;
using Tdkt.Web.Data;

namespace Tdkt.Web.Infrastructure;

public static class AuditActorFactory
{
    public static AuditActor Create(IHttpContextAccessor accessor)
    {
        var actor = new AuditActor();
        if (accessor.HttpContext is { } http)
        {
            Fill(actor, http);
        }

        return actor;
    }

    /// <summary>
    /// Re-reads the actor after authentication. The scoped DbContext (and so its actor) is often created
    /// while authenticating (security-stamp check, token lookup), before HttpContext.User is set; without
    /// this every change would be recorded as made by "Hệ thống".
    /// </summary>
    public static IApplicationBuilder UseAuditActor(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            Fill(context.RequestServices.GetRequiredService<AuditActor>(), context);
            return next(context);
        });

    private static void Fill(AuditActor actor, HttpContext http)
    {
        actor.RequestId = http.TraceIdentifier;
        actor.IpAddress = http.Connection.RemoteIpAddress?.ToString();
        if (http.User.Identity?.IsAuthenticated == true)
        {
            actor.UserId = http.User.FindFirstValue(ClaimTypes.NameIdentifier);
            actor.Name = http.User.FindFirstValue(ClaimTypes.Name) ?? "?";
        }
        else
        {
            actor.UserId = null;
            actor.Name = "Hệ thống";
        }
    }
}
