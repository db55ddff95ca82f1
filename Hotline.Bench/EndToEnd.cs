using System.Collections.Concurrent;
using System.Diagnostics;

namespace Hotline.Bench;

// The measurements from a webhook to its alert at the fake Twilio, the same for Hotline and for
// the baseline, so that the two are measured alike.
public static class EndToEnd
{
    // The labelled texts of a form of exploitation: those that should each raise one alert.
    public static IReadOnlyList<string> CandidateTexts { get; } = [.. ContactTexts.All
        .Where(labelled => labelled.Category != "none" && labelled.Text.Length <= 1600)
        .Select(labelled => labelled.Text)
        .Distinct()];

    // Each text once, to warm up (JIT, the classifier's lazily loaded models, connection pools),
    // and to learn which texts the system alerts: the classifier is deterministic, so from then
    // on every contact made of these texts is one alert, and counting alerts counts contacts.
    public static async Task<IReadOnlyList<string>> WarmUpAsync(ISystemUnderTest system, FakeTwilio twilio, HttpClient client, IReadOnlyList<string> texts)
    {
        twilio.Clear();
        var textOf = new ConcurrentDictionary<string, string>();
        var next = -1;
        var load = await LoadGenerator.CountAsync(client, _ =>
        {
            var text = texts[Interlocked.Increment(ref next) % texts.Count];
            var request = system.Webhooks.Sms(text, out var sid);
            textOf[sid] = text;
            return request;
        }, texts.Count, concurrency: 4);
        Warn(system, load);
        await UntilAsync(system, twilio, () => system.SettledAsync(twilio, load.Sent - load.Failed), TimeSpan.FromMinutes(3), "settled warm-up");
        var alerts = await system.AlertsAsync(twilio);
        var alerted = texts.Where(text => textOf.Any(pair => pair.Value == text && alerts.ContainsKey(pair.Key))).ToList();
        return alerted.Count > 0 ? alerted : throw new InvalidOperationException($"{system.Name} alerted none of the {texts.Count} warm-up contacts.");
    }

    // Steady state, as a server runs for days. Around the end of WarmUpAsync's pass over the texts the worker is still
    // being compiled: the runtime's tiered-compilation thread recompiles hot methods with full optimisation, and hot
    // code runs instrumented for dynamic PGO meanwhile. On a quiet machine that thread had 8 % of the worker's CPU
    // 25-40 s after its start; with other work on the two cores, 34 % at 30-42 s, inside a measured window that began
    // after a fixed 3,000 contacts. So each system handles contacts end to end, unmeasured, in batches, until that
    // thread used at most 2 % of the system's CPU during a batch (at least 3,000 contacts, at most 30,000).
    public static async Task SteadyStateAsync(ISystemUnderTest system, FakeTwilio twilio, HttpClient client, IReadOnlyList<string> texts)
    {
        const int Batch = 1000;
        const double SettledJitShare = 0.02;
        for (var sent = 0; sent < 30 * Batch; sent += Batch)
        {
            var cpu = CpuTime(system);
            var jit = TieredCompilationTime(system);
            await ThroughputAsync(system, twilio, client, texts, Batch, concurrency: 8);
            var share = (TieredCompilationTime(system) - jit) / (CpuTime(system) - cpu);
            if (sent + Batch >= 3 * Batch && share <= SettledJitShare)
            {
                Console.Error.WriteLine($"bench: {system.Name}: steady after {sent + Batch:N0} contacts (the JIT {share:P1} of the CPU in the last {Batch:N0})");
                return;
            }
        }

        Console.Error.WriteLine($"bench: {system.Name}: the JIT was still busy after {30 * Batch:N0} contacts; measuring anyway");
    }

    // CPU time of the runtime's background JIT thread in the system's processes (Linux: its name in /proc).
    static TimeSpan TieredCompilationTime(ISystemUnderTest system) =>
        system.Processes.Aggregate(TimeSpan.Zero, (sum, process) => sum + ThreadCpuTime(process.Id, ".NET Tiered Com"));

    static TimeSpan ThreadCpuTime(int processId, string threadName)
    {
        var ticks = 0L;
        foreach (var task in Directory.EnumerateDirectories($"/proc/{processId}/task"))
        {
            try
            {
                if (File.ReadAllText(Path.Combine(task, "comm")).TrimEnd() == threadName)
                {
                    // utime and stime, the 14th and 15th fields, after the name in parentheses.
                    var stat = File.ReadAllText(Path.Combine(task, "stat"));
                    var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                    ticks += long.Parse(fields[11], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(fields[12], System.Globalization.CultureInfo.InvariantCulture);
                }
            }
            catch (IOException)
            {
                // The thread ended meanwhile.
            }
        }

        return TimeSpan.FromSeconds(ticks / (double)ClockTicksPerSecond);
    }

    // USER_HZ, which /proc counts CPU time in: 100 on every Linux the bench runs on.
    const int ClockTicksPerSecond = 100;

    // Sends `count` contacts with `concurrency` webhooks in flight and waits for every alert:
    // contacts a second from the first webhook to the last alert.
    // Also the CPU time the system's processes spent per contact, which other work on the machine
    // hardly changes.
    public static async Task<(double PerSecond, double CpuMilliseconds)> ThroughputAsync(ISystemUnderTest system, FakeTwilio twilio, HttpClient client, IReadOnlyList<string> texts, int count, int concurrency)
    {
        twilio.Clear();
        var cpu = CpuTime(system);
        var start = Stopwatch.GetTimestamp();
        var load = await LoadGenerator.CountAsync(client, Next(system, texts, null), count, concurrency);
        var expected = load.Sent - load.Failed;
        await UntilAsync(system, twilio, () => Task.FromResult(twilio.Count >= expected), TimeSpan.FromSeconds(60 + count / 20), $"{expected} alerts");
        Warn(system, load);
        var perSecond = expected / Stopwatch.GetElapsedTime(start, twilio.Messages.Max(message => message.At)).TotalSeconds;
        return (perSecond, (CpuTime(system) - cpu).TotalMilliseconds / expected);
    }

    public static TimeSpan CpuTime(ISystemUnderTest system) => system.Processes.Aggregate(TimeSpan.Zero, (sum, process) => sum + process.CpuTime);

    // Webhooks on a fixed-rate schedule; the milliseconds from when each was due to its alert,
    // sorted. A contact that got no alert within the wait counts as the longest wait.
    public static async Task<double[]> TimeToAlertAsync(ISystemUnderTest system, FakeTwilio twilio, HttpClient client, IReadOnlyList<string> texts, double perSecond, TimeSpan duration)
    {
        twilio.Clear();
        var due = new ConcurrentDictionary<string, long>();
        var load = await LoadGenerator.OpenLoopAsync(client, Next(system, texts, due), perSecond, duration);
        var expected = load.Sent - load.Failed;
        var wait = TimeSpan.FromSeconds(60);
        try
        {
            await UntilAsync(system, twilio, () => Task.FromResult(twilio.Count >= expected), wait, $"{expected} alerts");
        }
        catch (TimeoutException exception)
        {
            Console.Error.WriteLine($"bench: {exception.Message}; the missing count as {wait.TotalSeconds:0} s");
        }

        Warn(system, load);
        var alerts = await system.AlertsAsync(twilio);
        return [.. due.Select(pair => alerts.TryGetValue(pair.Key, out var at) ? Stopwatch.GetElapsedTime(pair.Value, at).TotalMilliseconds : wait.TotalMilliseconds).Order()];
    }

    // A request maker cycling through the texts; with `due`, it notes when each MessageSid was due.
    public static Func<long, HttpRequestMessage> Next(ISystemUnderTest system, IReadOnlyList<string> texts, ConcurrentDictionary<string, long>? due)
    {
        var next = -1;
        return at =>
        {
            var request = system.Webhooks.Sms(texts[(Interlocked.Increment(ref next) & int.MaxValue) % texts.Count], out var sid);
            due?.TryAdd(sid, at);
            return request;
        };
    }

    public static async Task UntilAsync(ISystemUnderTest system, FakeTwilio twilio, Func<Task<bool>> done, TimeSpan timeout, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!await done())
        {
            foreach (var process in system.Processes)
            {
                process.ThrowIfExited();
            }

            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException($"{system.Name}: no {what} within {timeout} ({await system.ProgressAsync(twilio)})");
            }

            await Task.Delay(20);
        }
    }

    public static void Warn(ISystemUnderTest system, LoadResult load)
    {
        if (load.Failed > 0)
        {
            Console.Error.WriteLine($"bench: {system.Name}: {load.Failed} of {load.Sent} webhooks failed or were not answered 200 ({string.Join(", ", LoadGenerator.Failures.Select(failure => $"{failure.Key}: {failure.Value}"))})");
            LoadGenerator.Failures.Clear();
        }
    }

    public static double Megabytes(long bytes) => bytes / (1024.0 * 1024.0);
}
