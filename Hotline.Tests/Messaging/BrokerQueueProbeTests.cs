using System.Diagnostics;
using Hotline.Messaging;
using Hotline.Tests.Support;
using Microsoft.Extensions.Configuration;

namespace Hotline.Tests.Messaging;

// The ConsumerWatchdog's probe of the broker's own counts. A broker that stops answering is an
// outage to it (null), never an exception: one escaping once stopped the worker under heavy load,
// when a slow broker did not answer the close of the probe's connection in time.
[Category("RabbitMQ")]
public class BrokerQueueProbeTests
{
    [Test]
    public async Task A_broker_that_stops_answering_is_read_as_an_outage_and_read_again_when_it_answers()
    {
        await using var broker = await RabbitMqBroker.CreateVirtualHostAsync();
        await using var gate = new TcpGate(broker.Uri.Host, broker.Uri.Port);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:RabbitMq"] = new UriBuilder(broker.Uri) { Port = gate.Port }.Uri.ToString(),
            })
            .Build();
        await using var probe = new BrokerQueueProbe(configuration);
        string[] queues = ["alert"];

        var before = await probe.ReadAsync(queues, CancellationToken.None);
        gate.Stall();
        var clock = Stopwatch.StartNew();
        var stalled = await probe.ReadAsync(queues, CancellationToken.None);
        var stalledFor = clock.Elapsed;
        gate.Resume();
        var after = await probe.ReadAsync(queues, CancellationToken.None);

        Assert.That(before?["alert"].Exists, Is.False, "read through the gate before the stall");
        Assert.That(stalled, Is.Null);
        Assert.That(stalledFor, Is.LessThan(TimeSpan.FromSeconds(15)), "the probe's own timeouts, not RabbitMQ.Client's 20 s and 30 s");
        Assert.That(after?["alert"].Exists, Is.False, "read again on a new connection");
    }
}
