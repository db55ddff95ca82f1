using Hotline.Messaging;
using Hotline.Tests.Support;

namespace Hotline.Tests.Messaging;

// Hotline:PrefetchCount is what RabbitMQ hands each of the worker's queues at once (docs/benchmarks.md).
[Category("RabbitMQ")]
public class PrefetchTests
{
    [Test]
    public async Task Every_worker_queue_is_consumed_with_the_configured_prefetch()
    {
        await using var broker = await RabbitMqBroker.CreateVirtualHostAsync();
        using var directory = new TestDirectory();
        await using var worker = await WorkerProcess.StartAsync(directory, broker.Uri, new Dictionary<string, string>
        {
            ["Hotline:PrefetchCount"] = "40",
        });

        var consumers = await Eventually.Get(
            broker.ConsumersAsync,
            found => BrokerTopology.WorkerQueues.All(queue => found.Any(consumer => consumer.Queue == queue)),
            TimeSpan.FromSeconds(60));

        var onWorkerQueues = consumers.Where(consumer => BrokerTopology.WorkerQueues.Contains(consumer.Queue)).ToList();
        Assert.That(onWorkerQueues.Select(consumer => consumer.Queue).Distinct(), Is.EquivalentTo(BrokerTopology.WorkerQueues));
        Assert.That(onWorkerQueues.Select(consumer => consumer.PrefetchCount), Is.All.EqualTo(40));
    }
}
