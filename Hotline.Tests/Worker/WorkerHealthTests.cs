using System.Net;
using System.Text.Json;
using Hotline.Tests.Support;

namespace Hotline.Tests.Worker;

// The worker process's own endpoints: live while it runs, ready only with the broker and the
// database, since a worker without either can't do any of its work.
[Category("RabbitMQ")]
public class WorkerHealthTests
{
    static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(30);

    [Test]
    public async Task Is_live_and_ready_with_the_broker_and_the_database()
    {
        await using var broker = await RabbitMqBroker.CreateVirtualHostAsync();
        using var directory = new TestDirectory();
        await using var worker = await WorkerProcess.StartAsync(directory, broker.Uri);
        using var client = Client(worker);

        using var live = await client.GetAsync("/health/live");
        var ready = await Eventually.Get(() => Ready(client), report => report.Status == HttpStatusCode.OK, ReadyTimeout);

        Assert.That(live.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(ready.Status, Is.EqualTo(HttpStatusCode.OK), worker.Output);
        Assert.That(ready.Checks, Is.EquivalentTo(new Dictionary<string, string> { ["broker"] = "Healthy", ["database"] = "Healthy" }));
    }

    [Test]
    public async Task Is_live_but_not_ready_when_the_database_cannot_be_read()
    {
        await using var broker = await RabbitMqBroker.CreateVirtualHostAsync();
        using var directory = new TestDirectory();
        var notADatabase = Path.Combine(directory.Path, "not-a-database.db");
        await File.WriteAllTextAsync(notADatabase, new string('x', 4096));
        await using var worker = await WorkerProcess.StartAsync(directory, broker.Uri, new Dictionary<string, string>
        {
            ["ConnectionStrings:Hotline"] = $"Data Source={notADatabase}",
            ["Hotline:MigrateOnStart"] = "false",
        });
        using var client = Client(worker);

        using var live = await client.GetAsync("/health/live");
        var ready = await Ready(client);

        Assert.That(live.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(ready.Status, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(ready.Checks["database"], Is.Not.EqualTo("Healthy"));
    }

    [Test]
    public async Task Is_not_ready_while_the_broker_is_unreachable_and_ready_again_when_it_is_back()
    {
        await using var broker = await RabbitMqBroker.CreateVirtualHostAsync();
        using var directory = new TestDirectory();
        await using var gate = new TcpGate(broker.Uri.Host, broker.Uri.Port);
        await using var worker = await WorkerProcess.StartAsync(directory, broker.Uri, new Dictionary<string, string>
        {
            ["ConnectionStrings:RabbitMq"] = new UriBuilder(broker.Uri) { Port = gate.Port }.Uri.ToString(),
        });
        using var client = Client(worker);
        var before = await Eventually.Get(() => Ready(client), report => report.Status == HttpStatusCode.OK, ReadyTimeout);

        gate.Shut();
        var down = await Eventually.Get(() => Ready(client), report => report.Status != HttpStatusCode.OK, ReadyTimeout);
        using var live = await client.GetAsync("/health/live");
        gate.Open();
        var back = await Eventually.Get(() => Ready(client), report => report.Status == HttpStatusCode.OK, TimeSpan.FromSeconds(60));

        Assert.That(before.Status, Is.EqualTo(HttpStatusCode.OK), worker.Output);
        Assert.That(down.Status, Is.EqualTo(HttpStatusCode.ServiceUnavailable), $"{string.Join(", ", down.Checks)}\n{worker.Output}");
        Assert.That(down.Checks["broker"], Is.Not.EqualTo("Healthy"));
        Assert.That(down.Checks["database"], Is.EqualTo("Healthy"));
        Assert.That(live.StatusCode, Is.EqualTo(HttpStatusCode.OK), "a worker waiting for its broker must not be restarted for it");
        Assert.That(back.Status, Is.EqualTo(HttpStatusCode.OK), worker.Output);
    }

    [Test]
    public async Task Serves_prometheus_text_on_its_own_port()
    {
        await using var broker = await RabbitMqBroker.CreateVirtualHostAsync();
        using var directory = new TestDirectory();
        await using var worker = await WorkerProcess.StartAsync(directory, broker.Uri);
        using var client = Client(worker);

        using var response = await client.GetAsync("/metrics");
        var text = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/plain"));
        Assert.That(text, Does.Contain("# TYPE ").And.Contain("target_info"));
    }

    static HttpClient Client(WorkerProcess worker)
    {
        Assert.That(worker.EndpointsAddress, Is.Not.Null, $"the worker did not log where its endpoints listen:\n{worker.Output}");
        return new HttpClient { BaseAddress = worker.EndpointsAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    sealed record ReadyReport(HttpStatusCode Status, Dictionary<string, string> Checks);

    static async Task<ReadyReport> Ready(HttpClient client)
    {
        using var response = await client.GetAsync("/health/ready");
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return new ReadyReport(
            response.StatusCode,
            json.GetProperty("checks").EnumerateObject().ToDictionary(check => check.Name, check => check.Value.GetString()!));
    }
}
