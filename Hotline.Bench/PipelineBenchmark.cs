namespace Hotline.Bench;

// Contacts a second end to end: webhook → stored → triaged → alert SMS at the fake Twilio, through
// Hotline.Api, RabbitMQ and Hotline.Worker, beside the same edges with nothing between them: the
// bare endpoint publishes, a bare consumer posts each message to the fake Twilio at once (raw
// MassTransit publish → consume on the same broker). Beside them, for the reading, the bare chain
// on Hotline's route for an SMS: the same two quorum-queue hops, doing nothing at each.
public static class PipelineBenchmark
{
    const int InFlight = 8;
    const double GoalRatio = 0.5;

    public static IReadOnlyList<Figure> Run(TimeSpan duration) => RunAsync(duration).GetAwaiter().GetResult();

    // A fixed number of contacts rather than a time, so that the run ends when the last is alerted.
    public static int ContactCount(TimeSpan duration) => Math.Max(200, (int)(100 * duration.TotalSeconds));

    static async Task<IReadOnlyList<Figure>> RunAsync(TimeSpan duration)
    {
        await using var twilio = await FakeTwilio.StartAsync();
        var count = ContactCount(duration);

        (double PerSecond, double CpuMilliseconds) hotlineRate, baselineRate, routeRate;
        IReadOnlyList<string> texts;
        await using (var hotline = await HotlineSystem.StartAsync("pipeline", twilio, withWorker: true))
        {
            using var client = LoadGenerator.NewClient();
            texts = await EndToEnd.WarmUpAsync(hotline, twilio, client, EndToEnd.CandidateTexts);
            await EndToEnd.SteadyStateAsync(hotline, twilio, client, texts);
            hotlineRate = await EndToEnd.ThroughputAsync(hotline, twilio, client, texts, count, InFlight);
        }

        await using (var baseline = await BaselineSystem.StartAsync("pipeline", twilio))
        {
            baselineRate = await BareChainAsync(baseline, twilio, texts, count);
        }

        await using (var route = await BaselineSystem.StartAsync("pipeline", twilio, hotlineRoute: true))
        {
            routeRate = await BareChainAsync(route, twilio, texts, count);
        }

        return
        [
            new Figure("pipeline", $"contacts/s end to end ({count})", hotlineRate.PerSecond, "/s", "raw publish → consume", baselineRate.PerSecond, HigherIsBetter: true, GoalRatio, GoalIsRatio: true),
            new Figure("pipeline", "CPU per contact, API + worker", hotlineRate.CpuMilliseconds, "ms", "raw publish → consume", baselineRate.CpuMilliseconds, HigherIsBetter: false, Goal: null),
            new Figure("pipeline", $"contacts/s end to end ({count})", hotlineRate.PerSecond, "/s", "2 bare quorum hops", routeRate.PerSecond, HigherIsBetter: true, Goal: null),
            new Figure("pipeline", "CPU per contact, API + worker", hotlineRate.CpuMilliseconds, "ms", "2 bare quorum hops", routeRate.CpuMilliseconds, HigherIsBetter: false, Goal: null),
        ];
    }

    static async Task<(double PerSecond, double CpuMilliseconds)> BareChainAsync(BaselineSystem system, FakeTwilio twilio, IReadOnlyList<string> texts, int count)
    {
        using var client = LoadGenerator.NewClient();
        await EndToEnd.WarmUpAsync(system, twilio, client, texts);
        await EndToEnd.SteadyStateAsync(system, twilio, client, texts);
        return await EndToEnd.ThroughputAsync(system, twilio, client, texts, count, InFlight);
    }
}
