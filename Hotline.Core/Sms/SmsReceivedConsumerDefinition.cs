using Hotline.Hosting;
using MassTransit;

namespace Hotline.Sms;

public sealed class SmsReceivedConsumerDefinition : ConsumerDefinition<SmsReceivedConsumer>
{
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<SmsReceivedConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        endpointConfigurator.UseHotlineRetry();

        // ContactReceived leaves only once the contact is stored.
        endpointConfigurator.UseInMemoryOutbox(context);
    }
}
