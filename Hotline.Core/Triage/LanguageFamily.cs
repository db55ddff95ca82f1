namespace Hotline.Triage;

// Languages close enough that one's cue phrases read as the other's: a Norwegian or Swedish SMS
// says "chefen har taget mit pas" much as a Danish one does.
internal static class LanguageFamily
{
    private static readonly string[][] Families =
    [
        ["da", "nb", "sv"],
        ["ru", "uk", "bg"],
        ["es", "pt"],
    ];

    public static bool AreClose(string first, string second) =>
        Families.Any(family => family.Contains(first, StringComparer.Ordinal) && family.Contains(second, StringComparer.Ordinal));
}
