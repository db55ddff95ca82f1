using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OpenTelemetry.Metrics;

namespace Hotline.Telemetry;

// The same three endpoints on the API and the worker: /health/live (the process answers),
// /health/ready (the checks tagged "ready", as JSON naming each) and /metrics (Prometheus text).
// A broker or database that is down is Degraded in both; whether that still counts as ready is
// each process's to say: the API takes webhooks into its spool without them, the worker can do
// nothing (degradedIsReady: false, so 503).
public static class HotlineEndpoints
{
    public const string Ready = "ready";

    // The worker serves these from a small app of its own beside the host, and passes the host's
    // meter provider; the API's is found in its own services.
    public static IEndpointRouteBuilder MapHotlineEndpoints(this IEndpointRouteBuilder endpoints, bool degradedIsReady, MeterProvider? meterProvider = null)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(Ready),
            ResponseWriter = WriteReport,
            ResultStatusCodes =
            {
                [HealthStatus.Degraded] = degradedIsReady ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable,
            },
        });
        endpoints.MapPrometheusScrapingEndpoint("/metrics", meterProvider, configureBranchedPipeline: null, optionsName: null);
        return endpoints;
    }

    // Probes and scrapes are not worth a trace each.
    public static bool IsOperational(PathString path) =>
        path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/metrics", StringComparison.OrdinalIgnoreCase);

    static Task WriteReport(HttpContext context, HealthReport report) =>
        context.Response.WriteAsJsonAsync(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(entry => entry.Key, entry => entry.Value.Status.ToString()),
        });
}
