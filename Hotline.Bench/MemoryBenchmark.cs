namespace Hotline.Bench;

// The peak resident set (VmHWM: working set, start-up included) of Hotline.Api and Hotline.Worker
// after the pipeline's load, beside the baseline process (endpoint and consumer in one) after the
// same load.
public static class MemoryBenchmark
{
    public static IReadOnlyList<Figure> Run(TimeSpan duration) => RunAsync(duration).GetAwaiter().GetResult();

    static async Task<IReadOnlyList<Figure>> RunAsync(TimeSpan duration)
    {
        await using var twilio = await FakeTwilio.StartAsync();
        var count = PipelineBenchmark.ContactCount(duration);

        long api, worker;
        IReadOnlyList<string> texts;
        await using (var hotline = await HotlineSystem.StartAsync("memory", twilio, withWorker: true))
        {
            using var client = LoadGenerator.NewClient();
            texts = await EndToEnd.WarmUpAsync(hotline, twilio, client, EndToEnd.CandidateTexts);
            await EndToEnd.ThroughputAsync(hotline, twilio, client, texts, count, 8);
            api = hotline.Api.Memory().Peak;
            worker = hotline.Worker!.Memory().Peak;
        }

        long bare;
        await using (var baseline = await BaselineSystem.StartAsync("memory", twilio))
        {
            using var client = LoadGenerator.NewClient();
            await EndToEnd.WarmUpAsync(baseline, twilio, client, texts);
            await EndToEnd.ThroughputAsync(baseline, twilio, client, texts, count, 8);
            bare = baseline.Process.Memory().Peak;
        }

        var baselineName = "bare endpoint + consumer";
        return
        [
            new Figure("memory", $"API peak working set ({count} contacts)", EndToEnd.Megabytes(api), "MB", baselineName, EndToEnd.Megabytes(bare), HigherIsBetter: false, Goal: null),
            new Figure("memory", $"worker peak working set ({count} contacts)", EndToEnd.Megabytes(worker), "MB", baselineName, EndToEnd.Megabytes(bare), HigherIsBetter: false, Goal: null),
        ];
    }
}
