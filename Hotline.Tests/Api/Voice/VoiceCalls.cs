using System.Net;
using System.Security.Cryptography;
using System.Xml.Linq;
using Hotline.Tests.Support;

namespace Hotline.Tests.Api.Voice;

// One call as Twilio would make it against the API: each webhook signed, each answer parsed.
public sealed class VoiceCalls(HttpClient client)
{
    public const string VoiceUrl = "http://localhost/twilio/voice";

    public static string NewCallSid() => "CA" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    // The parameters Twilio sends with every webhook of an inbound call.
    public static Dictionary<string, string> CallForm(string callSid, string from, string callStatus = "in-progress") => new()
    {
        ["AccountSid"] = TwilioForms.AccountSid,
        ["ApiVersion"] = "2010-04-01",
        ["CallSid"] = callSid,
        ["CallStatus"] = callStatus,
        ["Called"] = TwilioForms.HotlineNumber,
        ["Caller"] = from,
        ["Direction"] = "inbound",
        ["From"] = from,
        ["FromCountry"] = "DK",
        ["To"] = TwilioForms.HotlineNumber,
        ["ToCountry"] = "DK",
    };

    public static Dictionary<string, string> With(Dictionary<string, string> form, params (string Name, string Value)[] fields)
    {
        var copy = new Dictionary<string, string>(form);
        foreach (var (name, value) in fields)
        {
            copy[name] = value;
        }

        return copy;
    }

    // The recording status callback carries no caller parameters.
    public static Dictionary<string, string> RecordingForm(string callSid, string recordingSid, int seconds) => new()
    {
        ["AccountSid"] = TwilioForms.AccountSid,
        ["CallSid"] = callSid,
        ["RecordingSid"] = recordingSid,
        ["RecordingUrl"] = $"https://api.twilio.com/2010-04-01/Accounts/{TwilioForms.AccountSid}/Recordings/{recordingSid}",
        ["RecordingStatus"] = "completed",
        ["RecordingDuration"] = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["RecordingChannels"] = "1",
        ["RecordingSource"] = "RecordVerb",
    };

    public static Dictionary<string, string> TranscriptionForm(string callSid, string from, string recordingSid, string status, string text) =>
        With(CallForm(callSid, from, "completed"),
            ("TranscriptionSid", "TR" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))),
            ("TranscriptionText", text),
            ("TranscriptionStatus", status),
            ("TranscriptionUrl", "https://api.twilio.com/2010-04-01/Transcriptions/TR0"),
            ("RecordingSid", recordingSid),
            ("RecordingUrl", "https://api.twilio.com/2010-04-01/Recordings/" + recordingSid));

    public async Task<(HttpStatusCode Status, XElement TwiML)> Post(string url, IReadOnlyDictionary<string, string> form)
    {
        using var response = await client.SendAsync(TwilioSigner.SignedPost(url, form));
        var body = await response.Content.ReadAsStringAsync();
        var twiml = response.Content.Headers.ContentType?.MediaType?.EndsWith("xml", StringComparison.Ordinal) == true
            ? XDocument.Parse(body).Root!
            : new XElement("NotTwiML", body);
        return (response.StatusCode, twiml);
    }
}
