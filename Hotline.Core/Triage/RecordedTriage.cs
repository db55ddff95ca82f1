using System.Text.Json;

namespace Hotline.Triage;

// Reads the `triage` command's output lines back, by id: the verdicts an earlier version of the classifier gave.
public static class RecordedTriage
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IReadOnlyDictionary<string, TriageResult> Read(string path)
    {
        var results = new Dictionary<string, TriageResult>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path).Where(line => !string.IsNullOrWhiteSpace(line)))
        {
            var output = JsonSerializer.Deserialize<TriageJsonLines.Output>(line, Json)
                ?? throw new InvalidDataException($"{path}: an empty line of triage output");
            results[output.Id ?? throw new InvalidDataException($"{path}: a line without an id")] = new TriageResult(
                output.Category, output.Urgency, output.CallerRole, output.ContactSafety, output.Language, output.Indicators, output.InterpreterNeeded);
        }

        return results;
    }

    // The evidence rebuilt from the indicators an earlier classifier fired, for today's rules to reason with when
    // the model changes the category. It lacks how often each indicator matched, so who writes (self or third
    // party) is decided less well than it was: an approximation, used only in the evaluation.
    internal static LexiconAnalysis Analysis(LexiconAnalysis today, TriageResult recorded)
    {
        var indicators = recorded.Indicators.Where(Indicator.All.Contains).ToList();
        var evidence = new IndicatorEvidence([], recorded.Language);
        foreach (var indicator in indicators)
        {
            evidence.Add(indicator);
        }

        return new LexiconAnalysis(today.Normalized, evidence, recorded with { Indicators = indicators });
    }
}
