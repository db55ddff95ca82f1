namespace Hotline.Triage;

// The labelled rounds the model is trained on, embedded in this assembly (Hotline.Core.csproj links
// triage-data/*.jsonl, so a new round is trained on from the next build on).
internal static class LabelledLibrary
{
    private const string ResourcePrefix = "Hotline.Triage.Labelled.";

    public static IReadOnlyList<LabelledExample> LoadEmbedded()
    {
        var assembly = typeof(LabelledLibrary).Assembly;
        var examples = new List<LabelledExample>();
        foreach (var name in assembly.GetManifestResourceNames().Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)
                ?? throw new InvalidOperationException($"Labelled resource {name} could not be opened.");
            using var reader = new StreamReader(stream);
            var set = LabelledExampleReader.Read(reader);
            if (set.Errors.Count > 0)
            {
                throw new InvalidDataException($"{name} line {set.Errors[0].LineNumber}: {set.Errors[0].Message}");
            }

            examples.AddRange(set.Examples);
        }

        return examples;
    }
}
