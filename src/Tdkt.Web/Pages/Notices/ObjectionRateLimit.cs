using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Tdkt.Web.Pages.Notices;

/// <summary>Per-IP limit on the public objection POSTs (/cong-khai/…), next to the sign-in limit in the global limiter.</summary>
public static class ObjectionRateLimit
{
    public const string Message = "Máy của bạn đã gửi quá nhiều phản ánh, góp ý trong một giờ. Hãy đợi một giờ rồi gửi lại, hoặc gửi văn bản trực tiếp đến cơ quan thẩm định.";

    public static bool Applies(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && request.Path.StartsWithSegments("/cong-khai", StringComparison.OrdinalIgnoreCase);

    public static RateLimitPartition<string> Partition(HttpContext ctx, int perHour) =>
        RateLimitPartition.GetFixedWindowLimiter("objection:" + (ctx.Connection.RemoteIpAddress?.ToString() ?? "?"),
            _ => new FixedWindowRateLimiterOptions { PermitLimit = perHour, Window = TimeSpan.FromHours(1), QueueLimit = 0 });

    /// <summary>Writes the Vietnamese message for objection posts; other rejections are left to the status-code page.</summary>
    public static async ValueTask OnRejectedAsync(OnRejectedContext context, CancellationToken ct)
    {
        var http = context.HttpContext;
        if (Applies(http.Request))
        {
            http.Response.ContentType = "text/plain; charset=utf-8";
            http.Response.Headers.RetryAfter = "3600";
            await http.Response.WriteAsync(Message, ct);
        }
    }
}
