using Hotline.Hosting;
using MassTransit;

namespace Hotline.Alerts;

public sealed class DeliveryStatusConsumerDefinition : ConsumerDefinition<DeliveryStatusConsumer>
{
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<DeliveryStatusConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        endpointConfigurator.UseHotlineRetry();
    }
}
