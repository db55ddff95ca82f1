using Hotline.Contracts;
using Hotline.Triage;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace Hotline.Alerts;

// Every triaged contact that needs a person gets an alert, sent at once to the first tier; the
// AlertingService takes it from there. A contact with no sign of trafficking waits for the daily
// summary instead, unless it came by phone: every missed call and voicemail is alerted.
public sealed class AlertConsumer(Escalator escalator, DeliveryDispatcher dispatcher, ILogger<AlertConsumer> logger)
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

        var created = await escalator.StartAsync(contact, context.CancellationToken);
        await dispatcher.SendLeasedAsync(created.Leased, context.CancellationToken);

        // Nobody on duty at any tier when it was created: the Escalator decides what then. A
        // redelivery finds the alert past its first step: the AlertingService owns it now.
        if (created.Alert.Step < 0)
        {
            await dispatcher.SendAsync(await escalator.TakeNextStepAsync(created.Alert, context.CancellationToken), context.CancellationToken);
        }
    }
}
