using System.Globalization;

namespace Hotline.Triage;

// A compiled cue phrase. Syntax, word by word, separated by spaces:
//   passport      the word itself (after folding, so "pas" matches "PAS" and "pás")
//   passport*     any word starting with it (a stem)
//   took|kept*    any of the alternatives; an alternative of several words joins them with "_"
//                 ("ficou_com|tirou") or a hyphen ("ne-a|mi-a")
//   #             any number ("14", "14h"); #minor a number below 18 (an age)
//   ..  or ..5    up to 3 (or 5) other words within the same clause
// A phrase in Thai (or another script written without spaces) is matched as a substring instead.
internal sealed class CuePattern
{
    private const int DefaultGap = 3;
    private const string NumberWord = "#";
    private const string MinorAgeWord = "#minor";
    private const int AgeOfMajority = 18;

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

    public int WordCount => Elements.Count(element => element is CueChoice);

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
                var width = part.Length == 2 ? DefaultGap : int.Parse(part.AsSpan(2), CultureInfo.InvariantCulture);
                elements.Add(new CueGap(width));
                continue;
            }

            var options = part.Split('|', StringSplitOptions.RemoveEmptyEntries).Select(ParseOption).ToArray();
            if (options.Any(option => option.Words.Length == 0 && !option.AnyNumber))
            {
                throw new InvalidDataException($"Cue '{source}' ({lexicon.Language}/{indicator}) has an empty alternative in '{part}'.");
            }

            elements.Add(new CueChoice(options));
        }

        if (elements.Count == 0 || elements[0] is not CueChoice || elements[^1] is not CueChoice)
        {
            throw new InvalidDataException(
                $"Cue '{source}' ({lexicon.Language}/{indicator}) must start and end with a word.");
        }

        return new CuePattern(indicator, lexicon, source, [.. elements], null);
    }

    private static CueOption ParseOption(string alternative)
    {
        if (alternative == NumberWord)
        {
            return new CueOption([], LastIsStem: false, AnyNumber: true);
        }

        if (alternative == MinorAgeWord)
        {
            return new CueOption([], LastIsStem: false, AnyNumber: true, BelowNumber: AgeOfMajority);
        }

        var isStem = alternative.EndsWith('*');
        var words = TextNormalizer.NormalizeWords((isStem ? alternative[..^1] : alternative).Replace('_', ' '));
        return new CueOption(words, isStem, AnyNumber: false);
    }
}

internal abstract record CueElement;

// One of several word sequences; most options are a single word.
internal sealed record CueChoice(CueOption[] Options) : CueElement;

internal sealed record CueOption(string[] Words, bool LastIsStem, bool AnyNumber, int? BelowNumber = null)
{
    // Number of tokens matched at index, or 0 when the option does not match there.
    public int MatchLength(string[] tokens, int index)
    {
        if (AnyNumber)
        {
            return index < tokens.Length && IsNumberInRange(tokens[index]) ? 1 : 0;
        }

        if (index + Words.Length > tokens.Length)
        {
            return 0;
        }

        for (var offset = 0; offset < Words.Length; offset++)
        {
            var token = tokens[index + offset];
            var word = Words[offset];
            var matches = LastIsStem && offset == Words.Length - 1
                ? token.StartsWith(word, StringComparison.Ordinal)
                : string.Equals(token, word, StringComparison.Ordinal);
            if (!matches)
            {
                return 0;
            }
        }

        return Words.Length;
    }

    // "14", "14h", "14-årig": the leading digits are the number.
    private bool IsNumberInRange(string token)
    {
        var digits = token.TakeWhile(char.IsDigit).Count();
        if (digits == 0)
        {
            return BelowNumber is null && token.Any(char.IsDigit);
        }

        return BelowNumber is not { } limit
            || (int.TryParse(token.AsSpan(0, digits), CultureInfo.InvariantCulture, out var number) && number < limit);
    }
}

internal sealed record CueGap(int MaxWords) : CueElement;
