using Hotline.Api.Intake;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hotline.Api.Health;

public sealed class SpoolHealthCheck(IntakeSpool spool) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var depth = await spool.CountAsync(cancellationToken);
        return HealthCheckResult.Healthy($"{depth} message(s) waiting for the broker");
    }
}
