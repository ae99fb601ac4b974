using Microsoft.AspNetCore.Mvc;

namespace Tdkt.Web.Security;

/// <summary>JSON problem bodies (RFC 9457) for the API, in Vietnamese.</summary>
public static class ApiProblems
{
    public static async Task WriteAsync(HttpContext context, int status, string title, string detail)
    {
        if (context.Response.HasStarted)
        {
            return;
        }

        context.Response.StatusCode = status;
        await context.Response.WriteAsJsonAsync(new ProblemDetails
        {
            Status = status,
            Title = title,
            Detail = detail,
            Instance = context.Request.Path,
        }, options: null, contentType: "application/problem+json");
    }

    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api");
}
