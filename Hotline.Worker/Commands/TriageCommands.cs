using Hotline.Triage;

namespace Hotline.Worker.Commands;

// Command-line tools over the classifier the triage consumer uses; they need no broker or database.
public static class TriageCommands
{
    // dotnet run --project Hotline.Worker -- triage < contacts.jsonl
    public static int Triage(TextReader input, TextWriter output, TextWriter error)
    {
        var malformed = TriageJsonLines.Run(input, output, new TriageClassifier());
        if (malformed > 0)
        {
            error.WriteLine($"triage: {malformed} malformed line(s), answered with error lines");
        }

        return malformed > 0 ? 1 : 0;
    }

    // dotnet run --project Hotline.Worker -- evaluate labelled.jsonl [--misses]
    public static int Evaluate(string path, bool showMisses, TextWriter output, TextWriter error)
    {
        if (!File.Exists(path))
        {
            error.WriteLine($"evaluate: no file {path}");
            return 2;
        }

        var set = LabelledExampleReader.ReadFile(path);
        foreach (var problem in set.Errors)
        {
            error.WriteLine($"evaluate: {path}:{problem.LineNumber}: {problem.Message} (line left out)");
        }

        output.Write(TriageEvaluation.Score(set.Examples, new TriageClassifier()).ToReport(showMisses));
        return set.Errors.Count > 0 ? 1 : 0;
    }
}
