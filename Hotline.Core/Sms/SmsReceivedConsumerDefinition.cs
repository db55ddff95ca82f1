using MassTransit;

namespace Hotline.Sms;

public sealed class SmsReceivedConsumerDefinition : ConsumerDefinition<SmsReceivedConsumer>
{
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<SmsReceivedConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        // A locked or briefly unreachable database is the usual failure: retry with backoff
        // before the message goes to the error queue.
        endpointConfigurator.UseMessageRetry(retry =>
            retry.Exponential(5, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(500)));

        // ContactReceived leaves only once the contact is stored.
        endpointConfigurator.UseInMemoryOutbox(context);
    }
}
