using Hotline.Voice;
using Microsoft.Extensions.Options;

namespace Hotline.Api.Voice;

// The menu's languages: Danish on 1, English on 2, the configured ones on 3–8, and the danger
// key on 9. Texts for Danish and English are fixed here; the others come from Voice:Languages.
public sealed class VoiceMenu
{
    public const string DangerDigit = "9";

    public static readonly MenuLanguage Danish = new(
        "1", "da", "dansk", "da-DK", "Polly.Naja",
        "Tast 1 for dansk.",
        "Et øjeblik, vi stiller dig videre.",
        "Der er ingen, der kan tage dit opkald lige nu. Læg en besked efter tonen.");

    public static readonly MenuLanguage English = new(
        "2", "en", "engelsk", "en-GB", "Polly.Amy",
        "For English, press 2.",
        "Please hold, we are connecting you.",
        "Nobody can take your call right now. Please leave a message after the tone.");

    public const string GreetingDanish = "Du har ringet til hotlinen mod menneskehandel.";
    public const string GreetingEnglish = "You have reached the hotline against human trafficking.";
    public const string DangerPromptDanish = "Er du i fare lige nu, så tast 9.";
    public const string DangerPromptEnglish = "If you are in danger right now, press 9.";
    public const string DangerAdviceDanish = "Er du i akut fare, så ring 112. Vi prøver at stille dig videre nu.";
    public const string DangerAdviceEnglish = "If you are in immediate danger, call 112. We are trying to connect you now.";
    public const string ThanksDanish = "Tak for din besked.";
    public const string ThanksEnglish = "Thank you for your message.";

    // The duty person hears this before the call is put through: the language and, if pressed,
    // the danger key; nothing about the caller.
    public const string ScreenAcceptDigit = "1";
    public const string ScreenEnglish = "A hotline call is waiting. Press 1 to take it.";

    public VoiceMenu(IOptions<VoiceOptions> options)
    {
        Languages = [Danish, English, .. options.Value.Languages.Select(language => new MenuLanguage(
            language.Digit,
            language.Code,
            language.Name,
            language.SayLanguage,
            language.Voice,
            language.Prompt,
            language.Connecting ?? English.Connecting,
            language.Voicemail ?? English.Voicemail))];
    }

    public IReadOnlyList<MenuLanguage> Languages { get; }

    public MenuLanguage? ByDigit(string digit) => Languages.FirstOrDefault(language => language.Digit == digit);

    public MenuLanguage? ByCode(string? code) => Languages.FirstOrDefault(language => language.Code == code);

    public static string ScreenDanish(MenuLanguage? language, bool danger) =>
        $"Et opkald til hotlinen venter{(language is null ? "" : $", på {language.Name}")}."
        + (danger ? " Den, der ringer, har tastet, at de er i fare." : "")
        + " Tast 1 for at tage det.";
}
