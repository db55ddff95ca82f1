namespace Hotline.Voice;

// Where a live call goes: a staff member's phone, the fallback coordinator number (StaffId null),
// or nobody (Number null): voicemail.
public sealed record VoiceRoute(string? Number, long? StaffId)
{
    public static readonly VoiceRoute Voicemail = new(null, null);

    public bool IsVoicemail => Number is null;
}
