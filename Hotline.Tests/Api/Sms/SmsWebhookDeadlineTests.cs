using System.Diagnostics;
using System.Net;
using Hotline.Tests.Support;

namespace Hotline.Tests.Api.Sms;

// Twilio waits 15 s in all; MassTransit's Publish would wait for ever for a broker that is down.
public class SmsWebhookDeadlineTests
{
    [Test]
    public async Task Answers_within_the_deadline_with_an_error_when_the_broker_is_down()
    {
        using var directory = new TestDirectory();
        await using var api = new HotlineApiFactory(directory, new Dictionary<string, string>
        {
            ["Hotline:Transport"] = "RabbitMq",
            ["ConnectionStrings:RabbitMq"] = "amqp://guest:guest@127.0.0.1:9/",  // the discard port: nothing listens
            ["Hotline:PublishTimeout"] = "00:00:01",
        });
        using var client = api.CreateClient();
        var form = TwilioForms.IncomingSms(TwilioForms.NewMessageSid(), "+4520123456", "hej");

        var clock = Stopwatch.StartNew();
        using var response = await client.SendAsync(TwilioSigner.SignedPost(HotlineApiFactory.SmsUrl, form));
        clock.Stop();

        // A 5xx makes Twilio log the failure and call the fallback URL; a 200 would lose the SMS.
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("<Response"));
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)));
        Assert.That(api.Logs.AllText, Does.Contain(form["MessageSid"]).And.Contain("could not be published"));
    }
}
