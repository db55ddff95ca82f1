using System.Security.Cryptography;

namespace Hotline.Tests.Support;

// Webhook forms with the fields Twilio really sends (see shared/twilio-webhooks.md).
public static class TwilioForms
{
    public const string AccountSid = "AC0123456789abcdef0123456789abcdef";
    public const string HotlineNumber = "+4570203040";

    public static string NewMessageSid() => "SM" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public static Dictionary<string, string> IncomingSms(string messageSid, string from, string body) => new()
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
}
