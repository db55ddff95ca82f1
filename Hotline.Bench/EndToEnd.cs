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
    // code runs instrumented for dynamic PGO meanwhile. It works in bursts (8 % of a batch's CPU, then under 1 %, then
    // 5 %), and 30-42 s after the worker's start, with other work on the two cores, it still had 34-39 % of the
    // worker's CPU, inside a measured window that began after a fixed 3,000 contacts. So each system handles contacts
    // end to end, unmeasured, in batches, until that thread used at most 2 % of the system's CPU in three batches in a
    // row (at least 3,000 contacts, at most 30,000).
    public static async Task SteadyStateAsync(ISystemUnderTest system, FakeTwilio twilio, HttpClient client, IReadOnlyList<string> texts)
    {
        const int Batch = 1000;
        const int QuietBatches = 3;
        const double QuietJitShare = 0.02;
        var quiet = 0;
        for (var sent = Batch; sent <= 30 * Batch; sent += Batch)
        {
            var cpu = CpuTime(system);
            var jit = TieredCompilationTimes(system);
            await ThroughputAsync(system, twilio, client, texts, Batch, concurrency: 8);
            var share = JitTimeSince(system, jit) / (CpuTime(system) - cpu);
            quiet = share <= QuietJitShare ? quiet + 1 : 0;
            if (quiet == QuietBatches)
            {
                Console.Error.WriteLine($"bench: {system.Name}: steady after {sent:N0} contacts (the JIT at most {QuietJitShare:P0} of the CPU in each of the last {QuietBatches:N0} batches of {Batch:N0})");
                return;
            }
        }

        Console.Error.WriteLine($"bench: {system.Name}: the JIT was still busy after {30 * Batch:N0} contacts; measuring anyway");
    }

    const string TieredCompilationThread = ".NET Tiered Com";

    // CPU time of each of the runtime's background JIT threads in the system's processes, by process and thread id
    // (Linux: the thread's name in /proc). The thread ends when it has nothing to do for a while and another starts
    // when there is, so the time since a snapshot is summed thread by thread.
    static Dictionary<(int Process, int Thread), TimeSpan> TieredCompilationTimes(ISystemUnderTest system)
    {
        var times = new Dictionary<(int, int), TimeSpan>();
        foreach (var process in system.Processes)
        {
            foreach (var (thread, time) in ThreadCpuTimes(process.Id, TieredCompilationThread))
            {
                times[(process.Id, thread)] = time;
            }
        }

        return times;
    }

    static TimeSpan JitTimeSince(ISystemUnderTest system, Dictionary<(int Process, int Thread), TimeSpan> before) =>
        TieredCompilationTimes(system).Aggregate(TimeSpan.Zero, (sum, now) => sum + now.Value - before.GetValueOrDefault(now.Key));

    static IEnumerable<(int Thread, TimeSpan Time)> ThreadCpuTimes(int processId, string threadName)
    {
        foreach (var task in Directory.EnumerateDirectories($"/proc/{processId}/task"))
        {
            string stat;
            try
            {
                if (File.ReadAllText(Path.Combine(task, "comm")).TrimEnd() != threadName)
                {
                    continue;
                }

                stat = File.ReadAllText(Path.Combine(task, "stat"));
            }
            catch (IOException)
            {
                // The thread ended meanwhile.
                continue;
            }

            // utime and stime, the 14th and 15th fields, after the name in parentheses.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(fields[12], System.Globalization.CultureInfo.InvariantCulture);
            yield return (int.Parse(Path.GetFileName(task), System.Globalization.CultureInfo.InvariantCulture), TimeSpan.FromSeconds(ticks / (double)ClockTicksPerSecond));
        }
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
