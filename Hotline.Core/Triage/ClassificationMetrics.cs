namespace Hotline.Triage;

// Plain textbook metrics. Undefined values (no positives to find, nothing predicted) are NaN,
// shown as "n/a" in reports, rather than a flattering 1 or a misleading 0.
public static class ClassificationMetrics
{
    public static double Accuracy(IReadOnlyList<(string Expected, string Predicted)> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        return pairs.Count == 0 ? double.NaN : (double)pairs.Count(pair => pair.Expected == pair.Predicted) / pairs.Count;
    }

    public static double Recall(IReadOnlyList<(bool Expected, bool Predicted)> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var positives = pairs.Count(pair => pair.Expected);
        return positives == 0 ? double.NaN : (double)pairs.Count(pair => pair.Expected && pair.Predicted) / positives;
    }

    public static double Precision(IReadOnlyList<(bool Expected, bool Predicted)> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var predicted = pairs.Count(pair => pair.Predicted);
        return predicted == 0 ? double.NaN : (double)pairs.Count(pair => pair.Expected && pair.Predicted) / predicted;
    }

    // Unweighted mean of per-class F1 over every class that occurs in the expected or predicted labels,
    // so a rare class (organ removal) counts as much as a common one.
    public static double MacroF1(IReadOnlyList<(string Expected, string Predicted)> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var classes = pairs.SelectMany(pair => new[] { pair.Expected, pair.Predicted }).Distinct(StringComparer.Ordinal).ToList();
        if (classes.Count == 0)
        {
            return double.NaN;
        }

        return classes.Average(label => F1(pairs, label));
    }

    public static double F1(IReadOnlyList<(string Expected, string Predicted)> pairs, string label)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var binary = pairs.Select(pair => (pair.Expected == label, pair.Predicted == label)).ToList();
        var precision = Precision(binary);
        var recall = Recall(binary);
        if (double.IsNaN(precision) || double.IsNaN(recall) || precision + recall == 0)
        {
            return 0;
        }

        return 2 * precision * recall / (precision + recall);
    }
}
