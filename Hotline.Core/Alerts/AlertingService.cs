using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hotline.Alerts;

// The clock of escalation: every poll interval, takes the next step of every alert whose wait is
// over, sends what is unsent (including what a dead worker left behind), and the daily summary. Runs in every
// process that hosts the consumers; the claims in the database keep them from doing a step twice.
public sealed class AlertingService(
    AlertStore alerts,
    Escalator escalator,
    DeliveryDispatcher dispatcher,
    DailySummary dailySummary,
    IOptions<AlertOptions> options,
    TimeProvider time,
    ILogger<AlertingService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PollInterval, time);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The database may be down for a while: try again at the next tick.
                logger.LogError(exception, "Escalation pass failed; trying again in {PollInterval}", options.Value.PollInterval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        foreach (var alert in await alerts.DueAsync(limit: 50, cancellationToken))
        {
            await dispatcher.SendAsync(await escalator.TakeNextStepAsync(alert, cancellationToken), cancellationToken);
        }

        await dispatcher.SendDueAsync(cancellationToken);
        await dailySummary.SendIfDueAsync(cancellationToken);
    }
}
