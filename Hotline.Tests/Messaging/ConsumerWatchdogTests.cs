using System.Text.Json.Nodes;
using Hotline.Hosting;
using Hotline.Messaging;
using Hotline.Tests.Support;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hotline.Tests.Messaging;

// The watchdog over the worker's consumers, on the real broker: a queue left without a consumer
// gets its endpoint restarted, and one that can't be brought back stops the worker process with
// a non-zero exit code for the orchestrator to start it again.
[Category("RabbitMQ")]
public class ConsumerWatchdogTests
{
    static readonly TimeSpan Timeout = TimeSpan.FromSeconds(45);

    static readonly Dictionary<string, string> Quick = new()
    {
        ["Watchdog:Interval"] = "00:00:00.500",
        ["Watchdog:StallTimeout"] = "00:00:03",
        ["Watchdog:RestartTimeout"] = "00:00:15",
    };

    [Test]
    public async Task Restarts_an_endpoint_whose_queue_has_no_consumer_while_the_broker_is_up()
    {
        await using var worker = await RunningWorker.StartAsync();
        var (host, probe, logs) = (worker.Host, worker.Probe, worker.Logs);
        var alertQueue = BrokerTopology.WorkerQueues.Single(queue => queue == "alert");

        // As the endpoint is left after the broker restart: no consumer on the broker, and
        // nothing inside MassTransit that will start one.
        var bus = host.Services.GetRequiredService<IBusControl>();
        var alert = bus.CheckHealth().Endpoints.Values.Single(endpoint => BrokerTopology.QueueName(endpoint.InputAddress) == alertQueue);
        await alert.ReceiveEndpoint.Stop();
        var gone = await ConsumersAsync(probe, alertQueue);
        var back = await Eventually.Get(
            async () => (Consumers: await ConsumersAsync(probe, alertQueue), Logs: logs.AllText),
            state => state.Consumers == 1 && state.Logs.Contains("alert restarted and ready", StringComparison.Ordinal),
            Timeout);

        Assert.That(gone, Is.Zero, "stopping the endpoint must take its consumer off the broker");
        Assert.That(back.Consumers, Is.EqualTo(1), logs.AllText);
        Assert.That(back.Logs, Does.Contain("Receive endpoint alert has had no working consumer"));
        Assert.That(host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested, Is.False,
            "a restart that worked must not stop the worker");
    }

    [Test]
    public async Task Stops_the_worker_with_a_non_zero_exit_code_when_a_restart_does_not_bring_the_consumer_back()
    {
        await using var broker = await RabbitMqBroker.CreateVirtualHostAsync();
        using var directory = new TestDirectory();

        // A classic queue where the worker declares a quorum queue: RabbitMQ refuses the
        // declaration (PRECONDITION_FAILED) every time, so the endpoint never consumes.
        await broker.ImportDefinitionsAsync(new JsonObject
        {
            ["queues"] = new JsonArray(new JsonObject
            {
                ["name"] = "alert",
                ["vhost"] = broker.Name,
                ["durable"] = true,
                ["auto_delete"] = false,
                ["arguments"] = new JsonObject(),
            }),
        });

        var (exitCode, output) = await WorkerProcess.RunToExitAsync(directory, broker.Uri, Quick);

        Assert.That(exitCode, Is.EqualTo(ConsumerWatchdog.ExitCode), output);
        Assert.That(output, Does.Contain("Receive endpoint alert still has no working consumer after a restart"));
        Assert.That(output, Does.Not.Contain("Receive endpoint triage still has no working consumer"), "only the stalled queue is blamed");
    }

    [Test]
    public async Task Leaves_a_worker_whose_queues_all_have_consumers_alone()
    {
        await using var worker = await RunningWorker.StartAsync();

        await Task.Delay(TimeSpan.FromSeconds(5));  // more than StallTimeout

        Assert.That(worker.Logs.AllText, Does.Not.Contain("no working consumer"));
        Assert.That(worker.Host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested, Is.False);
    }

    static async Task<uint?> ConsumersAsync(BrokerQueueProbe probe, string queue) =>
        (await probe.ReadAsync([queue], CancellationToken.None))?[queue].Consumers;

    // The worker's consumers and watchdog in this process, in a virtual host of their own, with
    // the alert queue consumed, and a probe of the broker's own counts.
    sealed record RunningWorker(BrokerVirtualHost Broker, TestDirectory Directory, IHost Host, BrokerQueueProbe Probe, LogCapture Logs) : IAsyncDisposable
    {
        public static async Task<RunningWorker> StartAsync()
        {
            var broker = await RabbitMqBroker.CreateVirtualHostAsync();
            var directory = new TestDirectory();
            var logs = new LogCapture();
            var host = WorkerHost(directory, broker.Uri, logs);
            var worker = new RunningWorker(broker, directory, host, new BrokerQueueProbe(host.Services.GetRequiredService<IConfiguration>()), logs);
            try
            {
                await host.StartAsync();
                await Eventually.Get(() => ConsumersAsync(worker.Probe, "alert"), consumers => consumers == 1, Timeout);
                return worker;
            }
            catch
            {
                await worker.DisposeAsync();
                throw;
            }
        }

        public async ValueTask DisposeAsync()
        {
            await Probe.DisposeAsync();
            await Host.StopAsync();
            Host.Dispose();
            Directory.Dispose();
            await Broker.DisposeAsync();
        }
    }

    // Composed as Hotline.Worker composes them, so that the test can reach into the bus.
    static IHost WorkerHost(TestDirectory directory, Uri broker, LogCapture logs)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Test" });
        var settings = new Dictionary<string, string?>(TestSecrets.Settings.Select(setting => KeyValuePair.Create(setting.Key, (string?)setting.Value)))
        {
            ["Hotline:Transport"] = "RabbitMq",
            ["ConnectionStrings:RabbitMq"] = broker.ToString(),
            ["ConnectionStrings:Hotline"] = directory.SqliteConnectionString,
            ["Hotline:DataDirectory"] = directory.Path,
        };
        foreach (var (key, value) in Quick)
        {
            settings[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.SetMinimumLevel(LogLevel.Debug).AddProvider(logs);
        builder.AddHotlineCore();
        builder.AddHotlineMessaging(hostConsumers: true);
        builder.AddConsumerWatchdog();
        return builder.Build();
    }
}
