using Hotline.Configuration;
using Microsoft.Extensions.Configuration;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Hotline.Messaging;

// The broker's own count of a queue's ready messages and consumers, read over a connection of
// its own (not MassTransit's), so that it stays true when MassTransit's view of its consumers
// does not: after a broker restart, a receive endpoint can keep reporting itself ready while
// the broker has no consumer on its queue (see ConsumerWatchdog).
public sealed class BrokerQueueProbe(IConfiguration configuration) : IAsyncDisposable
{
    static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(5);

    // How long a read waits for the broker's answer (RabbitMQ.Client's default is 20 s), and a
    // dropped connection for its close before the close goes on in the background.
    static readonly TimeSpan AnswerTimeout = TimeSpan.FromSeconds(5);
    static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(2);

    readonly SemaphoreSlim _gate = new(1, 1);
    IConnection? _connection;

    public sealed record QueueCount(bool Exists, uint Messages, uint Consumers);

    // The counts of the given queues, or null when the broker can't be reached or read: an
    // outage, which is MassTransit's to ride out, not a stalled consumer.
    public async Task<IReadOnlyDictionary<string, QueueCount>?> ReadAsync(IEnumerable<string> queues, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var connection = await ConnectAsync(cancellationToken);
            var counts = new Dictionary<string, QueueCount>();
            foreach (var queue in queues)
            {
                counts[queue] = await ReadAsync(connection, queue, cancellationToken);
            }

            return counts;
        }
        catch (Exception exception) when (exception is BrokerUnreachableException or OperationInterruptedException or IOException or TimeoutException
            || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            await DropConnectionAsync();
            return null;
        }
        finally
        {
            _gate.Release();
        }
    }

    static async Task<QueueCount> ReadAsync(IConnection connection, string queue, CancellationToken cancellationToken)
    {
        // A passive declare of a missing queue closes its channel, so each queue gets its own.
        await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        try
        {
            var declared = await channel.QueueDeclarePassiveAsync(queue, cancellationToken);
            return new QueueCount(true, declared.MessageCount, declared.ConsumerCount);
        }
        catch (OperationInterruptedException exception) when (exception.ShutdownReason?.ReplyCode == Constants.NotFound)
        {
            return new QueueCount(false, 0, 0);
        }
    }

    async Task<IConnection> ConnectAsync(CancellationToken cancellationToken)
    {
        if (_connection is { IsOpen: true } open)
        {
            return open;
        }

        await DropConnectionAsync();
        var broker = HotlineOptionsValidator.RabbitMqUri(configuration)
            ?? throw new InvalidOperationException(HotlineOptionsValidator.RabbitMqUriRequired);

        // No automatic recovery: a closed connection is an answer here, and the next read
        // connects afresh.
        var factory = new ConnectionFactory
        {
            Uri = broker,
            ClientProvidedName = "hotline-queue-probe",
            AutomaticRecoveryEnabled = false,
            TopologyRecoveryEnabled = false,
            RequestedConnectionTimeout = ConnectTimeout,
            ContinuationTimeout = AnswerTimeout,
        };
        _connection = await factory.CreateConnectionAsync(cancellationToken);
        return _connection;
    }

    // A broker that is gone, or too busy to answer the close, leaves nothing to wait for: the next
    // read connects afresh. Closing must never throw: an exception from here once stopped the
    // worker under heavy load (ConsumerWatchdog), when a slow broker did not answer the close.
    async Task DropConnectionAsync()
    {
        if (_connection is { } connection)
        {
            _connection = null;
            await Task.WhenAny(CloseQuietlyAsync(connection), Task.Delay(CloseTimeout));
        }
    }

    static async Task CloseQuietlyAsync(IConnection connection)
    {
        try
        {
            await connection.DisposeAsync();
        }
        catch (Exception exception) when (exception is OperationInterruptedException or IOException or OperationCanceledException or TimeoutException)
        {
            // Already gone with the broker, or the close timed out: nothing more to close.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await DropConnectionAsync();
        _gate.Dispose();
    }
}
