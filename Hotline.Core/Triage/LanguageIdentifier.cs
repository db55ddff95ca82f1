using System.Collections.Frozen;
using Lingua;
using static Lingua.Language;

namespace Hotline.Triage;

// Tells the language of a message, cheapest sure evidence first:
//  1. a script or letters only one language uses (Thai, Arabic, Ukrainian і/ї/є, Vietnamese ơ/ư);
//  2. very short messages ("help", "hjælp", "pomocy"): the lexicon whose cue matched, else Lingua, else "und";
//  3. several cue phrases of one lexicon and few of any other: that language. Lingua costs about half a
//     millisecond per message, the cues are already matched; this keeps triage above 2,000 contacts a second.
//     Danish cues also match Norwegian and Swedish, so there Lingua still decides between the three;
//  4. everything else (mixed, unknown to the lexicons, few cues): Lingua over all supported languages.
internal sealed class LanguageIdentifier
{
    // Below this many letters Lingua's statistics are unreliable, so lexicon evidence decides.
    private const int ShortTextLetters = 12;

    // Lingua's high-accuracy mode is exact on short texts but slow on long ones; on long texts the
    // low-accuracy mode is as good (Lingua's own guidance: above ~120 characters) and several times faster.
    private const int HighAccuracyMaxLength = 60;
    private const int LongTextSampleLength = 240;

    private const double MinimumConfidence = 0.3;
    private const int LexiconHitsToOverrule = 3;

    // Cue hits that settle the language without Lingua: at least this many, and this many times the runner-up.
    private const int LexiconHitsToDecide = 3;
    private const int LexiconLeadToDecide = 3;

    // Danish is most of the traffic, and Norwegian and Swedish messages are rare; only clearly
    // Scandinavian-but-not-Danish texts should be labelled nb or sv.
    private const double NeighbourMustLeadDanishBy = 2.0;

    private static readonly FrozenDictionary<Language, string> Codes = new Dictionary<Language, string>
    {
        [Danish] = "da", [English] = "en", [Romanian] = "ro", [Bulgarian] = "bg", [Polish] = "pl",
        [Spanish] = "es", [Ukrainian] = "uk", [Russian] = "ru", [Lithuanian] = "lt", [Thai] = "th",
        [Vietnamese] = "vi", [Tagalog] = "tl", [German] = "de", [Portuguese] = "pt", [Swedish] = "sv",
        [Bokmal] = "nb", [Dutch] = "nl", [French] = "fr", [Italian] = "it", [Arabic] = "ar",
        [Hungarian] = "hu", [Slovak] = "sk", [Czech] = "cs",
    }.ToFrozenDictionary();

    private static readonly Language[] Scandinavian = [Danish, Bokmal, Swedish, English, German];

    private readonly LanguageDetector precise;
    private readonly LanguageDetector fast;
    private readonly LanguageDetector scandinavianPrecise;
    private readonly LanguageDetector scandinavianFast;

    public LanguageIdentifier()
    {
        var languages = Codes.Keys.ToArray();
        precise = LanguageDetectorBuilder.FromLanguages(languages).WithPreloadedLanguageModels().Build();
        fast = LanguageDetectorBuilder.FromLanguages(languages).WithPreloadedLanguageModels().WithLowAccuracyMode().Build();
        scandinavianPrecise = LanguageDetectorBuilder.FromLanguages(Scandinavian).WithPreloadedLanguageModels().Build();
        scandinavianFast = LanguageDetectorBuilder.FromLanguages(Scandinavian).WithPreloadedLanguageModels().WithLowAccuracyMode().Build();
    }

    public static IReadOnlyCollection<string> SupportedCodes => Codes.Values;

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

        if (normalized.LetterCount < ShortTextLetters || normalized.Tokens.Length < 3)
        {
            if (lexiconHits.Count == 1)
            {
                return lexiconHits.Keys.First();
            }

            return Detect(precise, text) ?? LanguageCode.Undetermined;
        }

        if (DecisiveLexicon(lexiconHits) is { } byLexicon)
        {
            return byLexicon == LanguageCode.Danish
                ? DetectWithLingua(text, scandinavianPrecise, scandinavianFast) ?? LanguageCode.Danish
                : byLexicon;
        }

        var detected = DetectWithLingua(text, precise, fast) ?? LanguageCode.Undetermined;
        return PreferLexiconWhenStatisticsDisagree(detected, lexiconHits);
    }

    private static string? DecisiveLexicon(IReadOnlyDictionary<string, int> lexiconHits)
    {
        var best = (Language: (string?)null, Hits: 0);
        var runnerUp = 0;
        foreach (var (language, hits) in lexiconHits)
        {
            if (hits > best.Hits)
            {
                runnerUp = best.Hits;
                best = (language, hits);
            }
            else
            {
                runnerUp = Math.Max(runnerUp, hits);
            }
        }

        return best.Hits >= LexiconHitsToDecide && best.Hits >= LexiconLeadToDecide * runnerUp ? best.Language : null;
    }

    private static string? DetectWithLingua(string text, LanguageDetector forShortText, LanguageDetector forLongText)
    {
        var detector = text.Length <= HighAccuracyMaxLength ? forShortText : forLongText;
        var sample = text.Length <= LongTextSampleLength ? text : text[..LongTextSampleLength];
        return Detect(detector, sample);
    }

    // Statistics on a short, typo-ridden SMS can land on a language none of whose cue phrases occur,
    // while several cues of one other language do: then the cues are the better witness.
    private static string PreferLexiconWhenStatisticsDisagree(string detected, IReadOnlyDictionary<string, int> lexiconHits)
    {
        if (lexiconHits.GetValueOrDefault(detected) > 0 || lexiconHits.Count == 0)
        {
            return detected;
        }

        var (language, hits) = lexiconHits.MaxBy(pair => pair.Value);
        return hits >= LexiconHitsToOverrule ? language : detected;
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
