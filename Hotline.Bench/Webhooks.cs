using System.Security.Cryptography;
using System.Text;

namespace Hotline.Bench;

// Inbound-SMS webhooks as Twilio sends them (every field, see shared/twilio-webhooks.md), signed
// with the auth token for the URL they are posted to. Each has a new MessageSid and caller.
public sealed class Webhooks(Uri smsUrl, string authToken)
{
    public const string AccountSid = "AC0123456789abcdef0123456789abcdef";
    public const string HotlineNumber = "+4570203040";

    int _created;

    public Uri SmsUrl => smsUrl;

    // How many have been made: each is a contact once the system took it.
    public int Created => Volatile.Read(ref _created);

    public HttpRequestMessage Sms(string body, out string messageSid)
    {
        Interlocked.Increment(ref _created);
        messageSid = "SM" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var from = "+4529" + RandomNumberGenerator.GetInt32(1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
        var form = new Dictionary<string, string>
        {
            ["ToCountry"] = "DK",
            ["ToState"] = "",
            ["SmsMessageSid"] = messageSid,
            ["NumMedia"] = "0",
            ["ToCity"] = "",
            ["FromZip"] = "",
            ["SmsSid"] = messageSid,
            ["FromState"] = "",
            ["SmsStatus"] = "received",
            ["FromCity"] = "",
            ["Body"] = body,
            ["FromCountry"] = "DK",
            ["To"] = HotlineNumber,
            ["ToZip"] = "",
            ["NumSegments"] = "1",
            ["MessageSid"] = messageSid,
            ["AccountSid"] = AccountSid,
            ["From"] = from,
            ["ApiVersion"] = "2010-04-01",
        };
        var request = new HttpRequestMessage(HttpMethod.Post, smsUrl) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add("X-Twilio-Signature", Sign(smsUrl.AbsoluteUri, form));
        return request;
    }

    // As Hotline.Tests' TwilioSigner: HMAC-SHA1 over the URL and the fields sorted by name.
    string Sign(string url, Dictionary<string, string> form)
    {
        var payload = new StringBuilder(url);
        foreach (var (name, value) in form.OrderBy(field => field.Key, StringComparer.Ordinal))
        {
            payload.Append(name).Append(value);
        }

#pragma warning disable CA5350 // HMAC-SHA1 is what Twilio signs with; not our choice.
        return Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(authToken), Encoding.UTF8.GetBytes(payload.ToString())));
#pragma warning restore CA5350
    }
}
