using Hotline.Privacy;
using Hotline.Telemetry;
using Hotline.Twilio;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hotline.Alerts;

// Sends the SMS written in alert_deliveries through Twilio (or the simulation). A transient
// refusal is retried with backoff; a permanent one, or too many transient ones, counts as a
// failed delivery and escalates the alert at once.
public sealed class DeliveryDispatcher(
    DeliveryStore deliveries,
    AlertStore alerts,
    ISmsSender sender,
    PersonalDataProtector protector,
    IOptions<AlertOptions> alertOptions,
    IOptions<TwilioOptions> twilioOptions,
    TimeProvider time,
    ILogger<DeliveryDispatcher> logger)
{
    public async Task SendAsync(IEnumerable<long> deliveryIds, CancellationToken cancellationToken)
    {
        foreach (var id in deliveryIds)
        {
            if (await deliveries.ClaimAsync(id, cancellationToken) is { } claimed)
            {
                await SendClaimedAsync(claimed, cancellationToken);
            }
        }
    }

    // Messages their caller has already leased (a new alert's first step): no claim to take.
    public async Task SendLeasedAsync(IEnumerable<ClaimedDelivery> leased, CancellationToken cancellationToken)
    {
        foreach (var delivery in leased)
        {
            await SendClaimedAsync(delivery, cancellationToken);
        }
    }

    public async Task SendDueAsync(CancellationToken cancellationToken) =>
        await SendAsync(await deliveries.DueAsync(limit: 50, cancellationToken), cancellationToken);

    async Task SendClaimedAsync(ClaimedDelivery delivery, CancellationToken cancellationToken)
    {
        var sms = new OutboundSms(
            protector.Decrypt(delivery.ToNumber, delivery.KeyId, ProtectedColumns.DeliveryTo),
            delivery.Body,
            StatusCallback(),
            delivery.ValiditySeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : null);
        try
        {
            var messageSid = await sender.SendAsync(sms, cancellationToken);
            await deliveries.MarkSentAsync(delivery.Id, messageSid, cancellationToken);
            HotlineMetrics.SmsSent(delivery.Kind, delivery.Step);
            logger.LogInformation("Delivery {DeliveryId} (alert {AlertId}) sent as {MessageSid}", delivery.Id, delivery.AlertId, messageSid);
        }
        catch (SmsSendException exception) when (exception.Transient && delivery.Attempts < alertOptions.Value.SendAttempts)
        {
            var retryAt = time.GetUtcNow() + Backoff(delivery.Attempts);
            logger.LogWarning("Delivery {DeliveryId} refused for now ({ErrorCode}); retrying at {RetryAt}", delivery.Id, exception.ErrorCode, retryAt);
            await deliveries.RetryLaterAsync(delivery.Id, retryAt, exception.ErrorCode, cancellationToken);
        }
        catch (SmsSendException exception)
        {
            logger.LogError("Delivery {DeliveryId} (alert {AlertId}) failed ({ErrorCode}): escalating at once", delivery.Id, delivery.AlertId, exception.ErrorCode);
            await deliveries.MarkFailedAsync(delivery.Id, exception.ErrorCode, cancellationToken);
            if (delivery.AlertId is { } alertId)
            {
                await alerts.EscalateNowAsync(alertId, delivery.Step, cancellationToken);
            }
        }
    }

    // 2, 4, 8, 16 … seconds, at most a minute: an alert is useless hours late.
    static TimeSpan Backoff(int attempts) => TimeSpan.FromSeconds(Math.Min(60, Math.Pow(2, attempts)));

    Uri? StatusCallback() =>
        twilioOptions.Value.PublicBaseUrl is { } publicUrl
            ? new Uri(publicUrl.AbsoluteUri.TrimEnd('/') + "/twilio/sms/status")
            : null;
}
