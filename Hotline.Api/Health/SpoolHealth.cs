using Hotline.Api.Intake;
using Hotline.Telemetry;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OpenTelemetry.Metrics;

namespace Hotline.Api.Health;

// /health/ready of the API means it can take Twilio's webhooks, which needs the intake spool
// only: with the broker or the database down the API still takes every webhook, so they make it
// Degraded (200, named in the body) rather than Unhealthy, and a load balancer keeps sending
// traffic (see HotlineEndpoints). The spool's depth is a metric too: it grows while the broker
// is away.
public static class SpoolHealth
{
    public static IServiceCollection AddSpoolHealth(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<SpoolHealthCheck>("intake-spool", HealthStatus.Unhealthy, [HotlineEndpoints.Ready]);
        services.ConfigureOpenTelemetryMeterProvider(metrics =>
            metrics.AddInstrumentation(provider => new SpoolDepthGauge(provider.GetRequiredService<IntakeSpool>())));
        return services;
    }
}
