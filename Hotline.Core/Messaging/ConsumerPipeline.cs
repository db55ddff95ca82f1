using MassTransit;

namespace Hotline.Messaging;

// What every consumer definition applies, from the outside in:
//   redelivery (RabbitMQ only): a message that still fails on a transient error after the quick
//     retries waits in a redelivery queue and comes back later (see RedeliveryFilter);
//   retry: a locked or briefly unreachable database is the usual failure, so retry with backoff,
//     about half a minute in all;
//   outbox (when asked): what the consumer publishes leaves only once it has succeeded, so a
//     retried attempt does not publish twice.
// Retry and outbox sit on the consumer, inside the redelivery filter on the message: the
// filter must see the failure only after the last quick retry.
public static class ConsumerPipeline
{
    public static void UseHotlinePipeline<TConsumer>(
        this IReceiveEndpointConfigurator endpoint,
        IConsumerConfigurator<TConsumer> consumer,
        IRegistrationContext context,
        bool outbox = false)
        where TConsumer : class
    {
        if (endpoint is IRabbitMqReceiveEndpointConfigurator)
        {
            endpoint.UseConsumeFilter(typeof(RedeliveryFilter<>), context);
        }

        consumer.UseMessageRetry(retry =>
            retry.Exponential(5, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(500)));
        if (outbox)
        {
            consumer.UseInMemoryOutbox(context);
        }
    }
}
