using System.Security.Claims;
using Tdkt.Web.Data;

namespace Tdkt.Web.Infrastructure;

public static class AuditActorFactory
{
    public static AuditActor Create(IHttpContextAccessor accessor)
    {
        var http = accessor.HttpContext;
        if (http?.User.Identity?.IsAuthenticated != true)
        {
            return new AuditActor { Name = "Hệ thống", RequestId = http?.TraceIdentifier, IpAddress = http?.Connection.RemoteIpAddress?.ToString() };
        }

        return new AuditActor
        {
            UserId = http.User.FindFirstValue(ClaimTypes.NameIdentifier),
            Name = http.User.FindFirstValue(ClaimTypes.Name) ?? "?",
            RequestId = http.TraceIdentifier,
            IpAddress = http.Connection.RemoteIpAddress?.ToString(),
        };
    }
}
