namespace Hotline.Triage;

// What the cues add up to for one message. A cue from the message's own language (or the common
// lexicon) counts fully; a cue from another lexicon counts less, a lone foreign word too little to
// fire on its own, because short words collide between languages while mixed-language phrases are real.
internal sealed class IndicatorEvidence
{
    private const double FiringStrength = 0.6;

    // Words after the start of a threat cue that still belong to it ("threatens to | call the police").
    private const int ThreatReach = 2;
    private const double ForeignPhraseWeight = 0.8;
    private const double ForeignWordWeight = 0.5;

    // Indicators whose matches take back the cues inside them (IsInside, IsPartOfThreat).
    private static readonly string[] Containers =
        [Indicator.Threats, Indicator.ReportedNow, Indicator.PutOut, Indicator.AccusedOfTheft, Indicator.LabourDispute,
            Indicator.NoCoercionStated];

    private readonly Dictionary<string, double> strengths = new(StringComparer.Ordinal);
    private readonly HashSet<string> foreignWordSeen = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<int>> places = new(StringComparer.Ordinal);
    private readonly HashSet<string> negated = new(StringComparer.Ordinal);

    public IndicatorEvidence(IReadOnlyList<CueMatch> matches, string language)
    {
        ArgumentNullException.ThrowIfNull(matches);

        // "no es urgente": Portuguese and Italian share "urgente" but not Spanish "no"; words one lexicon
        // reads as negated are negated for every lexicon that matched them.
        var negatedWords = matches
            .Where(match => match.Negated && match.Start >= 0)
            .Select(match => (match.Cue.Indicator, match.Start))
            .ToHashSet();
        var covered = Coverage(matches);
        foreach (var match in matches)
        {
            var indicator = match.Cue.Indicator;
            if (indicator is Indicator.ThirdParty or Indicator.AcuteDanger && IsPartOfThreat(match, covered))
            {
                // "he will hurt my daughter" names the one threatened, not the one we hear about;
                // "threatens to call the police" is a threat, not a call for help.
                continue;
            }

            if (indicator == Indicator.HappeningNow && IsInside(match, covered, Indicator.ReportedNow))
            {
                // "now she writes that he forces her": the report is new, not the danger.
                continue;
            }

            if (indicator == Indicator.Violence && IsInside(match, covered, Indicator.PutOut))
            {
                // "the hostel kicked me out": put out of a place, not kicked.
                continue;
            }

            if (indicator == Indicator.ForcedCrime && IsInside(match, covered, Indicator.AccusedOfTheft))
            {
                // "they will report her for theft if she leaves": an accusation or a threat, not a crime she is made to commit.
                continue;
            }

            if (indicator == Indicator.DocumentsTaken && IsInside(match, covered, Indicator.NoCoercionStated))
            {
                // "they keep their own papers": the papers are the workers' own, not held by someone else.
                continue;
            }

            if (indicator == Indicator.Debt && IsInside(match, covered, Indicator.LabourDispute))
            {
                // "my employer owes me two months' wages" is the employer's debt to the writer, a pay claim,
                // not a debt that binds the writer.
                continue;
            }

            if (match.Negated || negatedWords.Contains((indicator, match.Start)))
            {
                negated.Add(indicator);
                continue;
            }

            var weight = Weight(match.Cue, language);
            if (IsForeignWord(match.Cue, language) && !foreignWordSeen.Add(indicator))
            {
                // Romanian "nu" three times is still not Danish "nu" (now): a foreign word counts once.
                continue;
            }

            strengths[indicator] = strengths.GetValueOrDefault(indicator) + weight;
            if (!places.TryGetValue(indicator, out var starts))
            {
                starts = [];
                places[indicator] = starts;
            }

            // Cues of sibling lexicons matching the same words ("min bror" in da, nb and sv) are one mention.
            starts.Add(match.Start < 0 ? match.Cue.GetHashCode() : match.Start);
        }
    }

    public bool Has(string indicator) => strengths.GetValueOrDefault(indicator) >= FiringStrength;

    public bool HasAny(params ReadOnlySpan<string> indicators)
    {
        foreach (var indicator in indicators)
        {
            if (Has(indicator))
            {
                return true;
            }
        }

        return false;
    }

    // How many separate cues support an indicator: used where two indicators compete (self or third party).
    public int Count(string indicator) => Has(indicator) && places.TryGetValue(indicator, out var starts) ? starts.Count : 0;

    // A cue that the writer negated ("nobody forces me"): evidence that this contact is not about coercion.
    public bool WasNegated(string indicator) => negated.Contains(indicator) && !Has(indicator);

    public void Add(string indicator) => strengths[indicator] = Math.Max(FiringStrength, strengths.GetValueOrDefault(indicator));

    public void Remove(string indicator) => strengths.Remove(indicator);

    public IReadOnlyList<string> Fired() => Indicator.DisplayOrder.Where(Has).ToList();

    // The words that a (not negated) match of each containing indicator covers, found once per message: asked match by
    // match against every other match, a long text took seconds (a 100,000-character one about six).
    private static Dictionary<string, HashSet<int>> Coverage(IReadOnlyList<CueMatch> matches)
    {
        var covered = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        foreach (var match in matches)
        {
            var indicator = match.Cue.Indicator;
            if (match.Negated || match.Start < 0 || !Containers.Contains(indicator))
            {
                continue;
            }

            // A threat reaches past its own words to the one threatened ("threatens to | call the police").
            var (first, last) = indicator == Indicator.Threats ? (match.Start + 1, match.End + ThreatReach) : (match.Start, match.End - 1);
            if (!covered.TryGetValue(indicator, out var words))
            {
                words = [];
                covered[indicator] = words;
            }

            for (var word = first; word <= last; word++)
            {
                words.Add(word);
            }
        }

        return covered;
    }

    private static bool IsPartOfThreat(CueMatch cue, Dictionary<string, HashSet<int>> covered) =>
        IsInside(cue, covered, Indicator.Threats);

    // Whether a cue starts inside a match of the containing indicator that was not negated ("a report now", "a pay claim",
    // "put out").
    private static bool IsInside(CueMatch cue, Dictionary<string, HashSet<int>> covered, string container) =>
        cue.Start >= 0 && covered.TryGetValue(container, out var words) && words.Contains(cue.Start);

    private static double Weight(CuePattern cue, string language) =>
        IsNative(cue, language) ? 1.0
            : IsForeignWord(cue, language) ? ForeignWordWeight
            : ForeignPhraseWeight;

    private static bool IsNative(CuePattern cue, string language) =>
        cue.Lexicon.IsCommon || cue.Lexicon.Language == language || language == LanguageCode.Undetermined
            || LanguageFamily.AreClose(cue.Lexicon.Language, language);

    private static bool IsForeignWord(CuePattern cue, string language) =>
        !IsNative(cue, language) && cue.Unspaced is null && cue.WordCount == 1;
}
