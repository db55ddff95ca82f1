using Hotline.Api.Intake;
using Hotline.Configuration;
using MassTransit;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Hotline.Api.Twilio;

// Takes what a webhook received so that nothing is lost before Twilio gets its answer: the
// message is safe once the broker confirmed it (publisher confirms: on disk, and on a quorum of
// nodes for a quorum queue), or once it is in the local spool, which SpoolDrainer publishes later.
// Publishing gives up after Hotline:PublishTimeout, since MassTransit's Publish would otherwise
// wait for as long as the broker is down and Twilio gives up at 15 s.
//
// While the broker takes messages, a webhook publishes first and writes the spool only when the
// publish failed: the spool's commit, an fsync that took 6–8 ms on a busy disk, is then off the
// common path (docs/benchmarks.md). Once a publish has failed, and until one succeeds again, the
// broker is likely down: the spool is written first, so that a crash while the publish waits for
// its deadline loses nothing either.
public sealed class DeadlinePublisher(
    IPublishEndpoint bus,
    IntakeSpool spool,
    BrokerAvailability broker,
    IOptions<HotlineOptions> options,
    ILogger<DeadlinePublisher> logger)
{
    // True once the message is safe: with the broker, or in the spool. False only when neither
    // took it; the caller answers 503 then, so that Twilio logs the failure and tries the
    // fallback URL instead of believing it delivered.
    public async Task<bool> PublishAsync<T>(T message, string twilioSid, CancellationToken requestAborted)
        where T : class
    {
        if (!broker.Failing)
        {
            return await TryPublishAsync(message, twilioSid, requestAborted)
                || Spooled(await TrySpoolAsync(message, twilioSid, requestAborted));
        }

        var spooledId = await TrySpoolAsync(message, twilioSid, requestAborted);
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

        return Spooled(spooledId);

        bool Spooled(long? id)
        {
            if (id is not null)
            {
                logger.LogWarning("{MessageType} for {TwilioSid} is spooled until the broker takes it", typeof(T).Name, twilioSid);
            }

            return id is not null;
        }
    }

    async Task<long?> TrySpoolAsync<T>(T message, string twilioSid, CancellationToken requestAborted)
        where T : class
    {
        try
        {
            return await spool.AddAsync(message, requestAborted);
        }
        catch (Exception exception) when (exception is SqliteException or IOException or UnauthorizedAccessException)
        {
            logger.LogError(exception, "{MessageType} for {TwilioSid} could not be spooled", typeof(T).Name, twilioSid);
            return null;
        }
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
            broker.PublishSucceeded();
            return true;
        }
        catch (Exception exception) when (!requestAborted.IsCancellationRequested && exception is OperationCanceledException or MassTransitException)
        {
            logger.LogError(exception, "{MessageType} for {TwilioSid} could not be published within {PublishTimeout}", typeof(T).Name, twilioSid, timeout);
            broker.PublishFailed();
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
