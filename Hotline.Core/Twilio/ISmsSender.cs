namespace Hotline.Twilio;

// Sends an SMS to staff: an alert, a confirmation, a summary. Never to a caller.
public interface ISmsSender
{
    // Returns Twilio's MessageSid. Throws SmsSendException when Twilio refuses.
    Task<string> SendAsync(OutboundSms sms, CancellationToken cancellationToken);
}

public sealed record OutboundSms(string To, string Body, Uri? StatusCallback, TimeSpan? ValidityPeriod);

public sealed class SmsSendException(string message, bool transient, int? errorCode, Exception? inner = null) : Exception(message, inner)
{
    // A retry may succeed (429, 5xx, no connection); otherwise the number or the message is wrong
    // and only another recipient helps.
    public bool Transient { get; } = transient;

    // Twilio's error code (21211 invalid To, 21610 unsubscribed, …) when it gave one.
    public int? ErrorCode { get; } = errorCode;
}
