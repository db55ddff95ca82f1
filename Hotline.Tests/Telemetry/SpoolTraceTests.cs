using System.Diagnostics;
using System.Net;
using Hotline.Api.Intake;
using Hotline.Tests.Support;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace Hotline.Tests.Telemetry;

// A webhook that waited in the intake spool is published later by the drainer, still in the
// webhook's trace.
[Category("RabbitMQ")]
public class SpoolTraceTests
{
    [Test]
    public async Task A_spooled_sms_is_published_in_the_trace_of_its_webhook_once_the_broker_is_back()
    {
        await using var broker = await RabbitMqBroker.CreateVirtualHostAsync();
        using var directory = new TestDirectory();
        await using var gate = new TcpGate(broker.Uri.Host, broker.Uri.Port);
        var exported = new ExportedSpans();
        await using var factory = new HotlineApiFactory(directory, new Dictionary<string, string>
        {
            ["Hotline:Transport"] = "RabbitMq",
            ["ConnectionStrings:RabbitMq"] = new UriBuilder(broker.Uri) { Port = gate.Port }.Uri.ToString(),
            ["Hotline:PublishTimeout"] = "00:00:01",
        });
        await using var api = factory.WithWebHostBuilder(host => host.ConfigureTestServices(services =>
            services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(exported))));
        gate.Shut();
        using var client = api.CreateClient();

        using var posted = await client.SendAsync(TwilioSigner.SignedPost(HotlineApiFactory.SmsUrl, TwilioForms.IncomingSms(TwilioForms.NewMessageSid(), "+4520987654", "spooled")));
        var spool = api.Services.GetRequiredService<IntakeSpool>();
        var spooled = await spool.CountAsync(CancellationToken.None);
        gate.Open();
        var drained = await Eventually.Get(() => Task.FromResult(DrainedPublication(exported.Snapshot())), span => span is not null, TimeSpan.FromSeconds(60));
        var webhook = exported.Snapshot().Single(span => span.Kind == ActivityKind.Server && span.DisplayName == "POST /twilio/sms");

        Assert.That(posted.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(spooled, Is.EqualTo(1), "the broker was unreachable: the SMS waits in the spool");
        Assert.That(drained, Is.Not.Null, "the drainer published the spooled SMS");
        Assert.That(drained!.TraceId, Is.EqualTo(webhook.TraceId));
    }

    // The publication of SmsReceived under the drainer's span, not the webhook's failed attempt.
    static Activity? DrainedPublication(List<Activity> spans) =>
        spans.Where(span => span.DisplayName == "publish spooled")
            .SelectMany(drain => spans.Where(span => span.Kind == ActivityKind.Producer && span.ParentSpanId == drain.SpanId
                && span.GetTagItem("messaging.destination.name") is string destination && destination.EndsWith("Hotline.Contracts:SmsReceived", StringComparison.Ordinal)))
            .FirstOrDefault(span => span.Status != ActivityStatusCode.Error);
}
