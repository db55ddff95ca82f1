using Hotline.Contracts;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace Hotline.Alerts;

// A message that could not reach the duty person escalates at once instead of waiting.
public sealed class DeliveryStatusConsumer(DeliveryStore deliveries, AlertStore alerts, ILogger<DeliveryStatusConsumer> logger)
    : IConsumer<SmsStatusReported>
{
    public async Task Consume(ConsumeContext<SmsStatusReported> context)
    {
        var status = context.Message;
        var failed = await deliveries.ApplyStatusAsync(status.MessageSid, status.MessageStatus, status.ErrorCode, context.CancellationToken);
        if (failed is not null)
        {
            logger.LogWarning(
                "Alert SMS {MessageSid} was {MessageStatus} ({ErrorCode}): escalating alert {AlertId} now",
                status.MessageSid, status.MessageStatus, status.ErrorCode, failed.AlertId);
            await alerts.EscalateNowAsync(failed.AlertId, failed.Step, context.CancellationToken);
        }
    }
}
