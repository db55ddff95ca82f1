using System.Collections.Concurrent;
using System.Diagnostics;

namespace Hotline.Bench;

// Issue 7's soak: Hotline (API and worker) at a steady rate for several minutes on loopback. Its
// memory must stay flat (the resident set in the last quarter of the run against the second: the
// first is warm-up), and once the load stops every contact must be alerted and every queue, the
// error queues and the API's spool included, must drain to nothing.
public static class SoakBenchmark
{
    public const double DefaultMinutes = 3;
    const double Rate = 10;
    const double GoalMemoryRatio = 1.2;
    static readonly TimeSpan SampleEvery = TimeSpan.FromSeconds(2);
    static readonly TimeSpan DrainWait = TimeSpan.FromMinutes(2);

    public static IReadOnlyList<Figure> Run(TimeSpan duration) => RunAsync(duration).GetAwaiter().GetResult();

    static async Task<IReadOnlyList<Figure>> RunAsync(TimeSpan duration)
    {
        await using var twilio = await FakeTwilio.StartAsync();
        await using var hotline = await HotlineSystem.StartAsync("soak", twilio, withWorker: true);
        using var client = LoadGenerator.NewClient();
        var texts = await EndToEnd.WarmUpAsync(hotline, twilio, client, EndToEnd.CandidateTexts);
        twilio.Clear();

        Console.Error.WriteLine($"bench: soak at {Rate:0} contacts/s for {duration.TotalMinutes:0.#} min");
        var samples = new ConcurrentQueue<(double Seconds, long Api, long Worker)>();
        using var stopSampling = new CancellationTokenSource();
        var start = Stopwatch.GetTimestamp();
        var sampling = Task.Run(async () =>
        {
            using var timer = new PeriodicTimer(SampleEvery);
            try
            {
                while (await timer.WaitForNextTickAsync(stopSampling.Token))
                {
                    samples.Enqueue((Stopwatch.GetElapsedTime(start).TotalSeconds, hotline.Api.Memory().Current, hotline.Worker!.Memory().Current));
                }
            }
            catch (OperationCanceledException)
            {
                // The load is over.
            }
        });

        var due = new ConcurrentDictionary<string, long>();
        var load = await LoadGenerator.OpenLoopAsync(client, EndToEnd.Next(hotline, texts, due), Rate, duration);
        await stopSampling.CancelAsync();
        await sampling;
        EndToEnd.Warn(hotline, load);

        var expected = load.Sent - load.Failed;
        var drained = Stopwatch.StartNew();
        try
        {
            await EndToEnd.UntilAsync(hotline, twilio, async () => twilio.Count >= expected && await LeftOverAsync(hotline) == 0, DrainWait, "drain");
        }
        catch (TimeoutException exception)
        {
            Console.Error.WriteLine($"bench: {exception.Message}");
        }

        var left = await LeftOverAsync(hotline);
        var alerts = await hotline.AlertsAsync(twilio);
        var alerted = due.Keys.Count(alerts.ContainsKey);
        var seconds = duration.TotalSeconds;
        double Mean(Func<(double Seconds, long Api, long Worker), long> memory, double from, double to) =>
            EndToEnd.Megabytes((long)samples.Where(sample => sample.Seconds >= from * seconds && sample.Seconds < to * seconds).Average(sample => memory(sample)));
        double P99(double from, double to)
        {
            var window = due
                .Where(pair => alerts.ContainsKey(pair.Key) && Stopwatch.GetElapsedTime(start, pair.Value).TotalSeconds is var at && at >= from * seconds && at < to * seconds)
                .Select(pair => Stopwatch.GetElapsedTime(pair.Value, alerts[pair.Key]).TotalMilliseconds)
                .Order()
                .ToList();
            return LoadResult.Percentile(window, 0.99);
        }

        var minutes = $"{duration.TotalMinutes:0.#} min at {Rate:0}/s";
        return
        [
            new Figure("soak", $"API resident set, last quarter ({minutes})", Mean(sample => sample.Api, 0.75, 1), "MB", "second quarter", Mean(sample => sample.Api, 0.25, 0.5), HigherIsBetter: false, GoalMemoryRatio, GoalIsRatio: true),
            new Figure("soak", "worker resident set, last quarter", Mean(sample => sample.Worker, 0.75, 1), "MB", "second quarter", Mean(sample => sample.Worker, 0.25, 0.5), HigherIsBetter: false, GoalMemoryRatio, GoalIsRatio: true),
            new Figure("soak", "p99 webhook → alert, last quarter", P99(0.75, 1), "ms", "second quarter", P99(0.25, 0.5), HigherIsBetter: false, Goal: null),
            new Figure("soak", $"contacts alerted (drained in {drained.Elapsed.TotalSeconds:0} s)", alerted, "", "webhooks sent", load.Sent, HigherIsBetter: true, 1, GoalIsRatio: true),
            new Figure("soak", "messages left in queues and spool", left, "", "webhooks sent", load.Sent, HigherIsBetter: false, Goal: 0),
        ];
    }

    static async Task<long> LeftOverAsync(HotlineSystem hotline) =>
        (await hotline.Vhost.QueueDepthsAsync()).Values.Sum() + await hotline.SpoolCountAsync();
}
