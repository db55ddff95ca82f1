using System.Text.Encodings.Web;
using System.Text.Json;

namespace Hotline.Triage;

// The `triage` command: one JSON object a line in ({"id", "text", "channel"}), one out, through the
// same classifier the consumer uses. A malformed line gets an error line naming it, and the run
// goes on: one bad line in a batch must not cost the rest.
public static class TriageJsonLines
{
    // Lines for a terminal or a pipe, not for a web page: no HTML-safe escaping of quotes and
    // non-ASCII letters.
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public sealed record Input(string? Id, string? Text, string? Channel);

    public sealed record Output(
        string? Id,
        string Category,
        string Urgency,
        string CallerRole,
        string ContactSafety,
        string Language,
        IReadOnlyList<string> Indicators,
        bool InterpreterNeeded);

    public sealed record LineError(int Line, string? Id, string Error);

    // Returns how many lines were malformed.
    public static int Run(TextReader input, TextWriter output, TriageClassifier classifier)
    {
        var errors = 0;
        var lineNumber = 0;
        while (input.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var answer = TriageLine(line, lineNumber, classifier);
            errors += answer is LineError ? 1 : 0;
            output.WriteLine(JsonSerializer.Serialize(answer, answer.GetType(), Json));
        }

        return errors;
    }

    static object TriageLine(string line, int lineNumber, TriageClassifier classifier)
    {
        Input? contact;
        try
        {
            contact = JsonSerializer.Deserialize<Input>(line, Json);
        }
        catch (JsonException exception)
        {
            return new LineError(lineNumber, null, $"not a JSON object: {exception.Message}");
        }

        if (contact?.Text is null)
        {
            return new LineError(lineNumber, contact?.Id, "\"text\" is missing");
        }

        var channel = contact.Channel ?? Channel.Sms;
        if (channel is not (Channel.Sms or Channel.Voice))
        {
            return new LineError(lineNumber, contact.Id, $"\"channel\" must be \"{Channel.Sms}\" or \"{Channel.Voice}\"");
        }

        var triage = classifier.Classify(contact.Text, channel);
        return new Output(
            contact.Id,
            triage.Category,
            triage.Urgency,
            triage.CallerRole,
            triage.ContactSafety,
            triage.Language,
            triage.Indicators,
            triage.InterpreterNeeded);
    }
}
