namespace Hotline.Contracts;

// An inbound SMS whose Twilio signature was valid. The API encrypts the caller's number and the
// text before publishing, so personal data is never in clear in the broker or its disk; the
// worker stores the sealed values as they are (see PersonalDataProtector and ProtectedColumns).
// New fields must be optional: messages already in a queue must still read.
public sealed record SmsReceived
{
    public required string MessageSid { get; init; }

    public required DateTimeOffset ReceivedAt { get; init; }

    // The hotline number the SMS was sent to: ours, not personal data.
    public required string To { get; init; }

    public required byte[] CallerHash { get; init; }

    public required byte[] EncryptedCallerNumber { get; init; }

    public required byte[] EncryptedBody { get; init; }

    public required string KeyId { get; init; }

    public int NumMedia { get; init; }
}
