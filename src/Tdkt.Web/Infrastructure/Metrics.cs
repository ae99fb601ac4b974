using System.Net;
using OpenTelemetry.Metrics;

namespace Tdkt.Web.Infrastructure;

/// <summary>OpenTelemetry metrics for Prometheus on /metrics (ADR-0027): request duration per endpoint
/// (http.server.request.duration with http.route, ASP.NET Core's own meter), Kestrel connections, database time
/// (Npgsql's own meter: db.client.operation.duration / commands), and the app's meter (job passes, reminders).
/// Only the addresses in Tdkt:Metrics:AllowedAddresses (IPs or CIDR, comma-separated; default loopback) get an
/// answer; anyone else gets 404. Behind a reverse proxy the address is the forwarded client's only when forwarded
/// headers are trusted; otherwise it is the proxy's, so scrape the nodes directly.</summary>
public static class Metrics
{
    public const string Path = "/metrics";

    public static IServiceCollection AddTdktMetrics(this IServiceCollection services)
    {
        services.AddOpenTelemetry().WithMetrics(m => m
            .AddMeter("Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "Npgsql", JobMetrics.MeterName)
            .AddPrometheusExporter());
        return services;
    }

    /// <summary>Before routing and authorization: the branch answers /metrics itself.</summary>
    public static IApplicationBuilder UseTdktMetrics(this IApplicationBuilder app, IConfiguration config)
    {
        var allowed = AllowedNetworks(config["Tdkt:Metrics:AllowedAddresses"]);
        return app.UseOpenTelemetryPrometheusScrapingEndpoint(
            meterProvider: null,
            predicate: ctx => ctx.Request.Path.Equals(Path, StringComparison.OrdinalIgnoreCase),
            path: null,
            configureBranchedPipeline: branch => branch.Use(async (ctx, next) =>
            {
                if (ctx.Connection.RemoteIpAddress is { } ip && IsAllowed(allowed, ip))
                {
                    await next(ctx);
                }
                else
                {
                    ctx.Response.StatusCode = StatusCodes.Status404NotFound;
                }
            }),
            optionsName: null);
    }

    public static IReadOnlyList<IPNetwork> AllowedNetworks(string? configured) =>
        [.. (string.IsNullOrWhiteSpace(configured) ? "127.0.0.0/8,::1/128" : configured)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(a => a.Contains('/', StringComparison.Ordinal) ? IPNetwork.Parse(a)
                : new IPNetwork(IPAddress.Parse(a), IPAddress.Parse(a).GetAddressBytes().Length * 8))];

    public static bool IsAllowed(IReadOnlyList<IPNetwork> allowed, IPAddress ip)
    {
        var address = ip.IsIPv4MappedToIPv6 ? ip.MapToIPv4() : ip;
        return allowed.Any(n => n.Contains(address));
    }
}
