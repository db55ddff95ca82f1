namespace Hotline.Voice;

// A call as stored (voice_calls), personal data sealed.
public sealed record StoredCall
{
    public long ContactId { get; init; }

    public string CallSid { get; init; } = "";

    public string? MenuChoice { get; init; }

    public string? Language { get; init; }

    public bool DangerKey { get; init; }

    public long? StaffId { get; init; }

    public string? DialStatus { get; init; }

    public int? TalkSeconds { get; init; }

    public string? CallStatus { get; init; }

    public int? CallSeconds { get; init; }

    public string? RecordingSid { get; init; }

    public byte[]? RecordingUrl { get; init; }

    public int? RecordingSeconds { get; init; }

    public string? TranscriptionStatus { get; init; }

    public string? Outcome { get; init; }

    public DateTime? TriageRequestedAt { get; init; }
}
