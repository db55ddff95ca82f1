namespace Hotline.Triage;

// Some scripts or letters settle the language on their own, even in a two-word message.
internal static class ScriptDetector
{
    private const string UkrainianOnlyLetters = "іїєґІЇЄҐ";
    private const string VietnameseOnlyLetters = "ơưƠƯđĐ";

    // Letters Persian adds to the Arabic script (pe, che, zhe, gaf, and its own kaf and yeh); Arabic writes
    // ك and ي, so two of these in an Arabic-script message make it Persian.
    private const string PersianOnlyLetters = "پچژگکی";

    public static string? Decide(string text)
    {
        var thai = 0;
        var arabic = 0;
        var persian = 0;
        var ethiopic = 0;
        var ukrainian = 0;
        var vietnamese = 0;
        var letters = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }

            letters++;
            if (c is >= '\u0E00' and <= '\u0E7F')
            {
                thai++;
            }
            else if (c is >= '\u0600' and <= '\u06FF')
            {
                arabic++;
                if (PersianOnlyLetters.Contains(c, StringComparison.Ordinal))
                {
                    persian++;
                }
            }
            else if (c is >= '\u1200' and <= '\u139F')
            {
                ethiopic++;
            }
            else if (UkrainianOnlyLetters.Contains(c, StringComparison.Ordinal))
            {
                ukrainian++;
            }
            else if (VietnameseOnlyLetters.Contains(c, StringComparison.Ordinal) || c is >= '\u1EA0' and <= '\u1EF9')
            {
                vietnamese++;
            }
        }

        if (letters == 0)
        {
            return null;
        }

        // Half the letters in one script: a Latin place name or "OK" does not change a Thai message.
        // Ethiopic script at the hotline is Tigrinya (Eritreans); Amharic would need a word list to tell apart.
        return thai * 2 >= letters ? "th"
            : arabic * 2 >= letters ? (persian >= 2 ? "fa" : "ar")
            : ethiopic * 2 >= letters ? "ti"
            : ukrainian >= 1 && ukrainian * 40 >= letters ? "uk"
            : vietnamese >= 2 ? "vi"
            : null;
    }
}
