using System.Diagnostics;
using System.Globalization;
using OpenTelemetry.Exporter;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Tdkt.Web.Infrastructure;

/// <summary>OpenTelemetry traces (ADR-0040): a span per request (ASP.NET Core), per database command (Npgsql's own
/// activity source "Npgsql", children of the request's span), per outgoing HTTP call (OpenID Connect), per background
/// job pass and per certificate print (the app's source "Tdkt"). Exported by OTLP only when an endpoint is configured:
/// <c>Tdkt:Otlp:Endpoint</c> (with <c>Tdkt:Otlp:Protocol</c> grpc | http/protobuf, default grpc) or the standard
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> (with the other OTEL_EXPORTER_OTLP_* variables); otherwise no span is even
/// created. <c>Tdkt:Tracing:SampleRatio</c> (0–1, default 1) keeps that share of new traces.
/// <c>Tdkt:Tracing:Enabled=true</c> records spans without an endpoint (tests add their own exporter).</summary>
public static class Tracing
{
    public const string SourceName = "Tdkt";
    public static readonly ActivitySource Source = new(SourceName);

    public static bool IsEnabled(IConfiguration config) =>
        Endpoint(config) is not null || config["OTEL_EXPORTER_OTLP_ENDPOINT"] is { Length: > 0 } || config.GetValue<bool>("Tdkt:Tracing:Enabled");

    private static string? Endpoint(IConfiguration config) => config["Tdkt:Otlp:Endpoint"] is { Length: > 0 } e ? e : null;

    public static IServiceCollection AddTdktTracing(this IServiceCollection services, IConfiguration config)
    {
        if (!IsEnabled(config))
        {
            return services;
        }

        var ratio = double.TryParse(config["Tdkt:Tracing:SampleRatio"], NumberStyles.Float, CultureInfo.InvariantCulture, out var r) && r is >= 0 and <= 1 ? r : 1.0;
        var node = config["Tdkt:NodeName"] is { Length: > 0 } n ? n : $"{Environment.MachineName}:{Environment.ProcessId}";
        services.AddOpenTelemetry()
            .ConfigureResource(res => res.AddService("tdkt", serviceInstanceId: node))
            .WithTracing(t =>
            {
                t.SetSampler(new ParentBasedSampler(new TraceIdRatioBasedSampler(ratio)))
                    .AddSource(SourceName, "Npgsql")
                    .AddAspNetCoreInstrumentation(o => o.Filter = ctx =>
                        !ctx.Request.Path.StartsWithSegments(Metrics.Path, StringComparison.OrdinalIgnoreCase)
                        && !ctx.Request.Path.StartsWithSegments("/lib", StringComparison.OrdinalIgnoreCase))
                    .AddHttpClientInstrumentation();
                if (Endpoint(config) is { } endpoint)
                {
                    var http = string.Equals(config["Tdkt:Otlp:Protocol"], "http/protobuf", StringComparison.OrdinalIgnoreCase);
                    var uri = new Uri(endpoint);
                    t.AddOtlpExporter(o =>
                    {
                        o.Protocol = http ? OtlpExportProtocol.HttpProtobuf : OtlpExportProtocol.Grpc;
                        o.Endpoint = http && uri.AbsolutePath == "/" ? new Uri(uri, "v1/traces") : uri;
                    });
                }
                else if (config["OTEL_EXPORTER_OTLP_ENDPOINT"] is { Length: > 0 })
                {
                    t.AddOtlpExporter(); // reads the OTEL_EXPORTER_OTLP_* variables itself
                }
            });
        return services;
    }
}
