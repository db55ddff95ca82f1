namespace Hotline.Voice;

// The Voice configuration section: the menu's extra languages, how long the duty person's phone
// rings, how long a voicemail may be, how the roster is read for a live call, and how long a
// missed call waits for its transcript before it is triaged from the menu choice.
public sealed class VoiceOptions
{
    public const string Section = "Voice";

    // Seconds the duty person's phone rings before the caller goes to voicemail.
    public int DialTimeoutSeconds { get; set; } = 20;

    // Seconds the menu waits for a key before taking the default (Danish, forwarded as usual).
    public int MenuTimeoutSeconds { get; set; } = 6;

    // Seconds a duty person has to press the accept key after hearing the screening prompt.
    public int ScreenTimeoutSeconds { get; set; } = 8;

    // Twilio transcribes recordings of at most two minutes.
    public int MaxRecordingSeconds { get; set; } = 120;

    // A live call reads the roster from here for this long, so that a burst of calls does not
    // hammer the database and a slow database does not keep a caller waiting on every call.
    public TimeSpan RosterCacheDuration { get; set; } = TimeSpan.FromSeconds(15);

    // How long a live call waits for the roster before it falls back.
    public TimeSpan RosterTimeout { get; set; } = TimeSpan.FromSeconds(2);

    // A coordinator's number (E.164) dialled when the roster can't be read. Without it, voicemail.
    public string? FallbackNumber { get; set; }

    // How long after a missed call's last callback its transcript may still come; after that it
    // is triaged from the menu choice alone.
    public TimeSpan TranscriptionWait { get; set; } = TimeSpan.FromMinutes(2);

    // How often the worker looks for missed calls whose wait is over.
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(10);

    // Menu languages besides Danish (key 1) and English (key 2).
    public List<VoiceLanguage> Languages { get; set; } = [];
}
