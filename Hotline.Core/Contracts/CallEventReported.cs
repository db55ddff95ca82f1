namespace Hotline.Contracts;

// One thing Twilio told us about a call: the call arrived, the caller chose in the menu, the dial
// ended, a recording or transcript is ready, or the call's status changed. Event names the kind
// (see CallEvents); the fields that kind does not carry stay null. Personal data is sealed by the
// API before publishing, like SmsReceived: the caller's number, the recording URL, the transcript.
public sealed record CallEventReported
{
    public required string CallSid { get; init; }

    public required string Event { get; init; }

    public required DateTimeOffset ReceivedAt { get; init; }

    public byte[]? CallerHash { get; init; }

    public byte[]? EncryptedCallerNumber { get; init; }

    public string? KeyId { get; init; }

    // The menu: what was chosen, in which language, and whether the danger key was pressed.
    public string? MenuChoice { get; init; }

    public string? Language { get; init; }

    public bool DangerKeyPressed { get; init; }

    // The dial result: who was dialled (null for the fallback number) and how it ended.
    public long? StaffId { get; init; }

    public string? DialCallStatus { get; init; }

    public int? DialCallDuration { get; init; }

    // The call status callback.
    public string? CallStatus { get; init; }

    public int? CallDuration { get; init; }

    public string? RecordingSid { get; init; }

    public byte[]? EncryptedRecordingUrl { get; init; }

    public string? RecordingStatus { get; init; }

    public int? RecordingDuration { get; init; }

    public string? TranscriptionStatus { get; init; }

    // Sealed for ProtectedColumns.Body: it becomes the contact's text, which triage opens.
    public byte[]? EncryptedTranscript { get; init; }
}
