using System.Text.Json;

namespace Hotline.Triage;

// Reads the lexicons embedded in this assembly (Hotline.Core.csproj embeds Triage/Lexicons/*.json).
internal static class LexiconLibrary
{
    private const string ResourcePrefix = "Hotline.Triage.Lexicons.";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static IReadOnlyList<Lexicon> LoadEmbedded()
    {
        var assembly = typeof(LexiconLibrary).Assembly;
        var lexicons = new List<Lexicon>();
        foreach (var name in assembly.GetManifestResourceNames().Where(IsLexicon).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)
                ?? throw new InvalidOperationException($"Lexicon resource {name} could not be opened.");
            lexicons.Add(Parse(stream, name));
        }

        if (lexicons.Count == 0)
        {
            throw new InvalidOperationException("No triage lexicons are embedded in Hotline.Core.");
        }

        return lexicons;
    }

    public static Lexicon Parse(Stream json, string sourceName)
    {
        var lexicon = JsonSerializer.Deserialize<Lexicon>(json, Options)
            ?? throw new InvalidDataException($"Lexicon {sourceName} is empty.");
        var unknownIndicators = lexicon.Cues.Keys.Where(key => !Indicator.All.Contains(key)).ToList();
        if (unknownIndicators.Count > 0)
        {
            throw new InvalidDataException(
                $"Lexicon {sourceName} has cues for unknown indicators: {string.Join(", ", unknownIndicators)}.");
        }

        // A repeated cue changes no verdict but is tried twice on every text; tuning passes that add a
        // language's missing cues have left such twins behind.
        var repeated = lexicon.Cues
            .SelectMany(pair => pair.Value.GroupBy(cue => cue, StringComparer.Ordinal).Where(group => group.Count() > 1).Select(group => $"{pair.Key}: {group.Key}"))
            .ToList();
        if (repeated.Count > 0)
        {
            throw new InvalidDataException($"Lexicon {sourceName} repeats cues in the same list: {string.Join(", ", repeated)}.");
        }

        return lexicon with
        {
            Negations = lexicon.Negations ?? [],
            ScopeBreaks = lexicon.ScopeBreaks ?? [],
            Conditionals = lexicon.Conditionals ?? [],
            Fillers = lexicon.Fillers ?? [],
            Abbreviations = lexicon.Abbreviations ?? new Dictionary<string, string>(),
        };
    }

    private static bool IsLexicon(string resourceName) =>
        resourceName.StartsWith(ResourcePrefix, StringComparison.Ordinal)
            && resourceName.EndsWith(".json", StringComparison.Ordinal);
}
