using Hotline.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hotline.Alerts;

// The clock of escalation: every poll interval, takes the next step of every alert whose wait is
// over, sends what is unsent (including what a dead worker left behind), and the daily summary.
// Runs in every process that hosts the consumers; the claims in the database keep them from
// doing a step twice.
public sealed class AlertingService(
    AlertStore alerts,
    Escalator escalator,
    DeliveryDispatcher dispatcher,
    DailySummary dailySummary,
    IOptions<AlertOptions> options,
    TimeProvider time,
    ILogger<AlertingService> logger) : PeriodicService(options.Value.PollInterval, time, logger)
{
    public override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        foreach (var alert in await alerts.DueAsync(limit: 50, cancellationToken))
        {
            await dispatcher.SendAsync(await escalator.TakeNextStepAsync(alert, cancellationToken), cancellationToken);
        }

        await dispatcher.SendDueAsync(cancellationToken);
        await dailySummary.SendIfDueAsync(cancellationToken);
    }
}
