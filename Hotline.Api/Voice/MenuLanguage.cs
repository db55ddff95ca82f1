namespace Hotline.Api.Voice;

// A language of the voice menu, with what is said in it.
public sealed record MenuLanguage(
    string Digit,
    string Code,
    string Name,
    string SayLanguage,
    string? Voice,
    string Prompt,
    string Connecting,
    string Voicemail);
