using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Hotline.Triage;

// Folds messages and cue phrases to the same shape, so that "HJAELP", "hjalp", "hjææælp" and "hjælp" meet:
// lower case, accents dropped, æ/ø/å and their spellings ae/oe/aa reduced to a/o/a, repeated letters
// collapsed, SMS abbreviations expanded.
internal sealed class TextNormalizer
{
    // "…" is how transcripts and phones write a pause ("jeg kan ikke snakke… de kommer tilbage"): a new clause. Arabic
    // and Persian write their own comma, semicolon and question mark (، ؛ ؟), Tigrinya the Ethiopic ones (። ፣ ፤ ፥ ፧).
    private const string ClausePunctuation = ".!?;:,…\n\r،؛؟።፣፤፥፧";

    private readonly FrozenDictionary<string, string[]> abbreviations;
    private readonly FrozenSet<string> fillers;

    public TextNormalizer(IReadOnlyDictionary<string, string> abbreviations, IEnumerable<string> fillers)
    {
        ArgumentNullException.ThrowIfNull(abbreviations);
        ArgumentNullException.ThrowIfNull(fillers);
        // "pls" and "plss" fold to one key; the first spelling listed wins.
        this.abbreviations = abbreviations
            .GroupBy(pair => CollapseRepeats(FoldWord(pair.Key)), StringComparer.Ordinal)
            .ToFrozenDictionary(
                group => group.Key,
                group => Split(Fold(group.First().Value)).Select(CollapseRepeats).ToArray(),
                StringComparer.Ordinal);
        this.fillers = fillers.Select(FoldWord).ToFrozenSet(StringComparer.Ordinal);
    }

    public NormalizedText Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = Fold(text);
        var tokens = new List<string>();
        var clauseStarts = new List<bool>();
        var compact = new StringBuilder(folded.Length);
        var word = new StringBuilder();
        var clauseBreakPending = true;
        var hasUnspacedScript = false;
        var letterCount = 0;

        void FlushWord()
        {
            if (word.Length == 0)
            {
                return;
            }

            var raw = word.ToString();
            word.Clear();
            if (fillers.Contains(raw))
            {
                return;
            }

            var collapsed = CollapseRepeats(raw);
            if (abbreviations.TryGetValue(collapsed, out var expansion))
            {
                foreach (var part in expansion)
                {
                    Add(part);
                }
            }
            else
            {
                Add(collapsed);
            }
        }

        void Add(string token)
        {
            tokens.Add(token);
            clauseStarts.Add(clauseBreakPending);
            clauseBreakPending = false;
            compact.Append(token);
        }

        foreach (var c in folded)
        {
            if (IsWordChar(c))
            {
                word.Append(c);
                if (char.IsLetter(c))
                {
                    letterCount++;
                    hasUnspacedScript |= IsUnspacedScript(c);
                }
            }
            else if (c is '\'' or '’' or 'ʼ' or '`' or '‘')
            {
                // Inside a word an apostrophe is dropped, so "can't" and "cant" are one token.
                continue;
            }
            else
            {
                FlushWord();
                if (ClausePunctuation.Contains(c, StringComparison.Ordinal))
                {
                    clauseBreakPending = true;
                }
            }
        }

        FlushWord();
        return new NormalizedText([.. tokens], [.. clauseStarts], compact.ToString(), hasUnspacedScript, letterCount);
    }

    // Tokens of a cue phrase: the same folding as messages, without abbreviation expansion or filler removal.
    public static string[] NormalizeWords(string phrase) =>
        Split(Fold(phrase)).Select(CollapseRepeats).ToArray();

    // ICU's normalisation throws on an unpaired surrogate or a noncharacter (U+FFFE, U+FDD0 and
    // their kin), which any SMS can carry; a space stands in for each, so the rest is still triaged.
    static string WithoutInvalidCodePoints(string text)
    {
        if (!text.EnumerateRunes().Any(IsInvalid))
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            clean.Append(IsInvalid(rune) ? " " : rune.ToString());
        }

        return clean.ToString();

        // EnumerateRunes gives U+FFFD for an unpaired surrogate (a real U+FFFD becomes a space too).
        static bool IsInvalid(Rune rune) =>
            rune == Rune.ReplacementChar || (rune.Value & 0xFFFE) == 0xFFFE || rune.Value is >= 0xFDD0 and <= 0xFDEF;
    }

    public static bool IsUnspacedScript(char c) =>
        c is >= '\u0E00' and <= '\u0EFF' // Thai, Lao
            or >= '\u1000' and <= '\u109F' // Myanmar
            or >= '\u1780' and <= '\u17FF' // Khmer
            or >= '\u3040' and <= '\u9FFF'; // Kana, CJK

    internal static string Fold(string text)
    {
        var lower = WithoutInvalidCodePoints(text).ToLowerInvariant();
        var spelled = new StringBuilder(lower.Length + 8);
        foreach (var c in lower)
        {
            spelled.Append(c switch
            {
                'æ' => "a",
                'ø' => "o",
                'å' => "a",
                'œ' => "o",
                'ß' => "ss",
                'ł' => "l",
                'đ' => "d",
                'ð' => "d",
                'ı' => "i",
                'þ' => "th",
                _ => c.ToString(),
            });
        }

        var decomposed = spelled.ToString().Normalize(NormalizationForm.FormD);
        var result = new StringBuilder(decomposed.Length);
        var lastBase = '\0';
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark && lastBase < '\u0530')
            {
                // Accents on Latin, Greek and Cyrillic letters are often left out in SMS; Thai marks are part of the word.
                continue;
            }

            if (category != UnicodeCategory.NonSpacingMark)
            {
                lastBase = c;
            }

            result.Append(c);
        }

        return result.ToString();
    }

    private static string FoldWord(string word) => string.Concat(Split(Fold(word)));

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c)
            || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static IEnumerable<string> Split(string folded)
    {
        var word = new StringBuilder();
        foreach (var c in folded)
        {
            if (IsWordChar(c))
            {
                word.Append(c);
            }
            else if (c is '\'' or '’' or 'ʼ' or '`' or '‘')
            {
                continue;
            }
            else if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }

    // "heeelp" and "help", "pasport" and "passport", "faaet" (fået) and "faet" become the same token;
    // so do the keyboard spellings "hjaelp"/"hjalp" (hjælp) and "loen"/"lon" (løn), and German "ae"/"oe".
    // Digits are left alone so that "112" stays an emergency number.
    private static string CollapseRepeats(string token)
    {
        var builder = new StringBuilder(token.Length);
        var previous = '\0';
        foreach (var c in token)
        {
            if (c == previous && char.IsLetter(c))
            {
                continue;
            }

            if (c == 'e' && previous is 'a' or 'o')
            {
                continue;
            }

            builder.Append(c);
            previous = c;
        }

        return builder.ToString();
    }
}
