using Hotline.Messaging;
using MassTransit;

namespace Hotline.Alerts;

public sealed class AcknowledgementConsumerDefinition : ConsumerDefinition<AcknowledgementConsumer>
{
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<AcknowledgementConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        endpointConfigurator.UseHotlinePipeline(consumerConfigurator, context);
    }
}
