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

    // dotnet run --project Hotline.Worker -- evaluate labelled.jsonl [--misses]: the whole report of one file;
    // with several files, one row of goal figures for each, by one classifier (the README's tables).
    public static int Evaluate(IReadOnlyList<string> paths, bool showMisses, TextWriter output, TextWriter error)
    {
        if (paths.Count == 0)
        {
            error.WriteLine("evaluate: name at least one labelled file");
            return 2;
        }

        if (paths.FirstOrDefault(path => !File.Exists(path)) is { } missing)
        {
            error.WriteLine($"evaluate: no file {missing}");
            return 2;
        }

        var classifier = new TriageClassifier();
        var malformed = 0;
        if (paths.Count > 1)
        {
            output.WriteLine(EvaluationResult.RowHeader);
        }

        foreach (var path in paths)
        {
            var set = LabelledExampleReader.ReadFile(path);
            foreach (var problem in set.Errors)
            {
                error.WriteLine($"evaluate: {path}:{problem.LineNumber}: {problem.Message} (line left out)");
            }

            malformed += set.Errors.Count;
            var result = TriageEvaluation.Score(set.Examples, classifier);
            output.Write(paths.Count == 1 ? result.ToReport(showMisses) : result.ToRow(Path.GetFileName(path)) + Environment.NewLine);
        }

        return malformed > 0 ? 1 : 0;
    }

    // dotnet run --project Hotline.Worker -- evaluate-rounds "$PWD/triage-data" [--dev dev.jsonl] [--forward] [--sweep]
    //     [--first-look "$PWD/Hotline.Tests/Triage/FirstLook"] [--from N]
    // Reads train.jsonl, extra-*.jsonl and holdout-v*.jsonl from the folder, holds each round out in turn (see
    // CrossRoundEvaluation); with --first-look, a round's recorded first-look-vN.jsonl stands in for today's lexicons on it.
    // Like train.jsonl, an extra-*.jsonl file is model data written for no round: every fold trains on it, none holds it out.
    // --from N holds out only vN and later (to pool the newer authors' rounds alone); dev and the earlier rounds are
    // trained on in every fold, which is what both protocols would have done with them anyway.
    public static int EvaluateRounds(string folder, IReadOnlyList<string> options, TextWriter output, TextWriter error)
    {
        if (!Directory.Exists(folder))
        {
            error.WriteLine($"evaluate-rounds: no folder {folder}");
            return 2;
        }

        var files = new List<(string Name, string Path, bool AlwaysTrained)>();
        var train = Path.Combine(folder, "train.jsonl");
        if (File.Exists(train))
        {
            files.Add(("train", train, true));
        }

        files.AddRange(Directory.GetFiles(folder, "extra-*.jsonl")
            .Order(StringComparer.Ordinal)
            .Select(path => (Path.GetFileNameWithoutExtension(path), path, true)));

        var firstLooks = OptionValue(options, "--first-look");
        if (firstLooks is not null && !Directory.Exists(firstLooks))
        {
            error.WriteLine("evaluate-rounds: --first-look needs an existing folder");
            return 2;
        }

        if (OptionValue(options, "--dev") is { } dev)
        {
            if (!File.Exists(dev))
            {
                error.WriteLine("evaluate-rounds: --dev needs an existing file");
                return 2;
            }

            files.Add(("dev", dev, false));
        }

        files.AddRange(Directory.GetFiles(folder, "holdout-v*.jsonl")
            .OrderBy(RoundNumber)
            .Select(path => (Path.GetFileNameWithoutExtension(path), path, false)));

        var fromOption = OptionValue(options, "--from");
        var from = 0;
        if (fromOption is not null && !int.TryParse(fromOption, out from))
        {
            error.WriteLine("evaluate-rounds: --from needs a round number");
            return 2;
        }

        var hadErrors = false;
        var rounds = new List<LabelledRound>();
        foreach (var (name, path, alwaysTrained) in files)
        {
            var set = LabelledExampleReader.ReadFile(path);
            foreach (var problem in set.Errors)
            {
                error.WriteLine($"evaluate-rounds: {path}:{problem.LineNumber}: {problem.Message} (line left out)");
                hadErrors = true;
            }

            var firstLook = firstLooks is null ? null : Path.Combine(firstLooks, name.Replace("holdout-", "first-look-", StringComparison.Ordinal) + ".jsonl");
            var beforeFrom = fromOption is not null && !alwaysTrained && (name == "dev" || RoundNumber(path) < from);
            rounds.Add(new LabelledRound(name, set.Examples, alwaysTrained || beforeFrom, File.Exists(firstLook) ? RecordedTriage.Read(firstLook) : null));
        }

        if (rounds.Count(round => !round.AlwaysTrained) < 2)
        {
            error.WriteLine($"evaluate-rounds: {folder} needs at least two rounds (holdout-v*.jsonl, or one and --dev)");
            return 2;
        }

        var result = CrossRoundEvaluation.Run(rounds, new TriageClassifier(), options.Contains("--forward"));
        output.Write(result.ToReport(options.Contains("--sweep")));
        return hadErrors ? 1 : 0;
    }

    // The value given after the option `name`: null when the option is absent, empty when it ends the list.
    private static string? OptionValue(IReadOnlyList<string> options, string name)
    {
        var index = options.ToList().IndexOf(name);
        return index < 0 ? null : index + 1 < options.Count ? options[index + 1] : "";
    }

    private static int RoundNumber(string path) =>
        int.TryParse(Path.GetFileNameWithoutExtension(path).AsSpan("holdout-v".Length), out var number) ? number : int.MaxValue;
}
