using Hotline.Hosting;
using MassTransit;

namespace Hotline.Triage;

public sealed class TriageConsumerDefinition : ConsumerDefinition<TriageConsumer>
{
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<TriageConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        endpointConfigurator.UseHotlineRetry();

        // ContactTriaged leaves only once the triage is stored.
        endpointConfigurator.UseInMemoryOutbox(context);
    }
}
