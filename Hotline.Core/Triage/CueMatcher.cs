using System.Collections.Frozen;

namespace Hotline.Triage;

// Finds every cue of every lexicon in a message. Cues are indexed by their first word (or stem) so a
// message is scanned once, whatever the number of cues. Immutable after construction, so thread-safe.
internal sealed class CueMatcher
{
    private const int NegationWindow = 4;
    private const int UnspacedNegationWindow = 8;
    private const int ConditionWindow = 2;

    private readonly FrozenDictionary<string, CuePattern[]> byFirstWord;
    private readonly FrozenDictionary<string, CuePattern[]> byFirstStem;
    private readonly FrozenDictionary<string, CuePattern[]>.AlternateLookup<ReadOnlySpan<char>> stemLookup;
    private readonly int[] stemLengths;
    private readonly CuePattern[] unspaced;
    private readonly CuePattern[] byFirstNumber;
    private readonly FrozenDictionary<string, NegationScope> scopes;
    private readonly FrozenSet<CuePattern> cuesSayingNo;

    public CueMatcher(IReadOnlyList<Lexicon> lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        var patterns = lexicons
            .SelectMany(lexicon => lexicon.Cues.SelectMany(group =>
                group.Value.Select(source => CuePattern.Compile(group.Key, lexicon, source))))
            .ToList();

        var numbers = new List<CuePattern>();
        var words = new Dictionary<string, List<CuePattern>>(StringComparer.Ordinal);
        var stems = new Dictionary<string, List<CuePattern>>(StringComparer.Ordinal);
        foreach (var pattern in patterns.Where(pattern => pattern.Unspaced is null))
        {
            // Indexed by the first word of each option; a one-word stem option by its stem.
            foreach (var option in ((CueChoice)pattern.Elements[0]).Options)
            {
                if (option.AnyNumber)
                {
                    numbers.Add(pattern);
                }
                else if (option.LastIsStem && option.Words.Length == 1)
                {
                    Add(stems, option.Words[0], pattern);
                }
                else
                {
                    Add(words, option.Words[0], pattern);
                }
            }
        }

        byFirstWord = words.ToFrozenDictionary(pair => pair.Key, pair => pair.Value.Distinct().ToArray(), StringComparer.Ordinal);
        byFirstStem = stems.ToFrozenDictionary(pair => pair.Key, pair => pair.Value.Distinct().ToArray(), StringComparer.Ordinal);
        stemLookup = byFirstStem.GetAlternateLookup<ReadOnlySpan<char>>();
        stemLengths = [.. stems.Keys.Select(stem => stem.Length).Distinct().Order()];
        byFirstNumber = [.. numbers.Distinct()];
        unspaced = [.. patterns.Where(pattern => pattern.Unspaced is { Length: > 0 })];
        scopes = lexicons.ToFrozenDictionary(lexicon => lexicon.Language, NegationScope.From, StringComparer.Ordinal);
        cuesSayingNo = patterns.Where(pattern => ContainsNegation(pattern, scopes[pattern.Lexicon.Language])).ToFrozenSet();
        CueCount = patterns.Count;
    }

    public int CueCount { get; }

    public List<CueMatch> FindAll(NormalizedText text)
    {
        var matches = new List<CueMatch>();
        var tokens = text.Tokens;
        for (var start = 0; start < tokens.Length; start++)
        {
            var token = tokens[start];
            if (byFirstNumber.Length > 0 && HasDigit(token))
            {
                TryAll(byFirstNumber, text, start, matches);
            }

            if (byFirstWord.TryGetValue(token, out var candidates))
            {
                TryAll(candidates, text, start, matches);
            }

            foreach (var length in stemLengths)
            {
                if (length > token.Length)
                {
                    break;
                }

                if (stemLookup.TryGetValue(token.AsSpan(0, length), out var stemCandidates))
                {
                    TryAll(stemCandidates, text, start, matches);
                }
            }
        }

        if (text.HasUnspacedScript)
        {
            FindUnspaced(text.Compact, matches);
        }

        return matches;
    }

    private void TryAll(CuePattern[] candidates, NormalizedText text, int start, List<CueMatch> matches)
    {
        foreach (var cue in candidates)
        {
            var end = MatchFrom(cue.Elements, 0, text, start);
            if (end >= 0 && !AlreadyMatched(matches, cue, start))
            {
                matches.Add(new CueMatch(cue, start, end, IsNegated(cue, text, start)));
            }
        }
    }

    // A cue reachable through two index entries (a word and a stem) is still one match. Matches are added
    // token by token, so those at this start are the last ones.
    private static bool AlreadyMatched(List<CueMatch> matches, CuePattern cue, int start)
    {
        for (var i = matches.Count - 1; i >= 0 && matches[i].Start == start; i--)
        {
            if (ReferenceEquals(matches[i].Cue, cue))
            {
                return true;
            }
        }

        return false;
    }

    // Returns the index after the last matched token, or -1.
    private static int MatchFrom(IReadOnlyList<CueElement> elements, int elementIndex, NormalizedText text, int tokenIndex)
    {
        if (elementIndex == elements.Count)
        {
            return tokenIndex;
        }

        var tokens = text.Tokens;
        switch (elements[elementIndex])
        {
            case CueChoice choice:
                foreach (var option in choice.Options)
                {
                    var length = option.MatchLength(tokens, tokenIndex);
                    if (length > 0)
                    {
                        var end = MatchFrom(elements, elementIndex + 1, text, tokenIndex + length);
                        if (end >= 0)
                        {
                            return end;
                        }
                    }
                }

                return -1;
            case CueGap gap:
                for (var skipped = 0; skipped <= gap.MaxWords; skipped++)
                {
                    var next = tokenIndex + skipped;
                    if (next >= tokens.Length || text.ClauseStarts[next])
                    {
                        // A gap never reaches into the next sentence or clause.
                        break;
                    }

                    var end = MatchFrom(elements, elementIndex + 1, text, next);
                    if (end >= 0)
                    {
                        return end;
                    }
                }

                return -1;
            default:
                throw new InvalidOperationException($"Unknown cue element {elements[elementIndex]}.");
        }
    }

    // "nobody forces me", "jeg er ikke låst inde", "nie jestem zamknięty": a negation of the cue's own
    // language within a few words before it, in the same clause, cancels the cue.
    private bool IsNegated(CuePattern cue, NormalizedText text, int start)
    {
        // "no me paga el finiquito", "hasn't paid my holiday pay": a pay claim is about pay not paid, so a "not"
        // before it is part of the claim, not a denial of it.
        if (cuesSayingNo.Contains(cue) || cue.Indicator == Indicator.LabourDispute)
        {
            // "ring ikke", "don't call", "nie płaci" already say no; a "not" before them is another clause.
            return false;
        }

        var scope = scopes[cue.Lexicon.Language];
        for (var index = start - 1; index >= 0 && index >= start - NegationWindow; index--)
        {
            if (text.ClauseStarts[index + 1])
            {
                return false;
            }

            var token = text.Tokens[index];
            if (scope.Breaks.Contains(token))
            {
                return false;
            }

            if (scope.Negations.Contains(token))
            {
                // "if I don't go to the client he will cut me": a condition, not a denial.
                return !FollowsCondition(scope, text, index);
            }
        }

        return false;
    }

    private static bool ContainsNegation(CuePattern cue, NegationScope scope) =>
        cue.Elements.OfType<CueChoice>().Any(choice => choice.Options.Any(option => option.Words.Any(scope.Negations.Contains)));

    private static bool FollowsCondition(NegationScope scope, NormalizedText text, int negationIndex)
    {
        for (var index = negationIndex - 1; index >= 0 && index >= negationIndex - ConditionWindow; index--)
        {
            if (scope.Conditionals.Contains(text.Tokens[index]))
            {
                return true;
            }

            if (text.ClauseStarts[index + 1])
            {
                return false;
            }
        }

        return false;
    }

    private void FindUnspaced(string compact, List<CueMatch> matches)
    {
        foreach (var cue in unspaced)
        {
            var at = compact.IndexOf(cue.Unspaced!, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            var windowStart = Math.Max(0, at - UnspacedNegationWindow);
            var before = compact[windowStart..at];
            var negated = scopes[cue.Lexicon.Language].Negations.Any(negation => before.Contains(negation, StringComparison.Ordinal));
            matches.Add(new CueMatch(cue, -1, -1, negated));
        }
    }

    private static bool HasDigit(string token)
    {
        foreach (var c in token)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private static void Add(Dictionary<string, List<CuePattern>> index, string key, CuePattern pattern)
    {
        if (!index.TryGetValue(key, out var list))
        {
            list = [];
            index[key] = list;
        }

        list.Add(pattern);
    }

    private sealed record NegationScope(FrozenSet<string> Negations, FrozenSet<string> Breaks, FrozenSet<string> Conditionals)
    {
        public static NegationScope From(Lexicon lexicon) => new(
            Words(lexicon.Negations), Words(lexicon.ScopeBreaks), Words(lexicon.Conditionals));

        private static FrozenSet<string> Words(IEnumerable<string> phrases) =>
            phrases.SelectMany(TextNormalizer.NormalizeWords).ToFrozenSet(StringComparer.Ordinal);
    }
}
