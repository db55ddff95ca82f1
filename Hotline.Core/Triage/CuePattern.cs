namespace Hotline.Triage;

// A compiled cue phrase. Syntax, word by word, separated by spaces:
//   passport      the word itself (after folding, so "pas" matches "PAS" and "pás")
//   passport*     any word starting with it (a stem)
//   took|kept*    any of the alternatives
//   #             any number ("14", "14h", "3.")
//   ..  or ..5    up to 3 (or 5) other words within the same clause
// A phrase in Thai (or another script written without spaces) is matched as a substring instead.
internal sealed class CuePattern
{
    private const int DefaultGap = 3;
    private const string NumberWord = "#";

    private CuePattern(string indicator, Lexicon lexicon, string source, CueElement[] elements, string? unspaced)
    {
        Indicator = indicator;
        Lexicon = lexicon;
        Source = source;
        Elements = elements;
        Unspaced = unspaced;
    }

    public string Indicator { get; }

    public Lexicon Lexicon { get; }

    public string Source { get; }

    public IReadOnlyList<CueElement> Elements { get; }

    // Set for phrases in unspaced scripts; these match as substrings of NormalizedText.Compact.
    public string? Unspaced { get; }

    public int WordCount => Elements.Count(element => element is CueWord);

    public static CuePattern Compile(string indicator, Lexicon lexicon, string source)
    {
        if (source.Any(TextNormalizer.IsUnspacedScript))
        {
            var compact = string.Concat(TextNormalizer.NormalizeWords(source));
            return new CuePattern(indicator, lexicon, source, [], compact);
        }

        var elements = new List<CueElement>();
        foreach (var part in source.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.StartsWith("..", StringComparison.Ordinal))
            {
                var width = part.Length == 2 ? DefaultGap : int.Parse(part.AsSpan(2), System.Globalization.CultureInfo.InvariantCulture);
                elements.Add(new CueGap(width));
                continue;
            }

            if (part == NumberWord)
            {
                elements.Add(new CueWord([], [], AnyNumber: true));
                continue;
            }

            if (!part.Contains('|', StringComparison.Ordinal) && !part.EndsWith('*'))
            {
                // A plain part may fold into several words ("ne-au", "id-kort"): each becomes its own element.
                elements.AddRange(TextNormalizer.NormalizeWords(part).Select(word => new CueWord([word], [])));
                continue;
            }

            var exact = new List<string>();
            var prefixes = new List<string>();
            var anyNumber = false;
            foreach (var alternative in part.Split('|', StringSplitOptions.RemoveEmptyEntries))
            {
                if (alternative == NumberWord)
                {
                    anyNumber = true;
                    continue;
                }

                var isPrefix = alternative.EndsWith('*');
                var words = TextNormalizer.NormalizeWords(isPrefix ? alternative[..^1] : alternative);
                if (words.Length != 1)
                {
                    throw new InvalidDataException(
                        $"Cue '{source}' ({lexicon.Language}/{indicator}): alternative '{alternative}' must be a single word.");
                }

                (isPrefix ? prefixes : exact).Add(words[0]);
            }

            elements.Add(new CueWord([.. exact], [.. prefixes], anyNumber));
        }

        if (elements.Count == 0 || elements[0] is not CueWord || elements[^1] is not CueWord)
        {
            throw new InvalidDataException(
                $"Cue '{source}' ({lexicon.Language}/{indicator}) must start and end with a word.");
        }

        return new CuePattern(indicator, lexicon, source, [.. elements], null);
    }
}

internal abstract record CueElement;

internal sealed record CueWord(string[] Exact, string[] Prefixes, bool AnyNumber = false) : CueElement
{
    public bool Matches(string token)
    {
        if (AnyNumber && token.Any(char.IsDigit))
        {
            return true;
        }

        foreach (var word in Exact)
        {
            if (string.Equals(word, token, StringComparison.Ordinal))
            {
                return true;
            }
        }

        foreach (var prefix in Prefixes)
        {
            if (token.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}

internal sealed record CueGap(int MaxWords) : CueElement;
