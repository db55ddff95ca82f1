using System.Text.RegularExpressions;

namespace Hotline.Triage;

// Triage of one contact from its text: the lexicons and rules decide, and a small statistical model trained on
// the labelled rounds may make the verdict safer (TriageCombination). Build once (loading the language models
// and training the model take seconds) and share: Classify does no I/O and keeps no state, so it is safe to call
// from many threads.
public sealed partial class TriageClassifier
{
    // Built from the embedded lexicons and labelled rounds, which a process cannot change: one per process,
    // shared by every host in it (the tests start many).
    private static readonly Lazy<TriageClassifier> Embedded = new(() => new TriageClassifier());

    private readonly TextNormalizer normalizer;
    private readonly CueMatcher matcher;
    private readonly LanguageIdentifier languages;
    private readonly TriageModel? model;

    public TriageClassifier()
        : this(LexiconLibrary.LoadEmbedded(), LabelledLibrary.LoadEmbedded())
    {
    }

    // Trained here rather than loaded from a committed model file: training takes about a second and is
    // deterministic, and a model file could silently fall behind the labelled rounds or the lexicons whose
    // indicators it reads. Without examples there is no model and the lexicons decide alone.
    internal TriageClassifier(IReadOnlyList<Lexicon> lexicons, IReadOnlyList<LabelledExample> modelExamples)
    {
        ArgumentNullException.ThrowIfNull(modelExamples);
        normalizer = new TextNormalizer(
            lexicons.SelectMany(lexicon => lexicon.Abbreviations)
                .GroupBy(pair => pair.Key, StringComparer.Ordinal)
                .ToDictionary(group => group.Key, group => group.First().Value, StringComparer.Ordinal),
            lexicons.SelectMany(lexicon => lexicon.Fillers));
        matcher = new CueMatcher(lexicons);
        languages = new LanguageIdentifier(lexicons.Where(lexicon => !lexicon.IsCommon).Select(lexicon => lexicon.Language));
        if (modelExamples.Count > 0)
        {
            var analysed = modelExamples
                .Select(example => new TriageModelExample(example, Analyse(example.Text, example.Channel, dangerKeyPressed: false)))
                .ToList();
            model = TriageModel.Train(analysed, TriageModelDefaults.Features, new SoftmaxTraining());
        }
    }

    public static TriageClassifier Shared => Embedded.Value;

    public TriageResult Classify(string text, string channel) => Classify(text, channel, dangerKeyPressed: false);

    // The voice menu's danger key means the caller told us, without words, that it is urgent.
    public TriageResult Classify(string text, string channel, bool dangerKeyPressed)
    {
        var analysis = Analyse(text, channel, dangerKeyPressed);
        return model is null
            ? analysis.Result
            : TriageCombination.Combine(
                analysis,
                model.Predict(analysis.Normalized, analysis.Result.Indicators),
                TriageModelDefaults.Thresholds);
    }

    // The lexicons' and rules' verdict together with what it was built from, for the model to work on.
    internal LexiconAnalysis Analyse(string text, string channel, bool dangerKeyPressed)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(channel);

        // A lone surrogate (a JSON "\ud800" on the command line) would make Unicode normalisation throw.
        text = WellFormed(text);
        var normalized = normalizer.Normalize(text);
        var matches = matcher.FindAll(normalized);
        // "working" repeats words of "work_context"; counted twice they would tilt the vote on the language.
        var lexiconHits = matches
            .Where(match => !match.Cue.Lexicon.IsCommon && match.Cue.Indicator != Indicator.Working)
            .GroupBy(match => match.Cue.Lexicon.Language, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Count(), StringComparer.Ordinal);
        var language = languages.Identify(text, normalized, lexiconHits);

        var evidence = new IndicatorEvidence(matches, language);
        if (dangerKeyPressed)
        {
            evidence.Add(Indicator.DangerKey);
        }

        if (SoundsUrgent(text))
        {
            evidence.Add(Indicator.UrgentTone);
        }

        // A street and house number tells us where it happens, so it happens now: with violence or a cry
        // for help the rules treat it like "now".
        if (StreetAddress().IsMatch(text))
        {
            evidence.Add(Indicator.HappeningNow);
        }

        if (WritersRuledOutCoercion(evidence))
        {
            evidence.Add(Indicator.NoCoercionStated);
        }

        var category = TriageRules.DecideCategory(evidence);
        var callerRole = TriageRules.DecideCallerRole(evidence, category);
        var urgency = TriageRules.DecideUrgency(evidence, category, callerRole);
        var contactSafety = TriageRules.DecideContactSafety(evidence, callerRole);

        var result = new TriageResult(
            category,
            urgency,
            callerRole,
            contactSafety,
            language,
            evidence.Fired(),
            LanguageCode.NeedsInterpreter(language));
        return new LexiconAnalysis(normalized, evidence, result);
    }

    // For tuning lexicons: which cue matched where, and whether it was negated.
    internal IEnumerable<string> Explain(string text) =>
        matcher.FindAll(normalizer.Normalize(text))
            .Select(match => $"{match.Cue.Lexicon.Language}/{match.Cue.Indicator}: '{match.Cue.Source}'{(match.Negated ? " (negated)" : string.Empty)}");

    // "HELP!!!", "SOS", "POMOCY SZYBKO": three exclamation marks, a capital SOS, or a message written mostly in
    // capitals, is how people type when there is no time ("hjælp!!" alone stays a plain cry for help).
    // Only a hint: the rules combine it with a cry for help or a sign of coercion.
    internal static bool SoundsUrgent(string text)
    {
        if (text.Contains("!!!", StringComparison.Ordinal) || HasCapitalSos(text))
        {
            return true;
        }

        var letters = 0;
        var upper = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c))
                {
                    upper++;
                }
            }
        }

        return letters >= 8 && upper * 10 >= letters * 7;
    }

    // "Istedgade 54", "Nørrebrogade 14", "Hovedvejen 3", "Vestergade 12 2.th".
    [GeneratedRegex(@"\p{L}{2,}(gade|vej|vejen|allé|alle|stræde|straede|plads|torv|strasse|straße|street|road)\.?\s+\d{1,4}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StreetAddress();

    // "SOS" as a word of its own, not the start of "SOSU" (a Danish care worker).
    private static bool HasCapitalSos(string text)
    {
        for (var index = text.IndexOf("SOS", StringComparison.Ordinal); index >= 0; index = text.IndexOf("SOS", index + 1, StringComparison.Ordinal))
        {
            var before = index == 0 || !char.IsLetter(text[index - 1]);
            var after = index + 3 == text.Length || !char.IsLetter(text[index + 3]);
            if (before && after)
            {
                return true;
            }
        }

        return false;
    }

    // "Nobody forces me, I just want to know ...": the writer ruled coercion out themselves.
    private static bool WritersRuledOutCoercion(IndicatorEvidence evidence) =>
        evidence.WasNegated(Indicator.Forced) || evidence.WasNegated(Indicator.LockedIn)
            || evidence.WasNegated(Indicator.Threats) || evidence.WasNegated(Indicator.Confinement);

    static string WellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                var repaired = new System.Text.StringBuilder(text.Length);
                foreach (var rune in text.EnumerateRunes())
                {
                    repaired.Append(rune.ToString());
                }

                return repaired.ToString();
            }
        }

        return text;
    }
}
