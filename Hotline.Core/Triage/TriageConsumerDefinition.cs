using Hotline.Messaging;
using MassTransit;

namespace Hotline.Triage;

public sealed class TriageConsumerDefinition : ConsumerDefinition<TriageConsumer>
{
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<TriageConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        // Outbox: ContactTriaged leaves only once the triage is stored.
        endpointConfigurator.UseHotlinePipeline(consumerConfigurator, context, outbox: true);
    }
}
