using Hotline.Messaging;
using MassTransit;

namespace Hotline.Alerts;

public sealed class AlertConsumerDefinition : ConsumerDefinition<AlertConsumer>
{
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<AlertConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        endpointConfigurator.UseHotlinePipeline(consumerConfigurator, context);
    }
}
