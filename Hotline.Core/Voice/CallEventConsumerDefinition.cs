using Hotline.Hosting;
using MassTransit;

namespace Hotline.Voice;

public sealed class CallEventConsumerDefinition : ConsumerDefinition<CallEventConsumer>
{
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<CallEventConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        endpointConfigurator.UseHotlineRetry();

        // ContactReceived and ContactTriaged leave only once the event is stored.
        endpointConfigurator.UseInMemoryOutbox(context);
    }
}
