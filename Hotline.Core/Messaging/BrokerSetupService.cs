using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hotline.Messaging;

// Declares the broker's extra queues when the worker starts, and keeps trying while the broker
// is down; the bus reconnects on its own meanwhile.
public sealed class BrokerSetupService(BrokerSetup broker, ILogger<BrokerSetupService> logger) : BackgroundService
{
    static readonly TimeSpan RetryInterval = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await broker.EnsureDeclaredAsync(stoppingToken);
                logger.LogInformation("Declared the error and redelivery queues on the broker");
                return;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning("Could not declare the error and redelivery queues yet ({Error}); trying again in {Interval}", exception.Message, RetryInterval);
                await Task.Delay(RetryInterval, stoppingToken);
            }
        }
    }
}
