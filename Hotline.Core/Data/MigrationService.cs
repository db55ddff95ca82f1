using Microsoft.Extensions.Hosting;

namespace Hotline.Data;

// Registered before MassTransit, so the schema is in place before the first message is consumed
// (hosted services start in registration order).
public sealed class MigrationService(DatabaseMigrator migrator) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        migrator.Migrate();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
