namespace Hotline.Roster;

// The ISO 639-1 codes a duty person may list. Triage recognises fewer languages; this list is
// wider so the roster can say who speaks the languages callers actually use (EU languages, those
// of the largest groups of identified victims in Denmark, and the interpreters' usual ones).
public static class StaffLanguages
{
    public static IReadOnlySet<string> Known { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "da", "en", "de", "sv", "no", "nb", "nn", "is", "fi", "et", "lv", "lt", "pl", "cs", "sk", "hu",
        "ro", "bg", "hr", "sr", "bs", "sl", "mk", "sq", "el", "tr", "uk", "ru", "be", "ka", "hy",
        "fr", "es", "pt", "it", "nl", "ar", "fa", "ps", "ur", "hi", "bn", "ta", "ne", "zh", "vi",
        "th", "tl", "id", "ms", "ja", "ko", "mn", "so", "am", "ti", "sw", "ha", "yo", "ig", "ku",
    };

    public static bool IsKnown(string code) => Known.Contains(code);
}
