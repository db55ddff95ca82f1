using System.Collections.Frozen;
using Lingua;
using static Lingua.Language;

namespace Hotline.Triage;

// Tells the language of a message, cheapest sure evidence first:
//  1. a script or letters only one language uses (Thai, Arabic, Ukrainian і/ї/є, Vietnamese ơ/ư);
//  2. very short messages ("help", "hjælp", "pomocy"): the lexicon whose cue matched, else Lingua, else "und";
//  3. several cue phrases of one lexicon (or one family of close languages) and few of any other: that
//     language. Lingua over all languages costs about half a millisecond per message, the cues are already
//     matched; this keeps triage above 2,000 contacts a second. Within a family (da/nb/sv, ru/uk/bg, es/pt)
//     the cues can't tell, so a small Lingua detector for just that family decides;
//  4. everything else (mixed, unknown to the lexicons, few cues): Lingua over all supported languages.
internal sealed class LanguageIdentifier
{
    // Below this many letters or words Lingua's statistics are unreliable, so a matching cue decides.
    private const int ShortTextLetters = 30;
    private const int ShortTextWords = 5;

    // Lingua's high-accuracy mode is better on short texts but slow on long ones; on long texts the
    // low-accuracy mode is as good (Lingua's own guidance: above ~120 characters) and several times faster.
    // Its cost grows with the text, so it reads only the start of a long one: 160 characters gave every
    // labelled message (3,137) the language 240 gave it, at two thirds of the cost; 120 changed two.
    private const int HighAccuracyMaxLength = 60;
    private const int LongTextSampleLength = 160;

    private const double MinimumConfidence = 0.3;
    private const int LexiconHitsToOverrule = 3;

    // Cue hits that settle the language without Lingua: at least this many, and this many times the runner-up
    // (so two cues of one language settle it only when no other language's cue matched). Two rather than three
    // changed no labelled message's language; one changed one (Slovak read as Czech).
    private const int LexiconHitsToDecide = 2;
    private const int LexiconLeadToDecide = 3;

    // Danish is most of the traffic, and Norwegian and Swedish messages are rare; only clearly
    // Scandinavian-but-not-Danish texts should be labelled nb or sv.
    private const double NeighbourMustLeadDanishBy = 4.0;

    private static readonly FrozenDictionary<Language, string> Codes = new Dictionary<Language, string>
    {
        [Danish] = "da", [English] = "en", [Romanian] = "ro", [Bulgarian] = "bg", [Polish] = "pl",
        [Spanish] = "es", [Ukrainian] = "uk", [Russian] = "ru", [Lithuanian] = "lt", [Thai] = "th",
        [Vietnamese] = "vi", [Tagalog] = "tl", [German] = "de", [Portuguese] = "pt", [Swedish] = "sv",
        [Bokmal] = "nb", [Dutch] = "nl", [French] = "fr", [Italian] = "it", [Arabic] = "ar",
        [Hungarian] = "hu", [Slovak] = "sk", [Czech] = "cs", [Turkish] = "tr", [Somali] = "so", [Albanian] = "sq",
    }.ToFrozenDictionary();

    private static readonly string[] ByPrevalence = ["da", "en", "ro", "pl", "bg", "uk", "ru", "lt", "es", "th", "vi", "tl", "de", "pt"];

    // Over all languages only the low-accuracy (trigram) models are loaded: the high-accuracy ones for
    // 23 languages take about 1.8 GB; for the three small families they are cheap and worth it.
    private readonly LanguageDetector allLanguages;
    private readonly FrozenSet<string> lexiconLanguages;
    private readonly FrozenDictionary<string, (LanguageDetector Precise, LanguageDetector Fast)> familyDetectors;

    public LanguageIdentifier(IEnumerable<string> lexiconLanguages)
    {
        this.lexiconLanguages = lexiconLanguages.ToFrozenSet(StringComparer.Ordinal);
        var languages = Codes.Keys.ToArray();
        allLanguages = LanguageDetectorBuilder.FromLanguages(languages).WithPreloadedLanguageModels().WithLowAccuracyMode().Build();

        // English is in every family detector: mixed messages lean on it, and it must be able to win.
        var byCode = Codes.ToDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);
        familyDetectors = LanguageFamily.All.ToFrozenDictionary(
            family => family[0],
            family =>
            {
                var members = family.Append(LanguageCode.English).Select(code => byCode[code]).ToArray();
                return (
                    LanguageDetectorBuilder.FromLanguages(members).WithPreloadedLanguageModels().Build(),
                    LanguageDetectorBuilder.FromLanguages(members).WithPreloadedLanguageModels().WithLowAccuracyMode().Build());
            },
            StringComparer.Ordinal);
    }

    public static IReadOnlyCollection<string> SupportedCodes => Codes.Values;

    // Too short for statistics on letters to tell a language reliably ("øh hallo", "help pls").
    public static bool IsShortText(NormalizedText normalized) =>
        normalized.LetterCount < ShortTextLetters || normalized.Tokens.Length < ShortTextWords;

    // lexiconHits: how many cues of each language's lexicon matched the message.
    public string Identify(string text, NormalizedText normalized, IReadOnlyDictionary<string, int> lexiconHits)
    {
        if (normalized.LetterCount == 0)
        {
            return LanguageCode.Undetermined;
        }

        if (ScriptDetector.Decide(text) is { } byScript)
        {
            return byScript;
        }

        if (IsShortText(normalized))
        {
            if (MostHitLexicon(lexiconHits) is { } byCue)
            {
                return byCue;
            }

            return Detect(allLanguages, text) ?? LanguageCode.Undetermined;
        }

        if (DecisiveLexicon(lexiconHits) is { } byLexicon)
        {
            if (LanguageFamily.Of(byLexicon) is not { } family)
            {
                return byLexicon;
            }

            // Only one member's cues matched: no need to ask Lingua (most Danish messages end here). Nor when the
            // cues of one member outnumber each sibling's and none is English: below, Lingua could then only
            // overrule them by finding English, in a message where not one English cue matched.
            var leaderHits = lexiconHits[byLexicon];
            var onlyMemberHit = family.Count(member => lexiconHits.GetValueOrDefault(member) > 0) == 1;
            var leadsEverySibling = family.All(member => member == byLexicon || lexiconHits.GetValueOrDefault(member) < leaderHits);
            if (onlyMemberHit || (leadsEverySibling && lexiconHits.GetValueOrDefault(LanguageCode.English) == 0))
            {
                return byLexicon;
            }

            // Lingua decides within the family, unless the cues of the language it picks are fewer than
            // those of the sibling the cues point to ("chefen har mit pas" is Danish, not Norwegian).
            var (familyPrecise, familyFast) = familyDetectors[family[0]];
            var inFamily = DetectWithLingua(text, familyPrecise, familyFast) ?? byLexicon;
            return lexiconHits.GetValueOrDefault(inFamily) < lexiconHits.GetValueOrDefault(byLexicon) && inFamily != LanguageCode.English
                ? byLexicon
                : inFamily;
        }

        var detected = DetectWithLingua(text, allLanguages, allLanguages) ?? LanguageCode.Undetermined;
        return PreferLexiconWhenStatisticsDisagree(detected, lexiconHits);
    }

    // Statistics on a short, typo-ridden SMS can land on a language none of whose cue phrases occur,
    // or on nothing, while cues of one lexicon do match: then the cues are the better witness.
    private string PreferLexiconWhenStatisticsDisagree(string detected, IReadOnlyDictionary<string, int> lexiconHits)
    {
        if (lexiconHits.Count == 0)
        {
            return detected;
        }

        // A language we have a lexicon for nearly always shows some of its cues; one without a lexicon
        // (Hungarian, Arabic) only loses to several cues of another language.
        var (language, hits) = lexiconHits.MaxBy(pair => pair.Value);
        var detectedHits = lexiconHits.GetValueOrDefault(detected);
        if (detectedHits > 0)
        {
            return detected;
        }

        var needed = detected == LanguageCode.Undetermined || lexiconLanguages.Contains(detected) ? 1 : LexiconHitsToOverrule;
        return hits >= needed ? language : detected;
    }

    // "help" is a cue in English and Dutch: the lexicon with most hits wins, ties go to the languages
    // the hotline hears most.
    private static string? MostHitLexicon(IReadOnlyDictionary<string, int> lexiconHits) =>
        lexiconHits
            .OrderByDescending(pair => pair.Value)
            .ThenBy(pair => Prevalence(pair.Key))
            .Select(pair => pair.Key)
            .FirstOrDefault();

    private static int Prevalence(string language)
    {
        var rank = Array.IndexOf(ByPrevalence, language);
        return rank < 0 ? ByPrevalence.Length : rank;
    }

    // The language (or the family's most-hit member) whose cues clearly outnumber all others' cues.
    private static string? DecisiveLexicon(IReadOnlyDictionary<string, int> lexiconHits)
    {
        var byGroup = lexiconHits
            .GroupBy(pair => LanguageFamily.Of(pair.Key)?[0] ?? pair.Key, StringComparer.Ordinal)
            .Select(group => (Best: group.MaxBy(pair => pair.Value).Key, Hits: group.Sum(pair => pair.Value)))
            .OrderByDescending(group => group.Hits)
            .ToList();
        if (byGroup.Count == 0)
        {
            return null;
        }

        var runnerUp = byGroup.Count > 1 ? byGroup[1].Hits : 0;
        return byGroup[0].Hits >= LexiconHitsToDecide && byGroup[0].Hits >= LexiconLeadToDecide * runnerUp ? byGroup[0].Best : null;
    }

    private static string? DetectWithLingua(string text, LanguageDetector forShortText, LanguageDetector forLongText)
    {
        var detector = text.Length <= HighAccuracyMaxLength ? forShortText : forLongText;
        var sample = text.Length <= LongTextSampleLength ? text : text[..LongTextSampleLength];
        return Detect(detector, sample);
    }


    private static string? Detect(LanguageDetector detector, string text)
    {
        var confidences = detector.ComputeLanguageConfidenceValues(text);
        var best = Unknown;
        var bestConfidence = 0.0;
        foreach (var (language, confidence) in confidences)
        {
            if (confidence > bestConfidence)
            {
                best = language;
                bestConfidence = confidence;
            }
        }

        if (best == Unknown || bestConfidence < MinimumConfidence)
        {
            return null;
        }

        if (best is Bokmal or Swedish
            && confidences.TryGetValue(Danish, out var danish)
            && bestConfidence < danish * NeighbourMustLeadDanishBy)
        {
            return LanguageCode.Danish;
        }

        return Codes[best];
    }
}
