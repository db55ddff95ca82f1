using System.Text.Json;
using Hotline.Configuration;
using Hotline.Hosting;
using Hotline.Telemetry;
using MassTransit;
using Microsoft.Extensions.Options;

namespace Hotline.Api.Intake;

// Publishes what the intake spool holds once the broker takes messages again, including what an
// earlier run of this process left there.
public sealed class SpoolDrainer(IntakeSpool spool, IBus bus, IOptions<HotlineOptions> options, TimeProvider time, ILogger<SpoolDrainer> logger)
    : PeriodicService(Interval, time, logger)
{
    static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    public override Task RunOnceAsync(CancellationToken cancellationToken) => DrainOnceAsync(cancellationToken);

    // Leaves alone what a request may still be publishing itself (younger than twice the deadline).
    public async Task<int> DrainOnceAsync(CancellationToken cancellationToken)
    {
        var timeout = options.Value.PublishTimeout;
        var published = 0;
        foreach (var spooled in await spool.SpooledBeforeAsync(Time.GetUtcNow() - (timeout * 2), limit: 100, cancellationToken))
        {
            object message;
            Type messageType;
            try
            {
                message = IntakeSpool.Deserialize(spooled, out messageType);
            }
            catch (Exception exception) when (exception is JsonException or InvalidOperationException)
            {
                Logger.LogCritical(exception, "Spooled message {SpoolId} cannot be read; it stays in the spool for an operator", spooled.Id);
                continue;
            }

            using var inWebhookTrace = HotlineTelemetry.ContinueTrace("publish spooled", spooled.TraceParent);
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            deadline.CancelAfter(timeout);
            try
            {
                await bus.Publish(message, messageType, deadline.Token);
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested && exception is OperationCanceledException or MassTransitException)
            {
                Logger.LogWarning("The broker still does not take spooled messages; {Published} published in this pass", published);
                return published;
            }

            await spool.RemoveAsync(spooled.Id, cancellationToken);
            published++;
        }

        if (published > 0)
        {
            Logger.LogInformation("Published {Published} spooled message(s)", published);
        }

        return published;
    }
}
