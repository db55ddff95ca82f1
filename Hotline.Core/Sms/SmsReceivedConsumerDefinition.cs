using Hotline.Messaging;
using MassTransit;

namespace Hotline.Sms;

public sealed class SmsReceivedConsumerDefinition : ConsumerDefinition<SmsReceivedConsumer>
{
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<SmsReceivedConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        // Outbox: ContactReceived leaves only once the contact is stored.
        endpointConfigurator.UseHotlinePipeline(consumerConfigurator, context, outbox: true);
    }
}
