using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using ThaiBinh.MotCua.Application.Common.Telemetry;
using ThaiBinh.MotCua.Infrastructure.Jobs;

namespace ThaiBinh.MotCua.Api.Telemetry;

internal static class TelemetrySetup
{
    public const string ServiceName = "ThaiBinh.MotCua";

    /// <summary>
    /// Traces and metrics of requests, outgoing HTTP, PostgreSQL calls and Hangfire jobs, plus the
    /// province's counters (<see cref="MotCuaMetrics"/>). Exported over OTLP only when an endpoint is
    /// configured (<c>OpenTelemetry:OtlpEndpoint</c>, or the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>);
    /// otherwise nothing leaves the process.
    /// </summary>
    public static WebApplicationBuilder AddMotCuaTelemetry(this WebApplicationBuilder builder)
    {
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithTracing(tracing => tracing
                // Probes every few seconds would drown the requests people make.
                .AddAspNetCoreInstrumentation(options => options.Filter = http => !http.Request.Path.StartsWithSegments("/health"))
                .AddHttpClientInstrumentation()
                .AddNpgsql()
                .AddSource(JobTracingFilter.SourceName))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddNpgsqlInstrumentation()
                .AddMeter(MotCuaMetrics.MeterName));

        var configuration = builder.Configuration;
        var endpoint = configuration["OpenTelemetry:OtlpEndpoint"];
        if (!string.IsNullOrWhiteSpace(endpoint))
        {
            var protocol = configuration["OpenTelemetry:OtlpProtocol"] == "http/protobuf" ? OtlpExportProtocol.HttpProtobuf : OtlpExportProtocol.Grpc;
            telemetry.UseOtlpExporter(protocol, new Uri(endpoint));
        }
        else if (!string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            telemetry.UseOtlpExporter(); // reads the standard OTEL_EXPORTER_OTLP_* variables itself
        }

        return builder;
    }
}
