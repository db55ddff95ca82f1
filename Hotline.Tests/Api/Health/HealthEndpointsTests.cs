using System.Net;
using System.Text.Json;
using Hotline.Tests.Support;

namespace Hotline.Tests.Api.Health;

public class HealthEndpointsTests
{
    [Test]
    public async Task Is_live_and_ready_in_the_embedded_default()
    {
        using var directory = new TestDirectory();
        await using var api = new HotlineApiFactory(directory);
        using var client = api.CreateClient();

        using var live = await client.GetAsync("/health/live");
        var ready = await Eventually.Get(() => Ready(client), report => report.Status == "Healthy", TimeSpan.FromSeconds(15));

        Assert.That(live.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(ready.Status, Is.EqualTo("Healthy"));
        Assert.That(ready.Checks.Keys, Is.SupersetOf(new[] { "intake-spool", "database", "broker" }));
    }

    [Test]
    public async Task Stays_ready_but_degraded_while_the_broker_is_down_since_webhooks_still_go_to_the_spool()
    {
        using var directory = new TestDirectory();
        await using var api = HotlineApiFactory.WithBrokerDown(directory);
        using var client = api.CreateClient();

        using var response = await client.GetAsync("/health/ready");
        var report = await Ready(client);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(report.Status, Is.EqualTo("Degraded"));
        Assert.That(report.Checks["broker"], Is.Not.EqualTo("Healthy"));
        Assert.That(report.Checks["intake-spool"], Is.EqualTo("Healthy"));
    }

    sealed record ReadyReport(string Status, Dictionary<string, string> Checks);

    static async Task<ReadyReport> Ready(HttpClient client)
    {
        using var response = await client.GetAsync("/health/ready");
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return new ReadyReport(
            json.GetProperty("status").GetString()!,
            json.GetProperty("checks").EnumerateObject().ToDictionary(check => check.Name, check => check.Value.GetString()!));
    }
}
