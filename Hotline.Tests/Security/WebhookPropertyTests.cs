using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Hotline.Contracts;
using Hotline.Tests.Api.Voice;
using Hotline.Tests.Support;
using MassTransit.Testing;

namespace Hotline.Tests.Security;

// Arbitrary forms against every /twilio endpoint of the real API, signed and unsigned: whatever
// comes in, the answer is never a 5xx, no exception reaches VoiceErrorFilter, and a refused
// request publishes nothing.
[NonParallelizable]
public class WebhookPropertyTests
{
    static readonly string[] Endpoints =
    [
        "/twilio/sms", "/twilio/sms/status", "/twilio/voice", "/twilio/voice/menu", "/twilio/voice/dial", "/twilio/voice/screen",
        "/twilio/voice/screen/answer", "/twilio/voice/recorded", "/twilio/voice/status", "/twilio/voice/recording", "/twilio/voice/transcription",
    ];

    static readonly string[] TwilioNames =
    [
        "MessageSid", "SmsSid", "AccountSid", "From", "To", "Body", "NumMedia", "MessageStatus", "ErrorCode", "CallSid", "CallStatus",
        "Digits", "DialCallStatus", "DialCallDuration", "CallDuration", "RecordingSid", "RecordingUrl", "RecordingStatus", "RecordingDuration",
        "TranscriptionText", "TranscriptionStatus", "Caller", "FromCity", "ApiVersion",
    ];

    // One API for all the generated forms: a fresh one per form would take minutes.
    HarnessApi _api = null!;

    [OneTimeSetUp]
    public void StartApi() => _api = new HarnessApi();

    [OneTimeTearDown]
    public async Task StopApi() => await _api.DisposeAsync();

    public sealed record Field(string Name, byte[] Value);

    public sealed record Webhook(string Path, string Query, IReadOnlyList<Field> Fields, Signing Signing)
    {
        public override string ToString() =>
            $"{Signing} {Path}?{Query} " + string.Join('&', Fields.Select(field => $"{field.Name}={Convert.ToHexString(field.Value)}"));
    }

    public enum Signing { WithToken, WithoutSignature, WrongToken }

    [Test]
    public void No_form_on_any_endpoint_gets_a_5xx_or_publishes_when_refused()
    {
        var property = Prop.ForAll(Webhooks().ToArbitrary(), webhook => Holds(webhook).GetAwaiter().GetResult());

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), property);
    }

    async Task<bool> Holds(Webhook webhook)
    {
        var publishedBefore = PublishedCount();
        var errorsBefore = VoiceErrors();

        using var response = await _api.Client.SendAsync(Request(webhook));
        var status = (int)response.StatusCode;

        if (status >= 500)
        {
            throw new AssertionException($"{status} for {webhook}: {await response.Content.ReadAsStringAsync()}");
        }

        if (VoiceErrors() != errorsBefore)
        {
            throw new AssertionException($"A voice handler threw for {webhook}:\n{_api.Api.Logs.Lines.Last(line => line.Contains("answered with voicemail", StringComparison.Ordinal))}");
        }

        if (status != 200 && PublishedCount() != publishedBefore)
        {
            throw new AssertionException($"{status} but something was published for {webhook}");
        }

        return status is 200 or 400 or 403 or 413;
    }

    int PublishedCount()
    {
        var harness = _api.Harness;
        return harness.Published.Select<SmsReceived>().Count()
            + harness.Published.Select<SmsStatusReported>().Count()
            + harness.Published.Select<CallEventReported>().Count()
            + harness.Published.Select<StaffSmsReceived>().Count();
    }

    int VoiceErrors() => _api.Api.Logs.Lines.Count(line => line.Contains("answered with voicemail", StringComparison.Ordinal));

    static HttpRequestMessage Request(Webhook webhook)
    {
        var url = "http://localhost" + webhook.Path + (webhook.Query.Length == 0 ? "" : "?" + webhook.Query);
        var body = string.Join('&', webhook.Fields.Select(field => Encode(Encoding.UTF8.GetBytes(field.Name)) + "=" + Encode(field.Value)));
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(Encoding.ASCII.GetBytes(body)) };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/x-www-form-urlencoded");
        if (webhook.Signing != Signing.WithoutSignature)
        {
            // Signed over the values as the server decodes them (invalid UTF-8 becomes U+FFFD).
            var token = webhook.Signing == Signing.WithToken ? TestSecrets.AuthToken : "fedcba9876543210fedcba9876543210";
            var decoded = webhook.Fields.Select(field => new KeyValuePair<string, string>(field.Name, Encoding.UTF8.GetString(field.Value)));
            request.Headers.Add("X-Twilio-Signature", TwilioSigner.Sign(token, url, decoded));
        }

        return request;
    }

    static string Encode(byte[] bytes)
    {
        var encoded = new StringBuilder(bytes.Length * 3);
        foreach (var b in bytes)
        {
            if (char.IsAsciiLetterOrDigit((char)b) || b is (byte)'-' or (byte)'.' or (byte)'_' or (byte)'~')
            {
                encoded.Append((char)b);
            }
            else
            {
                encoded.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return encoded.ToString();
    }

    // A valid form for the endpoint, then a few hostile changes: most cases get past the
    // signature and into the field rules and the handlers.
    static Gen<Webhook> Webhooks() =>
        from path in Gen.Elements(Endpoints)
        from query in Gen.Frequency((3, Gen.Constant("")), (1, HostileText().Select(text => "lang=" + Uri.EscapeDataString(Utf8Safe(text)) + "&danger=1&staff=" + Uri.EscapeDataString(Utf8Safe(text)))))
        from changes in Gen.Choose(0, 4).SelectMany(count => Change().ArrayOf(count))
        from signing in Gen.Frequency((6, Gen.Constant(Signing.WithToken)), (1, Gen.Constant(Signing.WithoutSignature)), (1, Gen.Constant(Signing.WrongToken)))
        select new Webhook(path, query, Apply(BaseForm(path), changes), signing);

    static IReadOnlyList<Field> Apply(Dictionary<string, string> form, Func<List<Field>, List<Field>>[] changes)
    {
        var fields = form.Select(pair => new Field(pair.Key, Encoding.UTF8.GetBytes(pair.Value))).ToList();
        return changes.Aggregate(fields, (current, change) => change(current));
    }

    static Gen<Func<List<Field>, List<Field>>> Change() => Gen.OneOf(
        from name in Gen.Elements(TwilioNames)
        from value in HostileValue()
        select (Func<List<Field>, List<Field>>)(fields => [.. fields.Where(field => field.Name != name), new Field(name, value)]),
        from name in HostileText()
        from value in HostileValue()
        select (Func<List<Field>, List<Field>>)(fields => [.. fields, new Field(Utf8Safe(name), value)]),
        from name in Gen.Elements(TwilioNames)
        select (Func<List<Field>, List<Field>>)(fields => [.. fields.Where(field => field.Name != name)]),
        from count in Gen.Choose(100, 200)
        select (Func<List<Field>, List<Field>>)(fields => [.. fields, .. Enumerable.Range(0, count).Select(i => new Field($"Extra{i}", [(byte)'x'])) ]));

    static Gen<byte[]> HostileValue() => Gen.Frequency(
        (5, HostileText().Select(text => Encoding.UTF8.GetBytes(text))),
        (1, ArbMap.Default.GeneratorFor<byte[]>()),
        (1, Gen.Elements<byte[]>([0xC3, 0x28], [0xED, 0xA0, 0x80], [0xFF, 0xFE], [0xF0, 0x9F, 0x98])));

    // Strings a phone, a forger or a broken proxy might send.
    static Gen<string> HostileText() => Gen.Frequency(
        (3, ArbMap.Default.GeneratorFor<string>().Select(text => text ?? "")),
        (2, Gen.Choose(0, 0xFFFF).Select(code => (char)code).ArrayOf().Select(chars => new string(chars))),
        (2, Gen.Elements(
            "+4520123456", "+266696687", "Anonymous", "completed", "no-answer", "1", "9", "#", "", " ", "\r\n", "\t", "\u202e", "\u200d",
            "😀", "\ud800", "\udfff", "%", "&=&", "+", "SM0123456789abcdef0123456789abcdef", "CA0123456789abcdef0123456789abcdef",
            "RE0123456789abcdef0123456789abcdef", "https://api.twilio.com/2010-04-01/Recordings/RE0", "-1", "99999999999999999999", "NaN")),
        (1, Gen.Choose(1, 20_000).Select(length => new string('a', length))),
        (1, Gen.Choose(1, 2_000).Select(count => string.Concat(Enumerable.Repeat("😀\u0007", count)))));

    // Names go through Encoding.UTF8 on both sides; a lone surrogate would become U+FFFD on one only.
    static string Utf8Safe(string text) => Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text));

    static Dictionary<string, string> BaseForm(string path)
    {
        var callSid = VoiceCalls.NewCallSid();
        return path switch
        {
            "/twilio/sms" => TwilioForms.IncomingSms(TwilioForms.NewMessageSid(), "+4520123456", "De tog mit pas"),
            "/twilio/sms/status" => new() { ["MessageSid"] = TwilioForms.NewMessageSid(), ["MessageStatus"] = "delivered", ["AccountSid"] = TwilioForms.AccountSid },
            "/twilio/voice/menu" or "/twilio/voice/screen/answer" => VoiceCalls.With(VoiceCalls.CallForm(callSid, "+4520123456"), ("Digits", "2")),
            "/twilio/voice/dial" => VoiceCalls.With(VoiceCalls.CallForm(callSid, "+4520123456"), ("DialCallStatus", "no-answer"), ("DialCallDuration", "0")),
            "/twilio/voice/status" => VoiceCalls.With(VoiceCalls.CallForm(callSid, "+4520123456", "completed"), ("CallDuration", "31")),
            "/twilio/voice/recording" => VoiceCalls.RecordingForm(callSid, "RE0123456789abcdef0123456789abcdef", 12),
            "/twilio/voice/transcription" => VoiceCalls.TranscriptionForm(callSid, "+4520123456", "RE0123456789abcdef0123456789abcdef", "completed", "Hjælp"),
            _ => VoiceCalls.CallForm(callSid, "+4520123456", "ringing"),
        };
    }
}
