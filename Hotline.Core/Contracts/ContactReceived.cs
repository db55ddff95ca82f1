namespace Hotline.Contracts;

// A contact is stored and waits for triage: published for every SMS, and for every voicemail
// transcript or missed call. The text stays sealed (see SmsReceived).
public sealed record ContactReceived
{
    public required long ContactId { get; init; }

    // Twilio's MessageSid or CallSid, for the logs.
    public required string SourceSid { get; init; }

    public required string Channel { get; init; }

    // Null when there is no text to triage (a missed call, a failed transcription).
    public byte[]? EncryptedText { get; init; }

    public string? KeyId { get; init; }

    // The voice menu's "I am in danger now" key.
    public bool DangerKeyPressed { get; init; }

    // The language the caller chose in the voice menu: the contact's language when the text does
    // not tell one (no transcript, or too little of it).
    public string? ChosenLanguage { get; init; }
}
