using System.Collections.Frozen;
using Lingua;
using static Lingua.Language;

namespace Hotline.Triage;

// Tells the language of a message: unambiguous scripts first (cheap and certain), then Lingua.
// Very short messages ("help", "hjælp", "pomocy") carry too little for statistics; there the language
// of the lexicon whose cue matched decides, or "und" when nothing does.
internal sealed class LanguageIdentifier
{
    // Below this many letters Lingua's statistics are unreliable, so lexicon evidence decides.
    private const int ShortTextLetters = 12;

    // Lingua's high-accuracy mode is exact on short texts but slow on long ones; on long texts the
    // low-accuracy mode is as good (Lingua's own guidance: above ~120 characters) and several times faster.
    private const int HighAccuracyMaxLength = 60;
    private const int LongTextSampleLength = 240;

    private const double MinimumConfidence = 0.3;

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

    private readonly LanguageDetector precise;
    private readonly LanguageDetector fast;

    public LanguageIdentifier()
    {
        var languages = Codes.Keys.ToArray();
        precise = LanguageDetectorBuilder.FromLanguages(languages).WithPreloadedLanguageModels().Build();
        fast = LanguageDetectorBuilder.FromLanguages(languages).WithPreloadedLanguageModels().WithLowAccuracyMode().Build();
    }

    public static IReadOnlyCollection<string> SupportedCodes => Codes.Values;

    public string Identify(string text, NormalizedText normalized, IReadOnlyCollection<string> lexiconLanguagesMatched)
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
            if (lexiconLanguagesMatched.Count == 1)
            {
                return lexiconLanguagesMatched.First();
            }

            return Detect(precise, text) ?? LanguageCode.Undetermined;
        }

        var detector = text.Length <= HighAccuracyMaxLength ? precise : fast;
        var sample = text.Length <= LongTextSampleLength ? text : text[..LongTextSampleLength];
        return Detect(detector, sample) ?? LanguageCode.Undetermined;
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
