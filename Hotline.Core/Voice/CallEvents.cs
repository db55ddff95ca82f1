namespace Hotline.Voice;

// The events of a call (voice_call_events.event) and the outcomes worked out from them.
public static class CallEvents
{
    public const string Incoming = "incoming";
    public const string Menu = "menu";
    public const string Dial = "dial";
    public const string Recording = "recording";
    public const string Transcription = "transcription";

    // The call status callback can report several statuses of one call: each is its own event.
    public static string Status(string callStatus) => "status:" + callStatus;

    public static bool IsFinalCallStatus(string callStatus) =>
        callStatus is "completed" or "busy" or "failed" or "no-answer" or "canceled";
}

public static class MenuChoices
{
    public const string Language = "language";
    public const string Danger = "danger";
    public const string None = "none";
}

public static class CallOutcomes
{
    public const string Answered = "answered";
    public const string Missed = "missed";
    public const string Voicemail = "voicemail";
}
