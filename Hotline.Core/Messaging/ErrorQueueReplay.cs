using RabbitMQ.Client;

namespace Hotline.Messaging;

// Moves the messages MassTransit set aside in a queue's _error queue back to the queue, once the
// cause is fixed (a missing key configured, a bug deployed away). Each message goes back as it
// was published, without the fault headers MassTransit added and with its redelivery count
// reset; it is removed from the _error queue only once the broker has confirmed the copy, so a
// crash mid-way duplicates at most one message, which the idempotent consumers absorb.
// Only the messages present at the start are moved: one that fails again lands back in the
// _error queue and waits for the next replay instead of looping.
public static class ErrorQueueReplay
{
    public sealed record Moved(string Queue, int Count);

    public static async Task<IReadOnlyList<Moved>> RunAsync(
        Uri broker, IEnumerable<string> queues, Action<string> progress, CancellationToken cancellationToken)
    {
        var factory = new ConnectionFactory { Uri = broker, ClientProvidedName = "hotline-replay-errors" };
        await using var connection = await factory.CreateConnectionAsync(cancellationToken);
        await using var channel = await connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true),
            cancellationToken);

        var moved = new List<Moved>();
        foreach (var queue in queues)
        {
            var errors = BrokerTopology.ErrorQueue(queue);
            var waiting = await WaitingAsync(connection, errors, cancellationToken);
            var count = 0;
            while (count < waiting && await channel.BasicGetAsync(errors, autoAck: false, cancellationToken) is { } message)
            {
                var properties = new BasicProperties(message.BasicProperties)
                {
                    Headers = message.BasicProperties.Headers?
                        .Where(header => !IsFaultHeader(header.Key))
                        .ToDictionary(header => header.Key, header => header.Value),
                };

                // Straight to the queue through the default exchange: only the consumer that
                // failed gets it again, not every subscriber of the message type.
                await channel.BasicPublishAsync("", queue, mandatory: true, properties, message.Body, cancellationToken);
                await channel.BasicAckAsync(message.DeliveryTag, multiple: false, cancellationToken);
                count++;
                if (count % 100 == 0)
                {
                    progress($"{queue}: {count} of {waiting} moved back");
                }
            }

            moved.Add(new Moved(queue, count));
            progress($"{queue}: {count} message(s) moved back from {errors}");
        }

        return moved;
    }

    // How many messages the _error queue holds, or 0 if it does not exist (nothing ever failed).
    static async Task<uint> WaitingAsync(IConnection connection, string queue, CancellationToken cancellationToken)
    {
        // A passive declare of a missing queue closes its channel, so it gets one of its own.
        await using var probe = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        try
        {
            return (await probe.QueueDeclarePassiveAsync(queue, cancellationToken)).MessageCount;
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
        {
            return 0;
        }
    }

    // MassTransit's account of the failure, the redelivery count, and RabbitMQ's dead-lettering
    // history: the replayed message starts afresh.
    static bool IsFaultHeader(string name) =>
        name.StartsWith("MT-Fault-", StringComparison.Ordinal)
        || name.StartsWith("MT-Host-", StringComparison.Ordinal)
        || name is "MT-Reason" or "MT-Redelivery-Count"
        || name.StartsWith("x-death", StringComparison.Ordinal)
        || name.StartsWith("x-first-death-", StringComparison.Ordinal)
        || name.StartsWith("x-last-death-", StringComparison.Ordinal);
}
