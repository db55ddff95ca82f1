using System.Text.Json;

namespace Hotline.Triage;

public sealed record JsonlLineError(int LineNumber, string Message);

public sealed record LabelledExampleSet(IReadOnlyList<LabelledExample> Examples, IReadOnlyList<JsonlLineError> Errors);

// Reads labelled examples one JSON object per line. A broken line is reported with its number and
// skipped, so one typo in a file of hundreds does not throw away the whole evaluation run.
public static class LabelledExampleReader
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    public static LabelledExampleSet ReadFile(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader);
    }

    public static LabelledExampleSet Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var examples = new List<LabelledExample>();
        var errors = new List<JsonlLineError>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                var example = JsonSerializer.Deserialize<LabelledExample>(line, Options);
                var missing = example is null ? ["the whole object"] : MissingFields(example);
                if (missing.Count > 0)
                {
                    errors.Add(new JsonlLineError(lineNumber, $"missing {string.Join(", ", missing)}"));
                    continue;
                }

                examples.Add(example!);
            }
            catch (JsonException exception)
            {
                errors.Add(new JsonlLineError(lineNumber, exception.Message));
            }
        }

        return new LabelledExampleSet(examples, errors);
    }

    private static List<string> MissingFields(LabelledExample example)
    {
        var fields = new (string Name, string? Value)[]
        {
            ("id", example.Id), ("channel", example.Channel), ("text", example.Text), ("category", example.Category),
            ("urgency", example.Urgency), ("callerRole", example.CallerRole), ("contactSafety", example.ContactSafety),
            ("language", example.Language),
        };
        return fields.Where(field => string.IsNullOrEmpty(field.Value)).Select(field => field.Name).ToList();
    }
}
