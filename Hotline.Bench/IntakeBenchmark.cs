namespace Hotline.Bench;

// Signed SMS webhooks against Hotline.Api publishing to RabbitMQ, beside the bare endpoint that
// only reads the form and publishes the same message to the same broker. Nothing consumes during
// the measurement (a queue of the bench's own stores what is published), so the figures are the
// API's alone. The highest throughput with a fixed number of requests in flight; latency on an
// open-loop schedule at fixed rates.
public static class IntakeBenchmark
{
    const int InFlight = 32;
    static readonly double[] Rates = [50, 200, 400];
    const double GoalRate = 200;
    static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(20);
    const double GoalP99Milliseconds = 50;
    const double GoalThroughputRatio = 0.8;

    public static IReadOnlyList<Figure> Run(TimeSpan duration) => RunAsync(duration).GetAwaiter().GetResult();

    static async Task<IReadOnlyList<Figure>> RunAsync(TimeSpan duration)
    {
        var texts = EndToEnd.CandidateTexts;
        await using var hotline = await HotlineSystem.StartAsync("intake", twilio: null, withWorker: false);
        await using var baseline = await BaselineSystem.StartAsync("intake", twilio: null);
        using var hotlineClient = LoadGenerator.NewClient();
        using var baselineClient = LoadGenerator.NewClient();
        var systems = new (ISystemUnderTest System, HttpClient Client)[] { (hotline, hotlineClient), (baseline, baselineClient) };

        // Steady state, as a server runs for days: with tiered compilation and dynamic PGO the API was still
        // compiling 10 s into the load (dotnet-counters: 60-150 methods every 2 s; perf: a quarter of its CPU in
        // the JIT), the small baseline much less. So each system gets the same long warm-up first.
        foreach (var (system, client) in systems)
        {
            await LoadGenerator.ClosedLoopAsync(client, EndToEnd.Next(system, texts, null), 8, WarmUp);
        }

        var figures = new List<Figure>();
        var failed = new int[2];
        var results = new LoadResult[2];
        var cpu = new double[2];
        for (var i = 0; i < systems.Length; i++)
        {
            var before = EndToEnd.CpuTime(systems[i].System);
            results[i] = await LoadGenerator.ClosedLoopAsync(systems[i].Client, EndToEnd.Next(systems[i].System, texts, null), InFlight, duration);
            cpu[i] = (EndToEnd.CpuTime(systems[i].System) - before).TotalMilliseconds / (results[i].Sent - results[i].Failed);
            failed[i] += results[i].Failed;
            EndToEnd.Warn(systems[i].System, results[i]);
        }

        figures.Add(new Figure("intake", $"webhooks/s, {InFlight} in flight", results[0].PerSecond, "/s", "bare endpoint", results[1].PerSecond, HigherIsBetter: true, GoalThroughputRatio, GoalIsRatio: true));
        figures.Add(new Figure("intake", "API CPU per webhook", cpu[0], "ms", "bare endpoint", cpu[1], HigherIsBetter: false, Goal: null));

        foreach (var rate in Rates)
        {
            for (var i = 0; i < systems.Length; i++)
            {
                results[i] = await LoadGenerator.OpenLoopAsync(systems[i].Client, EndToEnd.Next(systems[i].System, texts, null), rate, duration);
                failed[i] += results[i].Failed;
                EndToEnd.Warn(systems[i].System, results[i]);
            }

            figures.Add(new Figure("intake", $"p50 latency at {rate:0}/s", results[0].Percentile(0.50), "ms", "bare endpoint", results[1].Percentile(0.50), HigherIsBetter: false, Goal: null));
            figures.Add(new Figure("intake", $"p99 latency at {rate:0}/s", results[0].Percentile(0.99), "ms", "bare endpoint", results[1].Percentile(0.99), HigherIsBetter: false, rate == GoalRate ? GoalP99Milliseconds : null));
        }

        figures.Add(new Figure("intake", "webhooks failed (not 200)", failed[0], "", "bare endpoint", failed[1], HigherIsBetter: false, Goal: 0));
        return figures;
    }
}
