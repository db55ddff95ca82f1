namespace Hotline.Bench;

// From the webhook (when it was due on a fixed-rate schedule) to the alert's REST call reaching
// the fake Twilio, at 50 contacts a second (the goal) and at 10; beside the baseline's webhook →
// publish → consume → REST call at the same rates.
public static class TimeToAlertBenchmark
{
    static readonly double[] Rates = [10, 50];
    const double GoalRate = 50;
    const double GoalP99Milliseconds = 1_000;

    public static IReadOnlyList<Figure> Run(TimeSpan duration) => RunAsync(duration).GetAwaiter().GetResult();

    static async Task<IReadOnlyList<Figure>> RunAsync(TimeSpan duration)
    {
        await using var twilio = await FakeTwilio.StartAsync();

        var hotlineTimes = new List<double[]>();
        IReadOnlyList<string> texts;
        await using (var hotline = await HotlineSystem.StartAsync("alert", twilio, withWorker: true))
        {
            using var client = LoadGenerator.NewClient();
            texts = await EndToEnd.WarmUpAsync(hotline, twilio, client, EndToEnd.CandidateTexts);
            await EndToEnd.SteadyStateAsync(hotline, twilio, client, texts);
            foreach (var rate in Rates)
            {
                hotlineTimes.Add(await EndToEnd.TimeToAlertAsync(hotline, twilio, client, texts, rate, duration));
            }
        }

        var baselineTimes = new List<double[]>();
        await using (var baseline = await BaselineSystem.StartAsync("alert", twilio))
        {
            using var client = LoadGenerator.NewClient();
            await EndToEnd.WarmUpAsync(baseline, twilio, client, texts);
            await EndToEnd.SteadyStateAsync(baseline, twilio, client, texts);
            foreach (var rate in Rates)
            {
                baselineTimes.Add(await EndToEnd.TimeToAlertAsync(baseline, twilio, client, texts, rate, duration));
            }
        }

        const string baselineName = "publish → consume → REST";
        return [.. Rates.SelectMany((rate, i) => new[]
        {
            new Figure("alert", $"p50 webhook → alert at {rate:0}/s", LoadResult.Percentile(hotlineTimes[i], 0.50), "ms", baselineName, LoadResult.Percentile(baselineTimes[i], 0.50), HigherIsBetter: false, Goal: null),
            new Figure("alert", $"p99 webhook → alert at {rate:0}/s", LoadResult.Percentile(hotlineTimes[i], 0.99), "ms", baselineName, LoadResult.Percentile(baselineTimes[i], 0.99), HigherIsBetter: false, rate == GoalRate ? GoalP99Milliseconds : null),
        })];
    }
}
