namespace Hotline.Triage;

// Some scripts or letters settle the language on their own, even in a two-word message.
internal static class ScriptDetector
{
    private const string UkrainianOnlyLetters = "іїєґІЇЄҐ";
    private const string VietnameseOnlyLetters = "ơưƠƯđĐ";

    public static string? Decide(string text)
    {
        var thai = 0;
        var arabic = 0;
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
        return thai * 2 >= letters ? "th"
            : arabic * 2 >= letters ? "ar"
            : ukrainian >= 1 && ukrainian * 40 >= letters ? "uk"
            : vietnamese >= 2 ? "vi"
            : null;
    }
}
