using System.Net;
using System.Text;
using Hotline.Api.Twilio;
using Hotline.Contracts;
using Hotline.Privacy;
using Hotline.Tests.Api.Voice;
using Hotline.Tests.Support;

namespace Hotline.Tests.Api.Twilio;

public class HostileInputTests : HarnessApiFixture
{
    readonly PersonalDataProtector _protector = TestProtector.Create();
    static Dictionary<string, string> Sms(string from = "+4520123456", string body = "hej") =>
        TwilioForms.IncomingSms(TwilioForms.NewMessageSid(), from, body);

    // The form as raw bytes, for what FormUrlEncodedContent would never produce; signed over the
    // fields as the test means them.
    static HttpRequestMessage RawPost(string url, string encodedForm, string contentType = "application/x-www-form-urlencoded", string? signature = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(Encoding.ASCII.GetBytes(encodedForm)) };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        if (signature is not null)
        {
            request.Headers.Add("X-Twilio-Signature", signature);
        }

        return request;
    }

    async Task AssertRefused(HttpResponseMessage response, HttpStatusCode status, string reason)
    {
        Assert.That(response.StatusCode, Is.EqualTo(status));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain(reason));
        Assert.That(await Harness.Published.Any<SmsReceived>(), Is.False);
        Assert.That(await Harness.Published.Any<CallEventReported>(), Is.False);
    }

    [Test]
    public async Task Rejects_a_form_that_is_not_valid_utf8_with_400_before_the_signature()
    {
        var sid = TwilioForms.NewMessageSid();
        var form = $"MessageSid={sid}&From=%2B4520123456&Body=%C3%28%FF";

        using var response = await Client.SendAsync(RawPost(HotlineApiFactory.SmsUrl, form, signature: "anything"));

        await AssertRefused(response, HttpStatusCode.BadRequest, "UTF-8");
    }

    [Test]
    public async Task Rejects_a_surrogate_encoded_in_utf8_as_invalid()
    {
        // CESU-8 / WTF-8 of a lone high surrogate U+D800: not UTF-8.
        using var response = await Client.SendAsync(RawPost(HotlineApiFactory.SmsUrl, "Body=%ED%A0%80", signature: "x"));

        await AssertRefused(response, HttpStatusCode.BadRequest, "UTF-8");
    }

    [Test]
    public async Task Rejects_a_malformed_percent_escape_with_400()
    {
        using var response = await Client.SendAsync(RawPost(HotlineApiFactory.SmsUrl, "Body=100%zz", signature: "x"));

        await AssertRefused(response, HttpStatusCode.BadRequest, "percent-encoding");
    }

    [Test]
    public async Task Rejects_more_fields_than_any_webhook_has_with_400()
    {
        var form = Sms();
        for (var i = 0; i < TwilioFormRules.MaxFields; i++)
        {
            form[$"Extra{i}"] = "x";
        }

        using var response = await Client.SendAsync(TwilioSigner.SignedPost(HotlineApiFactory.SmsUrl, form));

        await AssertRefused(response, HttpStatusCode.BadRequest, $"at most {TwilioFormRules.MaxFields} fields");
    }

    [Test]
    public async Task Rejects_a_field_name_longer_than_64_bytes_with_400()
    {
        var form = Sms();
        form[new string('N', TwilioFormRules.MaxNameLength + 1)] = "x";

        using var response = await Client.SendAsync(TwilioSigner.SignedPost(HotlineApiFactory.SmsUrl, form));

        await AssertRefused(response, HttpStatusCode.BadRequest, "field name");
    }

    [Test]
    public async Task Rejects_a_field_value_over_the_limit_with_400()
    {
        var form = Sms();
        form["AddOns"] = new string('x', TwilioFormRules.MaxValueLength + 1);

        using var response = await Client.SendAsync(TwilioSigner.SignedPost(HotlineApiFactory.SmsUrl, form));

        await AssertRefused(response, HttpStatusCode.BadRequest, $"longer than {TwilioFormRules.MaxValueLength} characters");
    }

    [Test]
    public async Task Rejects_a_chunked_body_over_64_KiB_with_413()
    {
        var body = "Body=" + new string('a', TwilioSignatureFilter.MaxBodyBytes);
        using var request = new HttpRequestMessage(HttpMethod.Post, HotlineApiFactory.SmsUrl)
        {
            Content = new StreamContent(new NonSeekableStream(Encoding.ASCII.GetBytes(body))),
        };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/x-www-form-urlencoded");
        request.Headers.Add("X-Twilio-Signature", "x");
        Assert.That(request.Content.Headers.ContentLength, Is.Null, "the test must send no Content-Length");

        using var response = await Client.SendAsync(request);

        await AssertRefused(response, HttpStatusCode.RequestEntityTooLarge, "bytes");
    }

    [TestCase("multipart/form-data; boundary=x")]
    [TestCase("application/x-www-form-urlencoded; charset=iso-8859-1")]
    [TestCase("text/plain")]
    public async Task Rejects_anything_but_a_utf8_urlencoded_form_with_400(string contentType)
    {
        using var response = await Client.SendAsync(RawPost(HotlineApiFactory.SmsUrl, "Body=hej", contentType, signature: "x"));

        await AssertRefused(response, HttpStatusCode.BadRequest, "form post");
    }

    [Test]
    public async Task Rejects_an_absurdly_long_query_string_with_400()
    {
        var url = HotlineApiFactory.SmsUrl + "?x=" + new string('a', TwilioFormRules.MaxQueryLength);
        var form = Sms();

        using var response = await Client.SendAsync(TwilioSigner.SignedPost(url, form));

        await AssertRefused(response, HttpStatusCode.BadRequest, "query string");
    }

    [TestCase("To", "+45\n70203040")]
    [TestCase("FromCity", "K\u001b[31mBH")]
    [TestCase("SmsStatus", "received\u202e")]
    [TestCase("ApiVersion", "2010-04-01\u007f")]
    [TestCase("ToCountry", "D\u0085K")]
    public async Task Rejects_a_signed_sms_with_control_characters_outside_the_text_with_400(string field, string value)
    {
        var form = Sms();
        form[field] = value;

        using var response = await Client.SendAsync(TwilioSigner.SignedPost(HotlineApiFactory.SmsUrl, form));

        await AssertRefused(response, HttpStatusCode.BadRequest, "control characters");
    }

    [TestCase("From", "+4520123456\u0000")]
    [TestCase("Body", "hej\u0000")]
    public async Task Rejects_NUL_anywhere_even_in_the_text_with_400(string field, string value)
    {
        var form = Sms();
        form[field] = value;

        using var response = await Client.SendAsync(TwilioSigner.SignedPost(HotlineApiFactory.SmsUrl, form));

        await AssertRefused(response, HttpStatusCode.BadRequest, "NUL");
    }

    [Test]
    public async Task Rejects_a_field_sent_twice_with_400()
    {
        var sid = TwilioForms.NewMessageSid();
        using var response = await Client.SendAsync(RawPost(HotlineApiFactory.SmsUrl, $"MessageSid={sid}&From=%2B4520123456&From=%2B4520999999&Body=x", signature: "x"));

        Assert.That(response.StatusCode, Is.AnyOf(HttpStatusCode.BadRequest, HttpStatusCode.Forbidden));
        Assert.That(await Harness.Published.Any<SmsReceived>(), Is.False);
    }

    [Test]
    public async Task Rejects_a_properly_signed_sms_whose_From_appears_twice_with_400()
    {
        // Signed as Twilio signs repeated names: each value, in order.
        var sid = TwilioForms.NewMessageSid();
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Body", "x"), new("From", "+4520123456"), new("From", "+4520999999"), new("MessageSid", sid),
        };
        var signature = TwilioSigner.Sign(TestSecrets.AuthToken, HotlineApiFactory.SmsUrl, fields);
        using var request = new HttpRequestMessage(HttpMethod.Post, HotlineApiFactory.SmsUrl) { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add("X-Twilio-Signature", signature);

        using var response = await Client.SendAsync(request);

        Assert.That(response.StatusCode, Is.AnyOf(HttpStatusCode.BadRequest, HttpStatusCode.Forbidden));
        Assert.That(await Harness.Published.Any<SmsReceived>(), Is.False);
    }

    [TestCase("4520123456")]
    [TestCase("+45 20 12 34 56")]
    [TestCase("+0520123456")]
    [TestCase("+45201234567890123")]
    [TestCase("'; DROP TABLE contacts;--")]
    [TestCase("ABCDEFGHIJKL")]
    [TestCase("12")]
    [TestCase("sip:someone@example.org")]
    public async Task Rejects_an_sms_from_something_that_is_not_a_sender_with_400_naming_From(string from)
    {
        using var response = await Client.SendAsync(TwilioSigner.SignedPost(HotlineApiFactory.SmsUrl, Sms(from: from)));

        await AssertRefused(response, HttpStatusCode.BadRequest, "From");
    }

    [TestCase("+4520123456")]
    [TestCase("1919")]
    [TestCase("DSB")]
    [TestCase("Politi 112")]
    public async Task Accepts_an_sms_from_a_number_a_short_code_or_an_alphanumeric_sender(string from)
    {
        using var response = await Client.SendAsync(TwilioSigner.SignedPost(HotlineApiFactory.SmsUrl, Sms(from: from)));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await Harness.Published.Any<SmsReceived>(), Is.True);
    }

    [Test]
    public async Task Takes_a_text_with_newlines_tabs_emoji_joiners_and_bidi_marks_exactly_as_sent()
    {
        const string text = "Hjælp!\r\nDe tog mit pas\t😢👩‍👧 \u202bمساعدة\u202c \u000c";
        var form = Sms(body: text);

        using var response = await Client.SendAsync(TwilioSigner.SignedPost(HotlineApiFactory.SmsUrl, form));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var published = Harness.Published.Select<SmsReceived>().Single().Context.Message;
        Assert.That(_protector.Decrypt(published.EncryptedBody, published.KeyId, ProtectedColumns.Body), Is.EqualTo(text));
    }

    [TestCase("😀")]
    [TestCase("ก")]
    public async Task Takes_a_body_of_1600_characters_of_any_script_and_refuses_1601(string character)
    {
        // 1,600 is counted in UTF-16 code units: an emoji is two. Thai takes 9 bytes a character
        // URL-encoded, 14,400 for the whole body.
        var justRight = string.Concat(Enumerable.Repeat(character, 1600 / character.Length));
        var tooLong = justRight + "a";

        using var accepted = await Client.SendAsync(TwilioSigner.SignedPost(HotlineApiFactory.SmsUrl, Sms(body: justRight)));
        using var refused = await Client.SendAsync(TwilioSigner.SignedPost(HotlineApiFactory.SmsUrl, Sms(body: tooLong)));

        Assert.That(accepted.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [TestCase("+266696687")]
    [TestCase("Anonymous")]
    [TestCase("client:volunteer")]
    [TestCase("sip:caller@example.org")]
    public async Task Answers_a_call_from_a_withheld_or_non_phone_caller_and_keeps_no_caller(string from)
    {
        var callSid = VoiceCalls.NewCallSid();

        using var response = await Client.SendAsync(TwilioSigner.SignedPost(VoiceCalls.VoiceUrl, VoiceCalls.CallForm(callSid, from, "ringing")));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("<Gather"));
        var published = Harness.Published.Select<CallEventReported>().Single().Context.Message;
        Assert.That(published.CallerHash, Is.Null);
        Assert.That(published.EncryptedCallerNumber, Is.Null);
    }

    [Test]
    public async Task Rejects_a_call_whose_From_is_longer_than_any_address_with_400()
    {
        var form = VoiceCalls.CallForm(VoiceCalls.NewCallSid(), "+" + new string('4', 200), "ringing");

        using var response = await Client.SendAsync(TwilioSigner.SignedPost(VoiceCalls.VoiceUrl, form));

        await AssertRefused(response, HttpStatusCode.BadRequest, "longer than any phone number");
    }

    // A body stream without a length, as a chunked upload would be.
    sealed class NonSeekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
