using Hotline.Contracts;
using Hotline.Triage;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace Hotline.Alerts;

// Every triaged contact that needs a person gets an alert, sent at once to the first tier; the
// AlertingService takes it from there. A contact with no sign of trafficking waits for the daily
// summary instead, unless it came by phone: every missed call and voicemail is alerted.
public sealed class AlertConsumer(AlertStore alerts, Escalator escalator, DeliveryDispatcher dispatcher, ILogger<AlertConsumer> logger)
    : IConsumer<ContactTriaged>
{
    public async Task Consume(ConsumeContext<ContactTriaged> context)
    {
        var contact = context.Message;
        if (contact.Category == Category.None && contact.Channel != Channel.Voice)
        {
            logger.LogInformation("Contact {ContactId} shows no sign of trafficking: no alert, it goes into the daily summary", contact.ContactId);
            return;
        }

        var alert = await alerts.CreateAsync(contact, context.CancellationToken);

        // A redelivery finds the alert already past its first step: the AlertingService owns it now.
        if (alert.Step < 0)
        {
            await dispatcher.SendAsync(await escalator.TakeNextStepAsync(alert, context.CancellationToken), context.CancellationToken);
        }
    }
}
