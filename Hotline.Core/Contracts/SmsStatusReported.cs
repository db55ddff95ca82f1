namespace Hotline.Contracts;

// Twilio's delivery status callback for an SMS we sent (an alert or a confirmation to staff).
public sealed record SmsStatusReported
{
    public required string MessageSid { get; init; }

    public required string MessageStatus { get; init; }

    public int? ErrorCode { get; init; }
}
