using Hotline.Configuration;
using MassTransit;
using Microsoft.Extensions.Options;

namespace Hotline.Api.Twilio;

// Publishes what a webhook received, giving up after Hotline:PublishTimeout: MassTransit's
// Publish would otherwise wait for as long as the broker is down, and Twilio gives up at 15 s.
public sealed class DeadlinePublisher(IPublishEndpoint bus, IOptions<HotlineOptions> options, ILogger<DeadlinePublisher> logger)
{
    // False when the broker did not take the message in time; the caller answers 503 then, so
    // that Twilio logs the failure and tries the fallback URL instead of believing it delivered.
    public async Task<bool> PublishAsync<T>(T message, string twilioSid, CancellationToken requestAborted)
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
}
