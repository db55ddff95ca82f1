using Hotline.Api.Intake;
using Hotline.Configuration;
using MassTransit;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Hotline.Api.Twilio;

// Takes what a webhook received so that nothing is lost: first into the local spool (durable),
// then to the broker, giving up after Hotline:PublishTimeout, since MassTransit's Publish would
// otherwise wait for as long as the broker is down and Twilio gives up at 15 s. What the broker
// did not take stays in the spool for SpoolDrainer.
public sealed class DeadlinePublisher(IPublishEndpoint bus, IntakeSpool spool, IOptions<HotlineOptions> options, ILogger<DeadlinePublisher> logger)
{
    // True once the message is safe: with the broker, or in the spool. False only when neither
    // took it; the caller answers 503 then, so that Twilio logs the failure and tries the
    // fallback URL instead of believing it delivered.
    public async Task<bool> PublishAsync<T>(T message, string twilioSid, CancellationToken requestAborted)
        where T : class
    {
        long? spooledId = null;
        try
        {
            spooledId = await spool.AddAsync(message, requestAborted);
        }
        catch (Exception exception) when (exception is SqliteException or IOException or UnauthorizedAccessException)
        {
            logger.LogError(exception, "{MessageType} for {TwilioSid} could not be spooled; publishing without the spool", typeof(T).Name, twilioSid);
        }

        if (await TryPublishAsync(message, twilioSid, requestAborted))
        {
            // Twilio's answer does not wait for the removal: the message is safe with the broker,
            // and a removal that never happens only means a duplicate (docs/benchmarks.md).
            if (spooledId is { } id)
            {
                _ = RemoveFromSpoolAsync(id, twilioSid);
            }

            return true;
        }

        if (spooledId is null)
        {
            return false;
        }

        logger.LogWarning("{MessageType} for {TwilioSid} is spooled until the broker takes it", typeof(T).Name, twilioSid);
        return true;
    }

    async Task<bool> TryPublishAsync<T>(T message, string twilioSid, CancellationToken requestAborted)
        where T : class
    {
        var timeout = options.Value.PublishTimeout;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(requestAborted);
        deadline.CancelAfter(timeout);
        try
        {
            await bus.Publish(message, deadline.Token);
            return true;
        }
        catch (Exception exception) when (!requestAborted.IsCancellationRequested && exception is OperationCanceledException or MassTransitException)
        {
            logger.LogError(exception, "{MessageType} for {TwilioSid} could not be published within {PublishTimeout}", typeof(T).Name, twilioSid, timeout);
            return false;
        }
    }

    // A message left in the spool after it was published is published again by SpoolDrainer: a
    // duplicate, which the consumers absorb, rather than a loss.
    async Task RemoveFromSpoolAsync(long id, string twilioSid)
    {
        try
        {
            await spool.RemoveAsync(id, CancellationToken.None);
        }
        catch (Exception exception) when (exception is SqliteException or ObjectDisposedException)
        {
            logger.LogWarning(exception, "Published message for {TwilioSid} stays in the spool; it will be published again", twilioSid);
        }
    }
}
