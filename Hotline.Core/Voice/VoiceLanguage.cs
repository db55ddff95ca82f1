namespace Hotline.Voice;

// One extra language of the voice menu (Voice:Languages:n:…).
public sealed class VoiceLanguage
{
    // The key that chooses it: 3 to 8 (1 is Danish, 2 English, 9 "I am in danger now").
    public string Digit { get; set; } = "";

    // ISO 639-1, as the roster's staff languages and the triage labels write it: "pl".
    public string Code { get; set; } = "";

    // The language's Danish name, for the duty person's screening prompt: "polsk".
    public string Name { get; set; } = "";

    // Twilio's <Say> language and voice: "pl-PL", "Polly.Ewa".
    public string SayLanguage { get; set; } = "";

    public string? Voice { get; set; }

    // Said in the menu, in the language itself: "Po polsku naciśnij 3."
    public string Prompt { get; set; } = "";

    // Said before the call is put through, and before the voicemail tone. English is said when
    // these are missing.
    public string? Connecting { get; set; }

    public string? Voicemail { get; set; }
}
