using MassTransit;

namespace Hotline.Telemetry;

// Consumer lag as the age of each message when a consumer starts on it (now − SentTime), per
// queue. MassTransit does not know how many messages wait in a queue; the broker does, and
// RabbitMQ's own Prometheus endpoint (rabbitmq_prometheus, rabbitmq_queue_messages_ready) stays
// true even when every worker is down, when a gauge in the worker would go silent. The age tells
// what the broker can't: how long a contact waited before the worker took it.
public sealed class ConsumeLagObserver(TimeProvider time) : IConsumeObserver
{
    public Task PreConsume<T>(ConsumeContext<T> context)
        where T : class
    {
        if (context.SentTime is { } sent)
        {
            HotlineMetrics.Consumed(QueueName(context.ReceiveContext.InputAddress), time.GetUtcNow().UtcDateTime - sent);
        }

        return Task.CompletedTask;
    }

    public Task PostConsume<T>(ConsumeContext<T> context)
        where T : class => Task.CompletedTask;

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception)
        where T : class => Task.CompletedTask;

    // rabbitmq://host/vhost/sms-received or loopback://localhost/sms-received → sms-received
    static string QueueName(Uri? inputAddress) =>
        inputAddress?.Segments is [.., var last] ? last.TrimEnd('/') : "unknown";
}
