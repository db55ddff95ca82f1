using MassTransit;

namespace Hotline.Triage;

public sealed class TriageConsumerDefinition : ConsumerDefinition<TriageConsumer>
{
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<TriageConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        endpointConfigurator.UseMessageRetry(retry =>
            retry.Exponential(5, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(500)));

        // ContactTriaged leaves only once the triage is stored.
        endpointConfigurator.UseInMemoryOutbox(context);
    }
}
