using Hotline.Tests.Support;
using Hotline.Twilio;
using Microsoft.Extensions.Options;

namespace Hotline.Tests.Twilio;

// The live sender, through the real Twilio library, against a local fake of Twilio's REST API
// reached through Twilio:ApiBaseUrl.
public class TwilioSmsSenderTests
{
    FakeTwilioApi _twilio = null!;
    TwilioSmsSender _sender = null!;

    [SetUp]
    public async Task StartFake()
    {
        _twilio = await FakeTwilioApi.StartAsync();
        _sender = _twilio.Sender(_twilio.LiveOptions());
    }

    [TearDown]
    public async Task StopFake() => await _twilio.DisposeAsync();

    [Test]
    public async Task Sends_through_the_configured_base_url_with_every_field_Twilio_needs()
    {
        var sid = await _sender.SendAsync(
            new OutboundSms("+4520000001", "HOTLINE 1234: test", new Uri("https://hotline.example.org/twilio/sms/status"), TimeSpan.FromMinutes(2)),
            CancellationToken.None);

        var sent = _twilio.Messages.Single();
        Assert.That(sid, Is.EqualTo(sent.Sid));
        Assert.That(sent.AccountSid, Is.EqualTo(TwilioForms.AccountSid));
        Assert.That(sent.BasicAuthUser, Is.EqualTo(TwilioForms.AccountSid));
        Assert.That(sent.To, Is.EqualTo("+4520000001"));
        Assert.That(sent.From, Is.EqualTo(TwilioForms.HotlineNumber));
        Assert.That(sent.Body, Is.EqualTo("HOTLINE 1234: test"));
        Assert.That(sent.StatusCallback, Is.EqualTo("https://hotline.example.org/twilio/sms/status"));
        Assert.That(sent.ValidityPeriod, Is.EqualTo("120"));
    }

    [TestCase(429, 20429, true)]
    [TestCase(503, 20503, true)]
    [TestCase(400, 21211, false)]
    [TestCase(400, 21610, false)]
    public void Tells_a_transient_refusal_from_a_permanent_one(int status, int code, bool transient)
    {
        _twilio.RefuseNext(status, code);

        var refused = Assert.ThrowsAsync<SmsSendException>(() => _sender.SendAsync(new OutboundSms("+4520000001", "x", null, null), CancellationToken.None));

        Assert.That(refused!.Transient, Is.EqualTo(transient));
        Assert.That(refused.ErrorCode, Is.EqualTo(code));
        Assert.That(_twilio.Messages, Is.Empty);
    }

    [Test]
    public void Calls_an_unreachable_Twilio_transient()
    {
        var unreachable = new TwilioSmsSender(
            Options.Create(new TwilioOptions { AccountSid = TwilioForms.AccountSid, AuthToken = TestSecrets.AuthToken, PhoneNumber = TwilioForms.HotlineNumber }),
            new HttpClient(new ApiBaseUrlHandler(new Uri("http://127.0.0.1:9/")) { InnerHandler = new HttpClientHandler() }));

        var refused = Assert.ThrowsAsync<SmsSendException>(() => unreachable.SendAsync(new OutboundSms("+4520000001", "x", null, null), CancellationToken.None));

        Assert.That(refused!.Transient, Is.True);
    }
}
