using System.Net;
using System.Xml.Linq;
using Hotline.Api.Twilio;
using Hotline.Contracts;
using Hotline.Privacy;
using Hotline.Tests.Support;

namespace Hotline.Tests.Api.Sms;

public class SmsWebhooksTests : HarnessApiFixture
{
    readonly PersonalDataProtector _protector = TestProtector.Create();
    [Test]
    public async Task Answers_a_signed_sms_with_empty_TwiML_and_publishes_it_sealed()
    {
        var sid = TwilioForms.NewMessageSid();

        using var response = await Client.SendAsync(TwilioSigner.SignedPost(HotlineApiFactory.SmsUrl, TwilioForms.IncomingSms(sid, "+4520123456", "De tog mit pas")));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/xml"));
        var twiml = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.That(twiml.Root!.Name.LocalName, Is.EqualTo("Response"));
        Assert.That(twiml.Root.Elements(), Is.Empty, "no reply may go back to a phone someone else may read");

        var published = Harness.Published.Select<SmsReceived>().Single(message => message.Context.Message.MessageSid == sid).Context.Message;
        Assert.That(published.To, Is.EqualTo(TwilioForms.HotlineNumber));
        Assert.That(published.KeyId, Is.EqualTo(TestSecrets.KeyId));
        Assert.That(_protector.Decrypt(published.EncryptedCallerNumber, published.KeyId, ProtectedColumns.CallerNumber), Is.EqualTo("+4520123456"));
        Assert.That(_protector.Decrypt(published.EncryptedBody, published.KeyId, ProtectedColumns.Body), Is.EqualTo("De tog mit pas"));
        Assert.That(published.CallerHash, Is.EqualTo(_protector.HashPhoneNumber("+4520123456")));
    }

    [Test]
    public async Task Refuses_an_unsigned_sms_with_403_and_publishes_nothing()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, HotlineApiFactory.SmsUrl)
        {
            Content = new FormUrlEncodedContent(TwilioForms.IncomingSms(TwilioForms.NewMessageSid(), "+4520123456", "hej")),
        };

        using var response = await Client.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(await Harness.Published.Any<SmsReceived>(), Is.False);
    }

    [Test]
    public async Task Refuses_a_signature_made_with_another_token()
    {
        var form = TwilioForms.IncomingSms(TwilioForms.NewMessageSid(), "+4520123456", "hej");

        using var response = await Client.SendAsync(TwilioSigner.SignedPost(HotlineApiFactory.SmsUrl, form, authToken: "fedcba9876543210fedcba9876543210"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(await Harness.Published.Any<SmsReceived>(), Is.False);
    }

    [Test]
    public async Task Refuses_a_signature_made_for_another_url()
    {
        var form = TwilioForms.IncomingSms(TwilioForms.NewMessageSid(), "+4520123456", "hej");
        using var request = TwilioSigner.SignedPost("http://localhost/twilio/voice", form);
        request.RequestUri = new Uri(HotlineApiFactory.SmsUrl);

        using var response = await Client.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task Refuses_a_signed_sms_whose_text_was_changed_on_the_way()
    {
        var form = TwilioForms.IncomingSms(TwilioForms.NewMessageSid(), "+4520123456", "hej");
        using var request = TwilioSigner.SignedPost(HotlineApiFactory.SmsUrl, form);
        form["Body"] = "changed";
        request.Content = new FormUrlEncodedContent(form);

        using var response = await Client.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(await Harness.Published.Any<SmsReceived>(), Is.False);
    }

    [Test]
    public async Task Rejects_a_request_that_is_not_a_form_with_400_and_a_reason()
    {
        using var response = await Client.PostAsync(HotlineApiFactory.SmsUrl, new StringContent("{\"Body\":\"hej\"}", System.Text.Encoding.UTF8, "application/json"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("form post"));
    }

    [TestCase("MessageSid", "", "MessageSid")]
    [TestCase("MessageSid", "CA0123456789abcdef0123456789abcdef", "MessageSid")]
    [TestCase("From", "", "From")]
    public async Task Rejects_a_signed_sms_with_a_bad_field_with_400_naming_it(string field, string value, string named)
    {
        var form = TwilioForms.IncomingSms(TwilioForms.NewMessageSid(), "+4520123456", "hej");
        form[field] = value;

        using var response = await Client.SendAsync(TwilioSigner.SignedPost(HotlineApiFactory.SmsUrl, form));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain(named));
        Assert.That(await Harness.Published.Any<SmsReceived>(), Is.False);
    }

    [Test]
    public async Task Rejects_a_body_longer_than_an_sms_with_400()
    {
        var form = TwilioForms.IncomingSms(TwilioForms.NewMessageSid(), "+4520123456", new string('a', 1601));

        using var response = await Client.SendAsync(TwilioSigner.SignedPost(HotlineApiFactory.SmsUrl, form));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("1600"));
    }

    [Test]
    public async Task Rejects_an_oversized_request_with_413_before_reading_it()
    {
        var form = TwilioForms.IncomingSms(TwilioForms.NewMessageSid(), "+4520123456", new string('a', TwilioSignatureFilter.MaxBodyBytes));

        using var response = await Client.SendAsync(TwilioSigner.SignedPost(HotlineApiFactory.SmsUrl, form));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
        Assert.That(await Harness.Published.Any<SmsReceived>(), Is.False);
    }

    [Test]
    public async Task Publishes_a_signed_delivery_status_callback()
    {
        var sid = TwilioForms.NewMessageSid();
        var form = new Dictionary<string, string>
        {
            ["AccountSid"] = TwilioForms.AccountSid,
            ["ApiVersion"] = "2010-04-01",
            ["ErrorCode"] = "30003",
            ["From"] = TwilioForms.HotlineNumber,
            ["MessageSid"] = sid,
            ["MessageStatus"] = "undelivered",
            ["SmsSid"] = sid,
            ["SmsStatus"] = "undelivered",
            ["To"] = "+4520000001",
        };

        using var response = await Client.SendAsync(TwilioSigner.SignedPost("http://localhost/twilio/sms/status", form));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var published = Harness.Published.Select<SmsStatusReported>().Single().Context.Message;
        Assert.That(published, Is.EqualTo(new SmsStatusReported { MessageSid = sid, MessageStatus = "undelivered", ErrorCode = 30003 }));
    }

    [Test]
    public async Task Refuses_an_unsigned_delivery_status_callback()
    {
        using var response = await Client.PostAsync("http://localhost/twilio/sms/status", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["MessageSid"] = TwilioForms.NewMessageSid(),
            ["MessageStatus"] = "failed",
        }));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(await Harness.Published.Any<SmsStatusReported>(), Is.False);
    }

    [Test]
    public async Task Logs_identifiers_but_never_the_number_or_the_text()
    {
        var sid = TwilioForms.NewMessageSid();

        using var response = await Client.SendAsync(TwilioSigner.SignedPost(HotlineApiFactory.SmsUrl, TwilioForms.IncomingSms(sid, "+4520987654", "mein Chef hat meinen Pass")));
        await Harness.Consumed.Any<SmsReceived>();

        Assert.That(Api.Logs.AllText, Does.Contain(sid));
        Assert.That(Api.Logs.AllText, Does.Not.Contain("20987654").And.Not.Contain("meinen Pass"));
    }
}
