using System.Diagnostics;
using System.Text.Json;
using Hotline.Triage;

namespace Hotline.Bench;

// Contacts triaged a second on one core, over every labelled text in the repository (dev.jsonl
// and the test sets), against a baseline that only folds case and splits the same texts into
// words: the least any classifier reading every word must do.
public static class TriageBenchmark
{
    public const double Goal = 2_000;

    public static IReadOnlyList<Figure> Run(TimeSpan duration)
    {
        PinToOneCore();
        var texts = LoadTexts();
        var classifier = new TriageClassifier();

        var baseline = Throughput(texts, duration, text => text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
        var triage = Throughput(texts, duration, text => classifier.Classify(text, Channel.Sms).Indicators.Count);

        return [new Figure("triage", $"contacts/s, 1 core ({texts.Count} texts)", triage, "/s", "lower-case and split words", baseline, HigherIsBetter: true, Goal)];
    }

    static double Throughput(List<string> texts, TimeSpan duration, Func<string, int> work)
    {
        var sink = 0;
        foreach (var text in texts)
        {
            sink += work(text);  // warm-up: JIT, tiered compilation, lazily built tables
        }

        var done = 0;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < duration)
        {
            sink += work(texts[done % texts.Count]);
            done++;
        }

        GC.KeepAlive(sink);
        return done / clock.Elapsed.TotalSeconds;
    }

    static void PinToOneCore()
    {
        if (OperatingSystem.IsLinux() || OperatingSystem.IsWindows())
        {
            Process.GetCurrentProcess().ProcessorAffinity = 1;
        }
    }

    static List<string> LoadTexts()
    {
        var root = RepositoryRoot();
        var files = new[] { Path.Combine(root, "..", "shared", "triage", "dev.jsonl") }
            .Concat(Directory.GetFiles(Path.Combine(root, "Hotline.Tests", "Triage", "Data"), "*.jsonl"))
            .Where(File.Exists);
        return files
            .SelectMany(File.ReadLines)
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("text").GetString()!)
            .ToList();
    }

    static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Hotline.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Run the benchmark from inside the repository: Hotline.sln not found.");
    }
}
