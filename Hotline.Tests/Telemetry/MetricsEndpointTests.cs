using System.Net;
using Hotline.Configuration;
using Hotline.Tests.Support;

namespace Hotline.Tests.Telemetry;

public class MetricsEndpointTests
{
    [Test]
    public async Task The_api_serves_the_hotline_metrics_as_prometheus_text_after_a_signed_sms()
    {
        using var directory = new TestDirectory();
        await using var api = new HotlineApiFactory(directory);
        using var client = api.CreateClient();
        var database = TestDatabase.Create(DatabaseKind.Sqlite, directory);
        var sms = TwilioForms.IncomingSms(TwilioForms.NewMessageSid(), "+4520987654", "Chefen har taget mit pas");

        using var posted = await client.SendAsync(TwilioSigner.SignedPost(HotlineApiFactory.SmsUrl, sms));
        await Eventually.Get(() => database.CountContacts(sms["MessageSid"]), count => count > 0, TimeSpan.FromSeconds(15));
        using var response = await client.GetAsync("/metrics");
        var text = await response.Content.ReadAsStringAsync();

        Assert.That(posted.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/plain"));
        Assert.That(text, Does.Contain("# TYPE hotline_contacts_received_total counter"));
        Assert.That(text, Does.Match("""hotline_contacts_received_total\{[^}]*channel="sms"[^}]*\} [1-9]"""));
        Assert.That(text, Does.Match("""hotline_spool_depth\{[^}]*\} 0"""));
        Assert.That(text, Does.Match("""hotline_consume_lag_seconds_count\{[^}]*queue="sms-received"[^}]*\} [1-9]"""));
        Assert.That(text, Does.Not.Contain("20987654").And.Not.Contain("taget mit pas"));
    }
}
