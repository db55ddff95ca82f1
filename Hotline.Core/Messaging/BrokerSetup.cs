using Hotline.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;

namespace Hotline.Messaging;

// Declares what MassTransit does not declare before it is needed: the redelivery queues, and the
// workers' _error queues, which must exist before a quorum queue dead-letters to them (MassTransit
// declares an _error queue only when it first moves a message there). Declaring is idempotent;
// once it has succeeded, this process does not declare again.
public sealed class BrokerSetup(IConfiguration configuration, IOptions<HotlineOptions> options) : IDisposable
{
    readonly SemaphoreSlim _gate = new(1, 1);
    bool _declared;

    public async Task EnsureDeclaredAsync(CancellationToken cancellationToken)
    {
        if (_declared)
        {
            return;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (!_declared)
            {
                await DeclareAsync(cancellationToken);
                _declared = true;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    async Task DeclareAsync(CancellationToken cancellationToken)
    {
        var hotline = options.Value;
        var broker = HotlineOptionsValidator.RabbitMqUri(configuration)
            ?? throw new InvalidOperationException(HotlineOptionsValidator.RabbitMqUriRequired);
        var factory = new ConnectionFactory { Uri = broker, ClientProvidedName = "hotline-broker-setup" };
        await using var connection = await factory.CreateConnectionAsync(cancellationToken);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);

        foreach (var queue in BrokerTopology.WorkerQueues)
        {
            await channel.QueueDeclareAsync(
                BrokerTopology.ErrorQueue(queue), durable: true, exclusive: false, autoDelete: false,
                arguments: Arguments(BrokerTopology.QueueArguments(queue, hotline)), cancellationToken: cancellationToken);
        }

        foreach (var delay in hotline.Redelivery)
        {
            var name = BrokerTopology.RedeliveryQueue(delay);
            await channel.ExchangeDeclareAsync(name, ExchangeType.Fanout, durable: true, autoDelete: false, cancellationToken: cancellationToken);
            await channel.QueueDeclareAsync(
                name, durable: true, exclusive: false, autoDelete: false,
                arguments: Arguments(BrokerTopology.RedeliveryQueueArguments(delay, hotline)), cancellationToken: cancellationToken);
            await channel.QueueBindAsync(name, name, routingKey: "", cancellationToken: cancellationToken);
        }
    }

    public void Dispose() => _gate.Dispose();

    static Dictionary<string, object?> Arguments(IReadOnlyDictionary<string, object> arguments) =>
        arguments.ToDictionary(argument => argument.Key, argument => (object?)argument.Value);
}
