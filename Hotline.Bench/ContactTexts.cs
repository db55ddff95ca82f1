using System.Text.Json;

namespace Hotline.Bench;

// Every labelled text in the repository (dev.jsonl and the test sets): realistic SMS bodies in
// the hotline's languages, for the triage benchmark and for the webhooks the load generator sends.
public static class ContactTexts
{
    public sealed record Labelled(string Text, string Category);

    public static IReadOnlyList<Labelled> All { get; } = Load();

    static List<Labelled> Load()
    {
        var root = BenchPaths.Root;
        var files = new[] { Path.Combine(root, "..", "shared", "triage", "dev.jsonl") }
            .Concat(Directory.GetFiles(Path.Combine(root, "triage-data"), "*.jsonl"))
            // A sealed round must not meet the classifier before its one scoring at the end.
            .Where(file => !Path.GetFileName(file).StartsWith("sealed-", StringComparison.Ordinal))
            .Where(File.Exists);
        return files
            .SelectMany(File.ReadLines)
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Select(json => new Labelled(json.GetProperty("text").GetString()!, json.GetProperty("category").GetString()!))
            .ToList();
    }
}
