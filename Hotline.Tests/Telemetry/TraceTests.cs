using System.Diagnostics;
using Hotline.Configuration;
using Hotline.Contacts;
using Hotline.Tests.Support;
using Hotline.Triage;
using Microsoft.AspNetCore.TestHost;
using OpenTelemetry.Trace;

namespace Hotline.Tests.Telemetry;

public class TraceTests
{
    [Test]
    public async Task One_trace_runs_from_the_webhook_through_the_bus_to_the_triage()
    {
        using var directory = new TestDirectory();
        var exported = new ExportedSpans();
        await using var factory = new HotlineApiFactory(directory);
        await using var api = factory.WithWebHostBuilder(host => host.ConfigureTestServices(services =>
            services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(exported))));
        using var client = api.CreateClient();
        var database = TestDatabase.Create(DatabaseKind.Sqlite, directory);
        var sid = TwilioForms.NewMessageSid();

        using var posted = await client.SendAsync(TwilioSigner.SignedPost(HotlineApiFactory.SmsUrl, TwilioForms.IncomingSms(sid, "+4520987654", "They took my passport")));
        var contact = await Eventually.Get(
            () => new ContactStore(database, TimeProvider.System).FindBySourceSidAsync(sid, CancellationToken.None), found => found is not null, TimeSpan.FromSeconds(15));
        await Eventually.Get(
            () => new TriageStore(database, TimeProvider.System).FindAsync(contact!.Id, CancellationToken.None), found => found is not null, TimeSpan.FromSeconds(30));
        // The SMS consumer stores the contact with its triage and publishes it to alerting.
        var trace = await Eventually.Get(() => Task.FromResult(WebhookTrace(exported)), spans => Consumer(spans, "AlertConsumer") is not null, TimeSpan.FromSeconds(10));

        Assert.That(posted.IsSuccessStatusCode, Is.True);
        Assert.That(trace.Where(span => span.Kind == ActivityKind.Server).Select(span => span.DisplayName), Is.EqualTo(new[] { "POST /twilio/sms" }));
        Assert.That(Consumer(trace, "SmsReceivedConsumer"), Is.Not.Null, "SmsReceived consumed in the webhook's trace");
        Assert.That(Consumer(trace, "AlertConsumer"), Is.Not.Null, "ContactTriaged alerted in the webhook's trace");
        Assert.That(
            trace.Where(span => span.Kind == ActivityKind.Producer).Select(span => span.GetTagItem("messaging.destination.name")),
            Is.SupersetOf(new[] { "urn:message:Hotline.Contracts:SmsReceived", "urn:message:Hotline.Contracts:ContactTriaged" }),
            "the webhook's publication and the triaged contact's, in the same trace");
    }

    // Every span of the trace that the webhook's server span started; the listener is process-wide,
    // so spans of other hosts may be in the list too.
    static List<Activity> WebhookTrace(ExportedSpans exported)
    {
        var spans = exported.Snapshot();
        var webhook = spans.FirstOrDefault(span => span.Kind == ActivityKind.Server && span.DisplayName == "POST /twilio/sms");
        return webhook is null ? [] : spans.Where(span => span.TraceId == webhook.TraceId).ToList();
    }

    static Activity? Consumer(IEnumerable<Activity> spans, string consumer) =>
        spans.FirstOrDefault(span => span.Kind == ActivityKind.Consumer
            && span.GetTagItem("messaging.masstransit.consumer_type") is string type && type.Contains(consumer, StringComparison.Ordinal));
}
