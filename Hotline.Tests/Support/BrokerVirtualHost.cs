using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Hotline.Tests.Support;

// A RabbitMQ virtual host made for one test through the management API, with the queues in it
// readable (depth, type, arguments) and removed with everything in it when disposed.
public sealed class BrokerVirtualHost : IAsyncDisposable
{
    readonly HttpClient _management;

    BrokerVirtualHost(string name, Uri amqpUri, HttpClient management)
    {
        Name = name;
        Uri = amqpUri;
        _management = management;
    }

    public string Name { get; }

    // amqp://…/<name>: what ConnectionStrings:RabbitMq is set to.
    public Uri Uri { get; }

    public static async Task<BrokerVirtualHost> CreateAsync(Uri broker, Uri management)
    {
        var name = $"hotline-test-{Guid.NewGuid():N}";
        var credentials = management.UserInfo.Split(':', 2);
        var client = new HttpClient { BaseAddress = new Uri(management.GetLeftPart(UriPartial.Authority)) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(management.UserInfo)));

        var vhost = Uri.EscapeDataString(name);
        (await client.PutAsync($"/api/vhosts/{vhost}", null)).EnsureSuccessStatusCode();
        (await client.PutAsJsonAsync(
            $"/api/permissions/{vhost}/{Uri.EscapeDataString(credentials[0])}",
            new { configure = ".*", write = ".*", read = ".*" })).EnsureSuccessStatusCode();

        var amqp = new UriBuilder(broker) { Path = "/" + vhost }.Uri;
        return new BrokerVirtualHost(name, amqp, client);
    }

    public async Task<IReadOnlyList<QueueState>> QueuesAsync()
    {
        var queues = await _management.GetFromJsonAsync<JsonArray>($"/api/queues/{Uri.EscapeDataString(Name)}") ?? [];
        return queues.Select(queue => QueueState.From(queue!)).ToList();
    }

    public async Task<QueueState?> QueueAsync(string queue) =>
        (await QueuesAsync()).SingleOrDefault(candidate => candidate.Name == queue);

    // Each consumer on the vhost's queues: the queue it reads and how many unacknowledged messages it may hold.
    public async Task<IReadOnlyList<(string Queue, int PrefetchCount)>> ConsumersAsync()
    {
        var consumers = await _management.GetFromJsonAsync<JsonArray>($"/api/consumers/{Uri.EscapeDataString(Name)}") ?? [];
        return consumers.Select(consumer => ((string)consumer!["queue"]!["name"]!, (int)consumer["prefetch_count"]!)).ToList();
    }

    // The vhost's definitions (queues, exchanges, bindings) as `rabbitmqctl export_definitions`
    // or the management UI would write them.
    public async Task<JsonObject> DefinitionsAsync() =>
        await _management.GetFromJsonAsync<JsonObject>($"/api/definitions/{Uri.EscapeDataString(Name)}")
            ?? throw new InvalidOperationException("The management API returned no definitions.");

    // Loads definitions into this vhost, as `load_definitions` does at the broker's boot.
    public async Task ImportDefinitionsAsync(JsonObject definitions)
    {
        using var content = new StringContent(definitions.ToJsonString(), Encoding.UTF8, "application/json");
        (await _management.PostAsync($"/api/definitions/{Uri.EscapeDataString(Name)}", content)).EnsureSuccessStatusCode();
    }

    // Publishes a raw body straight to a queue, as a broken or hostile publisher could.
    public async Task PublishRawAsync(string queue, string body)
    {
        using var response = await _management.PostAsJsonAsync($"/api/exchanges/{Uri.EscapeDataString(Name)}/amq.default/publish", new
        {
            properties = new { content_type = "application/vnd.masstransit+json", delivery_mode = 2 },
            routing_key = queue,
            payload = body,
            payload_encoding = "string",
        });
        response.EnsureSuccessStatusCode();
    }

    public async ValueTask DisposeAsync()
    {
        using (await _management.DeleteAsync($"/api/vhosts/{Uri.EscapeDataString(Name)}"))
        {
        }

        _management.Dispose();
    }
}

public sealed record QueueState(string Name, string Type, long Messages, IReadOnlyDictionary<string, JsonElement> Arguments)
{
    public static QueueState From(JsonNode queue) => new(
        (string)queue["name"]!,
        (string?)queue["type"] ?? "classic",
        // Counts lag a few seconds behind in the management API's statistics.
        (long?)queue["messages"] ?? 0,
        queue["arguments"]?.Deserialize<Dictionary<string, JsonElement>>() ?? []);
}
