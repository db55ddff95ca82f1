using System.Globalization;
using System.Text;

namespace Hotline.Triage;

// Counts of (expected, predicted) label pairs; rows are expected, columns predicted.
public sealed class ConfusionMatrix
{
    private readonly Dictionary<(string Expected, string Predicted), int> counts = [];

    public ConfusionMatrix(IEnumerable<string> labels, IEnumerable<(string Expected, string Predicted)> pairs)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(pairs);
        var pairList = pairs.ToList();
        Labels = labels.Concat(pairList.SelectMany(pair => new[] { pair.Expected, pair.Predicted }))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        foreach (var pair in pairList)
        {
            counts[pair] = counts.GetValueOrDefault(pair) + 1;
        }
    }

    public IReadOnlyList<string> Labels { get; }

    public int this[string expected, string predicted] => counts.GetValueOrDefault((expected, predicted));

    public string Render()
    {
        var width = Math.Max(8, Labels.Max(label => label.Length) + 1);
        var builder = new StringBuilder();
        builder.Append("expected \\ predicted".PadRight(width + 2));
        foreach (var label in Labels)
        {
            builder.Append(Abbreviate(label).PadLeft(7));
        }

        builder.AppendLine();
        foreach (var expected in Labels)
        {
            builder.Append(CultureInfo.InvariantCulture, $"{expected.PadRight(width + 2)}");
            foreach (var predicted in Labels)
            {
                builder.Append(this[expected, predicted].ToString(CultureInfo.InvariantCulture).PadLeft(7));
            }

            builder.AppendLine();
        }

        return builder.ToString();
    }

    // Column headers stay narrow but distinct ("forced_labour" and "forced_criminality" share a prefix).
    private static string Abbreviate(string label) => label switch
    {
        Category.SexualExploitation => "sexual",
        Category.ForcedLabour => "labour",
        Category.DomesticServitude => "domest",
        Category.ForcedCriminality => "crime",
        Category.OrganRemoval => "organ",
        _ => label.Length <= 6 ? label : label[..6],
    };
}
