using System.Diagnostics;
using MassTransit;
using MassTransit.Logging;
using MassTransit.Monitoring;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Hotline.Telemetry;

// The defaults both processes share: health checks, traces, metrics, and where they go.
public static class HotlineTelemetry
{
    // The standard OpenTelemetry variable: with it set, traces, metrics and logs are also pushed
    // over OTLP; without it nothing leaves the process but what Prometheus scrapes.
    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public const string ServiceNameKey = "OTEL_SERVICE_NAME";

    public static readonly ActivitySource Source = new(HotlineMetrics.MeterName);

    // A span in a trace begun elsewhere earlier (a spooled webhook's), so that what is published
    // under it joins that trace. Null when nothing listens or there is no parent to continue.
    public static Activity? ContinueTrace(string name, string? traceParent) =>
        ActivityContext.TryParse(traceParent, null, out var parent)
            ? Source.StartActivity(name, ActivityKind.Internal, parent)
            : null;

    public static IHostApplicationBuilder AddHotlineTelemetry(this IHostApplicationBuilder builder)
    {
        // Degraded, as the bus's own check (named "broker" in AddHotlineMessaging): see
        // HotlineEndpoints for what each process makes of it.
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", HealthStatus.Degraded, [HotlineEndpoints.Ready]);

        builder.Services.AddConsumeObserver<ConsumeLagObserver>();

        var openTelemetry = builder.Services.AddOpenTelemetry()
            // A service name given here would win over the standard variable.
            .ConfigureResource(resource => resource.AddService(builder.Configuration[ServiceNameKey] ?? builder.Environment.ApplicationName))
            .WithTracing(tracing => tracing
                // MassTransit carries the trace context in the message headers: one trace runs
                // from the webhook through the bus to every consumer.
                .AddSource(DiagnosticHeaders.DefaultListenerName, Source.Name)
                .AddAspNetCoreInstrumentation(aspNetCore => aspNetCore.Filter = context => !HotlineEndpoints.IsOperational(context.Request.Path))
                .AddHttpClientInstrumentation())
            .WithMetrics(metrics => metrics
                .AddMeter(HotlineMetrics.MeterName, InstrumentationOptions.MeterName, "System.Runtime")
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddPrometheusExporter());

        if (!string.IsNullOrWhiteSpace(builder.Configuration[OtlpEndpointKey]))
        {
            openTelemetry
                .WithLogging(configureBuilder: null, configureOptions: logging => logging.IncludeFormattedMessage = true)
                .UseOtlpExporter();
        }

        return builder;
    }
}
