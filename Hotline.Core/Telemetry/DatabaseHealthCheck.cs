using Dapper;
using Hotline.Data;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hotline.Telemetry;

// A query, not only an open connection: SQLite opens lazily and finds a file it cannot use only
// when it reads. An exception becomes the registration's failure status.
public sealed class DatabaseHealthCheck(HotlineDatabase database) : IHealthCheck
{
    const string PingSql = "SELECT 1";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteScalarAsync<int>(new CommandDefinition(PingSql, cancellationToken: cancellationToken));
        return HealthCheckResult.Healthy();
    }
}
