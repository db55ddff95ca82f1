namespace Hotline.Voice;

// What storing one call event led to.
public enum TriageNow
{
    // Not yet, or never (an answered call, or triage already under way).
    No,

    // The transcript arrived: triage its text.
    FromTranscript,

    // The danger key, or a transcription that failed: triage from the menu choice at once.
    FromMenu,
}

public sealed record CallEventResult(long ContactId, bool Duplicate, TriageNow Triage);
