namespace Hotline.Twilio;

public enum TwilioMode
{
    // Outbound messages are recorded, not sent: the default, for development and tests.
    Simulated,
    Live,
}

// The Twilio configuration section. The auth token is a secret: user secrets or environment
// variables (Twilio__AuthToken), never committed JSON.
public sealed class TwilioOptions
{
    public const string Section = "Twilio";

    public string? AccountSid { get; set; }

    public string? AuthToken { get; set; }

    // Tokens still accepted on webhooks during a rotation: Twilio signs with the new primary token
    // at once, but a request already on its way (or retried) was signed with the old one.
    public List<string> PreviousAuthTokens { get; set; } = [];

    // The hotline's own number (E.164), the sender of alerts.
    public string? PhoneNumber { get; set; }

    public TwilioMode Mode { get; set; } = TwilioMode.Simulated;

    // The base URL Twilio calls (https://hotline.example.org). Signatures cover the exact URL
    // Twilio used, which behind a proxy differs from what the server sees.
    public Uri? PublicBaseUrl { get; set; }

    // Sends the Twilio library's REST calls here instead of api.twilio.com: staging and test doubles.
    public Uri? ApiBaseUrl { get; set; }
}
