using System.Globalization;
using System.Text;

namespace Hotline.Triage;

public sealed class CrossRoundResult
{
    private static readonly (string Name, float[] Values)[] SweepSteps =
    [
        ("category", [0.4f, 0.5f, 0.6f, 0.7f, 0.8f, 0.9f]),
        ("immediate", [0.3f, 0.35f, 0.4f, 0.45f, 0.5f, 0.6f, 0.7f, 0.8f, 0.9f]),
        ("restricted", [0.3f, 0.4f, 0.45f, 0.5f, 0.55f, 0.6f, 0.7f, 0.8f, 0.9f]),
    ];

    // Around the shipped settings: one threshold moved, the others as shipped ("unclear" moves only the threshold
    // for replacing the lexicons' "unclear", "category" both; "immediate" moves it in every language).
    private static readonly (string Name, float[] Values)[] AroundShipped =
    [
        ("category", [0.25f, 0.3f, 0.35f, 0.4f, 0.45f, 0.5f, 0.55f, 0.6f]),
        ("unclear", [0.3f, 0.35f, 0.4f, 0.45f, 0.5f, 0.55f]),
        ("immediate", [0.3f, 0.35f, 0.4f, 0.45f, 0.5f]),
    ];

    private readonly IReadOnlyList<HeldOutRound> folds;
    private readonly bool forward;

    internal CrossRoundResult(IReadOnlyList<HeldOutRound> folds, CombinationThresholds thresholds, TriageModelFeatures combination, bool forward)
    {
        this.folds = folds;
        this.forward = forward;
        Thresholds = thresholds;
        Combination = combination;
        Rounds = folds.Select(fold => Score(fold.Name, fold.Examples, thresholds, combination)).ToList();
        Pooled = Score("pooled", folds.SelectMany(fold => fold.Examples).ToList(), thresholds, combination);
        var firstLooks = folds.Where(fold => fold.IsFirstLook).ToList();
        PooledFirstLooks = firstLooks.Count == 0 || firstLooks.Count == folds.Count
            ? null
            : Score("pooled 1st", firstLooks.SelectMany(fold => fold.Examples).ToList(), thresholds, combination);
    }

    public IReadOnlyList<RoundScores> Rounds { get; }

    public RoundScores Pooled { get; }

    // Over the rounds with a recorded first look only, where the lexicon column is honest; null when that is all or none.
    public RoundScores? PooledFirstLooks { get; }

    internal CombinationThresholds Thresholds { get; }

    internal TriageModelFeatures Combination { get; }

    // The combination over all held-out messages with other thresholds, for choosing them honestly.
    internal EvaluationResult PooledCombined(CombinationThresholds thresholds, TriageModelFeatures features) =>
        Score("pooled", folds.SelectMany(fold => fold.Examples).ToList(), thresholds, features).Combined;

    public string ToReport(bool includeSweep = false)
    {
        var report = new StringBuilder();
        report.AppendLine(forward
            ? "Forward rounds: each round scored by a model trained only on train, dev and the rounds before it."
            : "Leave one round out: each round scored by a model trained on every other labelled file.");
        var firstLooks = folds.Where(fold => fold.IsFirstLook).Select(fold => fold.Name).ToList();
        report.AppendLine(firstLooks.Count == folds.Count
            ? "(a) lexicons and rules as they were at their first look at each round, before any tuning on it: honest."
            : firstLooks.Count == 0
                ? "(a) lexicons and rules: OPTIMISTIC, the lexicons were tuned on every round, this one included."
                : $"(a) lexicons and rules: first look (honest) for {string.Join(", ", firstLooks)}; OPTIMISTIC for the rest, tuned on them.");
        report.AppendLine("(b) model alone, words only: the honest figure for the model on unseen messages.");
        report.AppendLine("(b') model alone, words and the lexicons' indicators (these carry the same optimism as (a)).");
        report.AppendLine(CultureInfo.InvariantCulture, $"(c) combined: (a) changed by the model when it is sure: category ({Variant(Combination.Category)}) >= {Shown(Thresholds.Category)}{(Thresholds.CategoryOverUnclear is { } unclear ? $" (over unclear {Shown(unclear)})" : string.Empty)}, immediate ({Variant(Combination.Urgency)}) >= {Shown(Thresholds.Immediate)}{(Thresholds.ImmediateWithInterpreter is { } elsewhere ? $" (with an interpreter {Shown(elsewhere)})" : string.Empty)}, restricted ({Variant(Combination.ContactSafety)}) >= {Shown(Thresholds.Restricted)}.");
        report.AppendLine();
        report.AppendLine("round            n  variant   cat-F1  imm-R  imm-P  cs-R   cs-P");
        foreach (var round in PooledFirstLooks is null ? Rounds.Append(Pooled) : Rounds.Append(Pooled).Append(PooledFirstLooks))
        {
            var firstLook = round == PooledFirstLooks || folds.Any(fold => fold.Name == round.Name && fold.IsFirstLook);
            Row(report, round.Name, round.Lexicon, firstLook ? "(a) 1st" : "(a)");
            Row(report, string.Empty, round.ModelFromText, "(b)");
            Row(report, string.Empty, round.ModelWithIndicators, "(b')");
            Row(report, string.Empty, round.Combined, "(c)");
        }

        if (includeSweep)
        {
            report.AppendLine();
            report.AppendLine("Sweep, pooled (c): one threshold at a time, the others off");
            foreach (var features in new[] { TriageModelFeatures.WordsOnly, TriageModelFeatures.WithIndicators })
            {
                foreach (var (name, values) in SweepSteps)
                {
                    foreach (var value in values)
                    {
                        var thresholds = name switch
                        {
                            "category" => CombinationThresholds.Never with { Category = value },
                            "immediate" => CombinationThresholds.Never with { Immediate = value },
                            _ => CombinationThresholds.Never with { Restricted = value },
                        };
                        Row(report, $"{Variant(features.Any)} {name} {value:0.0#}", PooledCombined(thresholds, features), "(c)");
                    }
                }
            }

            report.AppendLine();
            report.AppendLine("Sweep, pooled (c): one threshold moved, the others as shipped");
            foreach (var (name, values) in AroundShipped)
            {
                foreach (var value in values)
                {
                    var thresholds = name switch
                    {
                        "category" => Thresholds with { Category = value, CategoryOverUnclear = null },
                        "unclear" => Thresholds with { CategoryOverUnclear = value },
                        _ => Thresholds with { Immediate = value, ImmediateWithInterpreter = null },
                    };
                    Row(report, $"{name} {value:0.0#}", PooledCombined(thresholds, Combination), "(c)");
                }
            }

            report.AppendLine();
            report.AppendLine("Sweep, pooled (c) by the language read: immediate moved there, the rest as shipped");
            foreach (var anotherLanguage in new[] { false, true })
            {
                var group = folds.SelectMany(fold => fold.Examples)
                    .Where(example => TriageCombination.ReadInAnotherLanguage(example.Example.Analysis) == anotherLanguage)
                    .ToList();
                foreach (var value in new[] { 0.2f, 0.25f, 0.3f, 0.35f, 0.4f, 0.45f })
                {
                    var thresholds = anotherLanguage ? Thresholds with { ImmediateWithInterpreter = value } : Thresholds with { Immediate = value };
                    Row(report, $"{(anotherLanguage ? "other" : "da, en or short")} {value:0.0#}", Score("group", group, thresholds, Combination).Combined, "(c)");
                }
            }
        }

        return report.ToString();
    }

    private static RoundScores Score(string name, IReadOnlyList<HeldOutExample> examples, CombinationThresholds thresholds, TriageModelFeatures combination)
    {
        EvaluationResult Evaluate(Func<HeldOutExample, TriageResult> predict) =>
            new(examples.Select(example => new EvaluatedExample(example.Example.Labels, predict(example))).ToList());

        return new RoundScores(
            name,
            Evaluate(example => example.Example.Analysis.Result),
            Evaluate(example => TriageCombination.ModelAlone(example.Example.Analysis.Result, example.FromText)),
            Evaluate(example => TriageCombination.ModelAlone(example.Example.Analysis.Result, example.WithIndicators)),
            Evaluate(example => TriageCombination.Combine(example.Example.Analysis, example.For(combination), thresholds)));
    }

    private static void Row(StringBuilder report, string round, EvaluationResult result, string variant) =>
        report.AppendLine(CultureInfo.InvariantCulture,
            $"{round,-14} {(round.Length == 0 ? string.Empty : result.Count.ToString(CultureInfo.InvariantCulture)),4}  {variant,-7} {F(result.CategoryMacroF1)}  {F(result.ImmediateRecall)}  {F(result.ImmediatePrecision)}  {F(result.RestrictedContactRecall)}  {F(result.RestrictedContactPrecision)}");

    private static string F(double value) => double.IsNaN(value) ? "  n/a" : value.ToString("0.000", CultureInfo.InvariantCulture);

    private static string Variant(bool withIndicators) => withIndicators ? "b'" : "b";

    private static string Shown(float threshold) => float.IsPositiveInfinity(threshold) ? "never" : threshold.ToString("0.00", CultureInfo.InvariantCulture);
}
