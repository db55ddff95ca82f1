using System.Diagnostics;
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
        var texts = ContactTexts.All.Select(labelled => labelled.Text).ToList();
        var classifier = new TriageClassifier();

        // Pinned only while measuring: the scenarios after this one start processes, which would
        // inherit the affinity.
        var allCores = PinToOneCore();
        (double PerSecond, double BytesPerContact) baseline, triage;
        try
        {
            baseline = Throughput(texts, duration, text => text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
            triage = Throughput(texts, duration, text => classifier.Classify(text, Channel.Sms).Indicators.Count);
        }
        finally
        {
            Unpin(allCores);
        }

        return
        [
            new Figure("triage", $"contacts/s, 1 core ({texts.Count} texts)", triage.PerSecond, "/s", "lower-case and split words", baseline.PerSecond, HigherIsBetter: true, Goal),
            new Figure("triage", "bytes allocated per contact", triage.BytesPerContact, "B", "lower-case and split words", baseline.BytesPerContact, HigherIsBetter: false, Goal: null),
        ];
    }

    // Contacts a second, and the bytes the work allocates for each: in a server, what the garbage collector must reclaim.
    static (double PerSecond, double BytesPerContact) Throughput(List<string> texts, TimeSpan duration, Func<string, int> work)
    {
        var sink = 0;
        foreach (var text in texts)
        {
            sink += work(text);  // warm-up: JIT, tiered compilation, lazily built tables
        }

        var done = 0;
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < duration)
        {
            sink += work(texts[done % texts.Count]);
            done++;
        }

        var elapsed = clock.Elapsed;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        GC.KeepAlive(sink);
        return (done / elapsed.TotalSeconds, (double)allocated / done);
    }

    static nint? PinToOneCore()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsWindows())
        {
            return null;
        }

        var process = Process.GetCurrentProcess();
        var allCores = process.ProcessorAffinity;
        process.ProcessorAffinity = 1;
        return allCores;
    }

    static void Unpin(nint? allCores)
    {
        if (allCores is { } cores && (OperatingSystem.IsLinux() || OperatingSystem.IsWindows()))
        {
            Process.GetCurrentProcess().ProcessorAffinity = cores;
        }
    }
}
