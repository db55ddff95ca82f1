using System.Text.Json;
using System.Text.Json.Nodes;
using Hotline.Configuration;
using Hotline.Messaging;
using Hotline.Tests.Support;

namespace Hotline.Tests.Messaging;

// infra/rabbitmq/definitions.json is what a new broker loads at boot (load_definitions): the
// worker's queues, exchanges and bindings exactly as the worker declares them, so that the broker
// keeps what the API publishes before any worker has started, and a worker started later finds
// its queues with the arguments it expects (a different argument fails its declaration).
// To write the file afresh after a topology change: HOTLINE_WRITE_DEFINITIONS=1 ./test.sh --filter BrokerDefinitions
[Category("RabbitMQ")]
public class BrokerDefinitionsTests
{
    static string DefinitionsFile => Path.Combine(RepositoryPaths.Root, "infra", "rabbitmq", "definitions.json");

    [Test]
    public async Task The_definitions_file_declares_exactly_what_the_worker_declares()
    {
        await using var broker = await RabbitMqBroker.CreateVirtualHostAsync();
        using var directory = new TestDirectory();
        await using (var worker = await WorkerProcess.StartAsync(directory, broker.Uri))
        {
            await worker.WaitForOutputAsync("Declared the error and redelivery queues", TimeSpan.FromSeconds(60));
        }

        var declared = Topology(await broker.DefinitionsAsync());
        if (Environment.GetEnvironmentVariable("HOTLINE_WRITE_DEFINITIONS") == "1")
        {
            await File.WriteAllTextAsync(DefinitionsFile, ForBoot(declared).ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
        }

        var file = Topology(JsonNode.Parse(await File.ReadAllTextAsync(DefinitionsFile))!.AsObject());
        Assert.That(
            JsonNode.DeepEquals(file, declared), Is.True,
            $"infra/rabbitmq/definitions.json differs from what the worker declares; the worker declares:\n{declared.ToJsonString()}");
        Assert.That(file["queues"]!.AsArray().Select(queue => (string?)queue!["name"]), Is.SupersetOf(BrokerTopology.WorkerQueues));
    }

    [Test]
    public async Task Worker_queues_are_quorum_queues_with_a_delivery_limit_that_dead_letters_to_their_error_queue()
    {
        var file = JsonNode.Parse(await File.ReadAllTextAsync(DefinitionsFile))!.AsObject();
        var queues = file["queues"]!.AsArray().ToDictionary(queue => (string)queue!["name"]!, queue => queue!["arguments"]!.AsObject());

        foreach (var queue in BrokerTopology.WorkerQueues)
        {
            Assert.That((string?)queues[queue]["x-queue-type"], Is.EqualTo("quorum"), queue);
            Assert.That((int?)queues[queue]["x-delivery-limit"], Is.EqualTo(new HotlineOptions().DeliveryLimit), queue);
            Assert.That((string?)queues[queue]["x-dead-letter-routing-key"], Is.EqualTo(queue + "_error"), queue);
            Assert.That(queues, Does.ContainKey(queue + "_error"), "a queue must exist before anything is dead-lettered to it");
        }

        foreach (var delay in HotlineOptions.DefaultRedeliveryDelays)
        {
            var waiting = queues[BrokerTopology.RedeliveryQueue(delay)];
            Assert.That((long?)waiting["x-message-ttl"], Is.EqualTo((long)delay.TotalMilliseconds));
            Assert.That((string?)waiting["x-dead-letter-strategy"], Is.EqualTo("at-least-once"));
        }
    }

    [Test]
    public async Task A_broker_loaded_with_the_definitions_keeps_what_the_api_publishes_before_any_worker_has_started()
    {
        await using var broker = await RabbitMqBroker.CreateVirtualHostAsync();
        await broker.ImportDefinitionsAsync(WithoutVirtualHost(JsonNode.Parse(await File.ReadAllTextAsync(DefinitionsFile))!.AsObject()));
        using var directory = new TestDirectory();
        var database = TestDatabase.Create(DatabaseKind.Sqlite, directory);
        var sms = TwilioForms.IncomingSms(TwilioForms.NewMessageSid(), "+4520000301", "sent before the worker ever ran");

        await using (var api = new HotlineApiFactory(directory, new Dictionary<string, string>
        {
            ["Hotline:Transport"] = "RabbitMq",
            ["ConnectionStrings:RabbitMq"] = broker.Uri.ToString(),
        }))
        {
            using var client = api.CreateClient();
            using var response = await client.SendAsync(TwilioSigner.SignedPost(HotlineApiFactory.SmsUrl, sms));
            Assert.That(response.IsSuccessStatusCode, Is.True);
        }

        var waiting = await Eventually.Get(async () => (await broker.QueueAsync("sms-received"))?.Messages ?? 0, count => count == 1, TimeSpan.FromSeconds(30));
        Assert.That(waiting, Is.EqualTo(1), "the SMS should wait in sms-received for the worker");

        await using var worker = await WorkerProcess.StartAsync(directory, broker.Uri);
        var stored = await Eventually.Get(() => database.CountContacts(sms["MessageSid"]), count => count == 1, TimeSpan.FromSeconds(60));
        Assert.That(stored, Is.EqualTo(1), worker.Output);
        Assert.That(worker.Output, Does.Not.Contain("PRECONDITION_FAILED"));
    }

    // Queues, exchanges and bindings only, in a stable order, without the virtual host: what the
    // two sides must agree on.
    static JsonObject Topology(JsonObject definitions)
    {
        static JsonArray Sorted(JsonNode? items, string[] fields) => new([..
            (items?.AsArray() ?? [])
                .Select(item => (JsonNode)new JsonObject(fields.Select(field => KeyValuePair.Create(field, Normalised(item![field])))))
                .OrderBy(item => item.ToJsonString(), StringComparer.Ordinal)]);

        return new JsonObject
        {
            ["queues"] = Sorted(definitions["queues"], ["name", "durable", "auto_delete", "arguments"]),
            ["exchanges"] = Sorted(definitions["exchanges"], ["name", "type", "durable", "auto_delete", "internal", "arguments"]),
            ["bindings"] = Sorted(definitions["bindings"], ["source", "destination", "destination_type", "routing_key", "arguments"]),
        };
    }

    // Arguments with their keys in order, so that equal objects compare equal.
    static JsonNode? Normalised(JsonNode? node) =>
        node is JsonObject map
            ? new JsonObject(map.OrderBy(entry => entry.Key, StringComparer.Ordinal).Select(entry => KeyValuePair.Create(entry.Key, Normalised(entry.Value))))
            : node?.DeepClone();

    // The file as `load_definitions` reads it at boot: everything in the default virtual host.
    static JsonObject ForBoot(JsonObject topology)
    {
        var boot = new JsonObject { ["vhosts"] = new JsonArray(new JsonObject { ["name"] = "/" }) };
        foreach (var (kind, items) in topology)
        {
            boot[kind] = new JsonArray([.. items!.AsArray().Select(item =>
            {
                var copy = item!.DeepClone().AsObject();
                copy["vhost"] = "/";
                return (JsonNode)copy;
            })]);
        }

        return boot;
    }

    static JsonObject WithoutVirtualHost(JsonObject definitions)
    {
        var copy = definitions.DeepClone().AsObject();
        copy.Remove("vhosts");
        foreach (var kind in new[] { "queues", "exchanges", "bindings" })
        {
            foreach (var item in copy[kind]!.AsArray())
            {
                item!.AsObject().Remove("vhost");
            }
        }

        return copy;
    }
}
