using Hotline.Alerts;
using Hotline.Configuration;
using Hotline.Sms;
using Hotline.Triage;
using Hotline.Voice;
using MassTransit;

namespace Hotline.Messaging;

// How the worker's queues are declared on RabbitMQ. infra/rabbitmq/definitions.json declares the
// same queues with the same arguments, so that a new broker keeps what the API publishes before
// any worker has started; a test compares the two.
public static class BrokerTopology
{
    static readonly IEndpointNameFormatter Names = KebabCaseEndpointNameFormatter.Instance;

    // The worker's receive endpoints, named as MassTransit names them (the consumers registered
    // in HotlineServiceExtensions.AddHotlineMessaging).
    public static IReadOnlyList<string> WorkerQueues { get; } =
    [
        Names.Consumer<SmsReceivedConsumer>(),
        Names.Consumer<TriageConsumer>(),
        Names.Consumer<AlertConsumer>(),
        Names.Consumer<AcknowledgementConsumer>(),
        Names.Consumer<DeliveryStatusConsumer>(),
        Names.Consumer<CallEventConsumer>(),
    ];

    public static string ErrorQueue(string queue) => queue + "_error";

    // rabbitmq://host/vhost/triage → triage
    public static string QueueName(Uri endpointAddress) => endpointAddress.AbsolutePath.Split('/')[^1];

    public static void ConfigureQueue(IRabbitMqReceiveEndpointConfigurator endpoint, HotlineOptions options)
    {
        var queue = QueueName(endpoint.InputAddress);
        foreach (var (name, value) in QueueArguments(queue, options))
        {
            endpoint.SetQueueArgument(name, value);
        }

        endpoint.PrefetchCount = options.PrefetchCount;
    }

    // Quorum queues are replicated across the cluster's nodes and count deliveries: a message
    // that keeps killing its consumer (so is never acknowledged nor faulted) is dead-lettered to
    // the queue's _error queue after DeliveryLimit deliveries instead of looping for ever.
    // MassTransit declares a queue's _error queue with the queue's own arguments, so the error
    // queue points at itself; nothing consumes it but the replay command, which never rejects.
    public static IReadOnlyDictionary<string, object> QueueArguments(string queue, HotlineOptions options) =>
        options.QuorumQueues
            ? new Dictionary<string, object>
            {
                ["x-queue-type"] = "quorum",
                ["x-delivery-limit"] = options.DeliveryLimit,
                ["x-dead-letter-exchange"] = "",
                ["x-dead-letter-routing-key"] = ErrorQueue(queue),
            }
            : new Dictionary<string, object>();

    // RabbitMQ as Debian ships it has no delayed-message plugin, so a delay is a queue: one per
    // configured delay, which nothing consumes. A message waits there until its time to live
    // runs out, then is dead-lettered to the default exchange with the routing key it was sent
    // with, the name of the queue it came from, and so goes back there.
    public static string RedeliveryQueue(TimeSpan delay) => $"hotline-redelivery-{(long)delay.TotalSeconds}s";

    public static IReadOnlyDictionary<string, object> RedeliveryQueueArguments(TimeSpan delay, HotlineOptions options)
    {
        var arguments = new Dictionary<string, object>
        {
            ["x-message-ttl"] = (long)delay.TotalMilliseconds,
            ["x-dead-letter-exchange"] = "",
        };
        if (options.QuorumQueues)
        {
            // At-least-once dead-lettering: the message leaves the waiting queue only once the
            // target queue has it (a quorum-queue feature that needs reject-publish overflow).
            arguments["x-queue-type"] = "quorum";
            arguments["x-dead-letter-strategy"] = "at-least-once";
            arguments["x-overflow"] = "reject-publish";
        }

        return arguments;
    }
}
