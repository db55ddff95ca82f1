using Hotline.Api.Intake;
using Hotline.Data;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hotline.Api.Health;

// /health/live: the process answers. /health/ready: it can take Twilio's webhooks, which needs the
// intake spool only: with the broker or the database down the API still takes every webhook, so
// they make it Degraded (200, named in the body) rather than Unhealthy, and a load balancer keeps
// sending traffic.
public static class HealthEndpoints
{
    public const string Ready = "ready";

    public static IServiceCollection AddHotlineHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<SpoolHealthCheck>("intake-spool", HealthStatus.Unhealthy, [Ready])
            .AddCheck<DatabaseHealthCheck>("database", HealthStatus.Degraded, [Ready]);
        return services;
    }

    public static IEndpointRouteBuilder MapHotlineHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(Ready),
            ResponseWriter = WriteReport,
        });
        return endpoints;
    }

    static Task WriteReport(HttpContext context, HealthReport report) =>
        context.Response.WriteAsJsonAsync(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(entry => entry.Key, entry => entry.Value.Status.ToString()),
        });

    sealed class SpoolHealthCheck(IntakeSpool spool) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            var depth = await spool.CountAsync(cancellationToken);
            return HealthCheckResult.Healthy($"{depth} message(s) waiting for the broker");
        }
    }

    sealed class DatabaseHealthCheck(HotlineDatabase database) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
    }
}
