using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using WorkflowEngine.Core.Operations;
using WorkflowEngine.Web.Identity;

namespace WorkflowEngine.Web.Hosting;

/// <summary>
/// OpenTelemetry: traces of each request, each engine command and each PostgreSQL statement;
/// metrics of requests, the runtime and the engine (commands, escalations, timer lag, outbox
/// backlog, incidents). Exported by OTLP when <c>OpenTelemetry:Endpoint</c> or
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> names a collector, and always on <see cref="MetricsPath"/>
/// in Prometheus's format, for admins only.
/// </summary>
internal static class TelemetrySetup
{
    public const string MetricsPath = "/metrics";

    public const string ServiceName = "workflow-engine";

    public static void AddEngineTelemetry(this WebApplicationBuilder builder, NodeOptions node)
    {
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(ServiceName, serviceInstanceId: node.Name, autoGenerateServiceInstanceId: false))
            .WithTracing(t => t.AddSource(EngineTelemetry.Name).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddNpgsql())
            .WithMetrics(m => m.AddMeter(EngineTelemetry.Name).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddRuntimeInstrumentation()
                .AddPrometheusExporter());

        var endpoint = builder.Configuration["OpenTelemetry:Endpoint"] ?? builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        if (!string.IsNullOrWhiteSpace(endpoint))
        {
            if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var collector))
            {
                throw new InvalidOperationException($"OpenTelemetry:Endpoint (or OTEL_EXPORTER_OTLP_ENDPOINT) must be the collector's address, such as http://collector:4318; '{endpoint}' is not one.");
            }

            // OTLP over HTTP (port 4318) unless the standard variable asks for gRPC (port 4317).
            var protocol = string.Equals(builder.Configuration["OTEL_EXPORTER_OTLP_PROTOCOL"], "grpc", StringComparison.OrdinalIgnoreCase)
                ? OtlpExportProtocol.Grpc
                : OtlpExportProtocol.HttpProtobuf;
            telemetry.UseOtlpExporter(protocol, collector);
        }
    }

    /// <summary>The Prometheus scrape, for admins (a bearer token or a signed-in admin's cookie); anyone else gets 401 or 403.</summary>
    public static void MapEngineMetrics(this WebApplication app) =>
        app.MapPrometheusScrapingEndpoint(MetricsPath).RequireAuthorization(policy => policy.RequireRole(AppRoles.Admin));
}
