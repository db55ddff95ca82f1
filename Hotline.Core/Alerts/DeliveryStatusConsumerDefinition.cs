using Hotline.Messaging;
using MassTransit;

namespace Hotline.Alerts;

public sealed class DeliveryStatusConsumerDefinition : ConsumerDefinition<DeliveryStatusConsumer>
{
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<DeliveryStatusConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        endpointConfigurator.UseHotlinePipeline(consumerConfigurator, context);
    }
}
