using Hotline.Messaging;
using MassTransit;

namespace Hotline.Voice;

public sealed class CallEventConsumerDefinition : ConsumerDefinition<CallEventConsumer>
{
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<CallEventConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        // Outbox: ContactReceived and ContactTriaged leave only once the event is stored.
        endpointConfigurator.UseHotlinePipeline(consumerConfigurator, context, outbox: true);
    }
}
