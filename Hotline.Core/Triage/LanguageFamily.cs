namespace Hotline.Triage;

// Languages close enough that one's cue phrases read as the other's: a Norwegian or Swedish SMS
// says "chefen har taget mit pas" much as a Danish one does.
internal static class LanguageFamily
{
    public static IReadOnlyList<IReadOnlyList<string>> All { get; } =
    [
        ["da", "nb", "sv"],
        ["ru", "uk", "bg"],
        ["es", "pt"],
    ];

    public static bool AreClose(string first, string second) =>
        All.Any(family => family.Contains(first, StringComparer.Ordinal) && family.Contains(second, StringComparer.Ordinal));

    public static IReadOnlyList<string>? Of(string language) =>
        All.FirstOrDefault(family => family.Contains(language, StringComparer.Ordinal));
}
