using System.Diagnostics;
using System.Net;
using Hotline.Api.Intake;
using Hotline.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Tests.Api.Sms;

// Twilio waits 15 s in all; MassTransit's Publish would wait for ever for a broker that is down.
public class SmsWebhookDeadlineTests
{
    [Test]
    public async Task Answers_within_the_deadline_and_keeps_the_sms_in_the_spool_when_the_broker_is_down()
    {
        using var directory = new TestDirectory();
        await using var api = HotlineApiFactory.WithBrokerDown(directory, publishTimeout: TimeSpan.FromSeconds(1));
        using var client = api.CreateClient();
        var form = TwilioForms.IncomingSms(TwilioForms.NewMessageSid(), "+4520123456", "hej");

        var clock = Stopwatch.StartNew();
        using var response = await client.SendAsync(TwilioSigner.SignedPost(HotlineApiFactory.SmsUrl, form));
        clock.Stop();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("<Response"));
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)));
        Assert.That(await api.Services.GetRequiredService<IntakeSpool>().CountAsync(CancellationToken.None), Is.EqualTo(1));
        Assert.That(api.Logs.AllText, Does.Contain(form["MessageSid"]).And.Contain("spooled until the broker takes it"));
    }

    [Test]
    public async Task Answers_503_when_neither_the_broker_nor_the_spool_takes_the_sms()
    {
        using var directory = new TestDirectory();
        await using var api = HotlineApiFactory.WithBrokerDown(directory, publishTimeout: TimeSpan.FromSeconds(1));
        using var client = api.CreateClient();
        BreakSpool(directory);
        var form = TwilioForms.IncomingSms(TwilioForms.NewMessageSid(), "+4520123456", "hej");

        using var response = await client.SendAsync(TwilioSigner.SignedPost(HotlineApiFactory.SmsUrl, form));

        // A 5xx makes Twilio log the failure and call the fallback URL; a 200 would lose the SMS.
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(api.Logs.AllText, Does.Contain("could not be spooled").And.Contain("could not be published"));
    }

    [Test]
    public async Task A_webhook_the_broker_confirms_is_answered_without_touching_the_spool()
    {
        using var directory = new TestDirectory();
        await using var broker = await RabbitMqBroker.CreateVirtualHostAsync();
        await using var api = new HotlineApiFactory(directory, new Dictionary<string, string>
        {
            ["Hotline:Transport"] = "RabbitMq",
            ["ConnectionStrings:RabbitMq"] = broker.Uri.ToString(),
        });
        using var client = api.CreateClient();
        _ = api.Services.GetRequiredService<IntakeSpool>();  // creates the spool's file, broken next
        BreakSpool(directory);
        var form = TwilioForms.IncomingSms(TwilioForms.NewMessageSid(), "+4520123456", "hej");

        using var response = await client.SendAsync(TwilioSigner.SignedPost(HotlineApiFactory.SmsUrl, form));

        // The broker's confirm made the message safe; the spool, unreadable, was never needed.
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(api.Logs.AllText, Does.Not.Contain("could not be spooled").And.Not.Contain("could not be published"));
    }

    [Test]
    public async Task After_a_failed_publish_the_next_webhook_is_in_the_spool_before_it_waits_for_the_broker()
    {
        using var directory = new TestDirectory();
        await using var api = HotlineApiFactory.WithBrokerDown(directory, publishTimeout: TimeSpan.FromSeconds(5));
        using var client = api.CreateClient();
        var spool = api.Services.GetRequiredService<IntakeSpool>();
        using (var first = await client.SendAsync(TwilioSigner.SignedPost(HotlineApiFactory.SmsUrl, TwilioForms.IncomingSms(TwilioForms.NewMessageSid(), "+4520123456", "hej"))))
        {
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        var second = client.SendAsync(TwilioSigner.SignedPost(HotlineApiFactory.SmsUrl, TwilioForms.IncomingSms(TwilioForms.NewMessageSid(), "+4520123457", "hej igen")));

        // Spooled while its publish still waits for the 5 s deadline: a crash now loses nothing.
        var spooled = await Eventually.Get(() => spool.CountAsync(CancellationToken.None), count => count == 2, TimeSpan.FromSeconds(4));
        Assert.That(spooled, Is.EqualTo(2));
        Assert.That(second.IsCompleted, Is.False);
        using var answer = await second;
        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    static void BreakSpool(TestDirectory directory)
    {
        File.Delete(Path.Combine(directory.Path, IntakeSpool.FileName) + "-wal");
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.WriteAllText(Path.Combine(directory.Path, IntakeSpool.FileName), "this is not a database");
    }
}
