using System.Globalization;
using System.Text;

namespace Hotline.Triage;

public sealed class EvaluationResult
{
    public EvaluationResult(IReadOnlyList<EvaluatedExample> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        Outcomes = outcomes;

        var category = Pairs(example => example.Category, result => result.Category);
        CategoryAccuracy = ClassificationMetrics.Accuracy(category);
        CategoryMacroF1 = ClassificationMetrics.MacroF1(category);
        UrgencyAccuracy = ClassificationMetrics.Accuracy(Pairs(example => example.Urgency, result => result.Urgency));
        CallerRoleAccuracy = ClassificationMetrics.Accuracy(Pairs(example => example.CallerRole, result => result.CallerRole));
        ContactSafetyAccuracy = ClassificationMetrics.Accuracy(Pairs(example => example.ContactSafety, result => result.ContactSafety));
        LanguageAccuracy = ClassificationMetrics.Accuracy(Pairs(example => example.Language, result => result.Language));

        var immediate = Flags(example => example.Urgency == Urgency.Immediate, result => result.Urgency == Urgency.Immediate);
        ImmediateRecall = ClassificationMetrics.Recall(immediate);
        ImmediatePrecision = ClassificationMetrics.Precision(immediate);

        var restricted = Flags(example => example.ContactSafety != ContactSafety.Any, result => result.ContactSafety != ContactSafety.Any);
        RestrictedContactRecall = ClassificationMetrics.Recall(restricted);
        RestrictedContactPrecision = ClassificationMetrics.Precision(restricted);

        CategoryConfusion = new ConfusionMatrix(Category.All, category);
    }

    public IReadOnlyList<EvaluatedExample> Outcomes { get; }

    public int Count => Outcomes.Count;

    public double CategoryAccuracy { get; }

    public double CategoryMacroF1 { get; }

    public double UrgencyAccuracy { get; }

    public double CallerRoleAccuracy { get; }

    public double ContactSafetyAccuracy { get; }

    public double LanguageAccuracy { get; }

    public double ImmediateRecall { get; }

    public double ImmediatePrecision { get; }

    // "Restricted" = contactSafety is text_only or no_contact: a call back could put the person at risk.
    public double RestrictedContactRecall { get; }

    public double RestrictedContactPrecision { get; }

    public ConfusionMatrix CategoryConfusion { get; }

    public IEnumerable<EvaluatedExample> Misses => Outcomes.Where(outcome => !outcome.IsFullyCorrect);

    public string ToReport(bool includeMisses = false)
    {
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"Triage evaluation on {Count} examples");
        report.AppendLine();
        report.AppendLine("Accuracy per field");
        Line(report, "category", CategoryAccuracy);
        Line(report, "urgency", UrgencyAccuracy);
        Line(report, "callerRole", CallerRoleAccuracy);
        Line(report, "contactSafety", ContactSafetyAccuracy);
        Line(report, "language", LanguageAccuracy);
        report.AppendLine();
        report.AppendLine("Goals");
        Line(report, "category macro-F1", CategoryMacroF1, ">= 0.85");
        Line(report, "immediate recall", ImmediateRecall, ">= 0.95");
        Line(report, "immediate precision", ImmediatePrecision, ">= 0.70");
        Line(report, "restricted contact recall", RestrictedContactRecall, ">= 0.90");
        Line(report, "restricted contact precision", RestrictedContactPrecision);
        Line(report, "language accuracy", LanguageAccuracy, ">= 0.95");
        report.AppendLine();
        report.AppendLine("Category confusion (rows expected, columns predicted)");
        report.Append(CategoryConfusion.Render());

        if (includeMisses)
        {
            report.AppendLine();
            report.AppendLine("Misses (field: expected -> predicted)");
            foreach (var miss in Misses)
            {
                report.AppendLine(CultureInfo.InvariantCulture, $"{miss.Expected.Id}: {Differences(miss)}  [{string.Join(" ", miss.Predicted.Indicators)}]");
            }
        }

        return report.ToString();
    }

    // One Markdown table row of the goal figures, under RowHeader, for comparing files side by side.
    public const string RowHeader =
        "| set | n | category macro-F1 | immediate recall / precision | contactSafety ≠ any recall | language |\n|---|---|---|---|---|---|";

    public string ToRow(string name) =>
        string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {Count} | {Shown(CategoryMacroF1)} | {Shown(ImmediateRecall)} / {Shown(ImmediatePrecision)} | {Shown(RestrictedContactRecall)} | {Shown(LanguageAccuracy)} |");

    private static string Differences(EvaluatedExample outcome)
    {
        var (expected, predicted) = (outcome.Expected, outcome.Predicted);
        var differences = new List<string>();
        Compare("category", expected.Category, predicted.Category);
        Compare("urgency", expected.Urgency, predicted.Urgency);
        Compare("callerRole", expected.CallerRole, predicted.CallerRole);
        Compare("contactSafety", expected.ContactSafety, predicted.ContactSafety);
        Compare("language", expected.Language, predicted.Language);
        return string.Join("; ", differences);

        void Compare(string field, string wanted, string got)
        {
            if (wanted != got)
            {
                differences.Add($"{field}: {wanted} -> {got}");
            }
        }
    }

    private static void Line(StringBuilder report, string name, double value, string goal = "")
    {
        var line = string.Create(CultureInfo.InvariantCulture, $"  {name,-30} {Shown(value),6}  {goal}");
        report.AppendLine(line.TrimEnd());
    }

    private static string Shown(double value) => double.IsNaN(value) ? "n/a" : value.ToString("0.000", CultureInfo.InvariantCulture);

    private List<(string Expected, string Predicted)> Pairs(Func<LabelledExample, string> expected, Func<TriageResult, string> predicted) =>
        Outcomes.Select(outcome => (expected(outcome.Expected), predicted(outcome.Predicted))).ToList();

    private List<(bool Expected, bool Predicted)> Flags(Func<LabelledExample, bool> expected, Func<TriageResult, bool> predicted) =>
        Outcomes.Select(outcome => (expected(outcome.Expected), predicted(outcome.Predicted))).ToList();
}
