using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;

namespace Hotline.Bench;

// HTTP load on loopback, bounded in count and time. Open loop (a fixed-rate schedule) for
// latency: each request's latency counts from when it was due, not from when it was sent, so a
// stalled server cannot slow the schedule down and hide its own tail (coordinated omission).
// Closed loop (N requests in flight, each sent when the last came back) for the highest throughput.
public static class LoadGenerator
{
    static readonly TimeSpan Drain = TimeSpan.FromSeconds(30);

    public static HttpClient NewClient() => new(new SocketsHttpHandler
    {
        PooledConnectionLifetime = TimeSpan.FromMinutes(10),
        MaxConnectionsPerServer = 1024,
        AutomaticDecompression = DecompressionMethods.None,
        UseProxy = false,
    })
    { Timeout = TimeSpan.FromSeconds(20) };

    // next(due) makes the request due at that Stopwatch timestamp.
    public static async Task<LoadResult> OpenLoopAsync(HttpClient client, Func<long, HttpRequestMessage> next, double perSecond, TimeSpan duration)
    {
        var count = Math.Max(1, (int)(perSecond * duration.TotalSeconds));
        var latencies = new double[count];
        var sends = new Task[count];
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < count; i++)
        {
            var due = start + (long)(i * Stopwatch.Frequency / perSecond);
            var early = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
            if (early > TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(early);
            }

            var index = i;
            sends[i] = Task.Run(async () => latencies[index] = await SendAsync(client, next(due), due));
        }

        await WhenAllWithin(sends);
        return new LoadResult(latencies, Stopwatch.GetElapsedTime(start).TotalSeconds);
    }

    public static async Task<LoadResult> ClosedLoopAsync(HttpClient client, Func<long, HttpRequestMessage> next, int concurrency, TimeSpan duration)
    {
        var start = Stopwatch.GetTimestamp();
        var end = start + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var perWorker = await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            var latencies = new List<double>();
            while (Stopwatch.GetTimestamp() < end)
            {
                var sent = Stopwatch.GetTimestamp();
                latencies.Add(await SendAsync(client, next(sent), sent));
            }

            return latencies;
        })));
        return new LoadResult([.. perWorker.SelectMany(latencies => latencies)], Stopwatch.GetElapsedTime(start).TotalSeconds);
    }

    // Sends `count` requests with `concurrency` in flight; for the end-to-end scenarios, where
    // what counts is when the last one has gone all the way through.
    public static async Task<LoadResult> CountAsync(HttpClient client, Func<long, HttpRequestMessage> next, int count, int concurrency)
    {
        var start = Stopwatch.GetTimestamp();
        var remaining = count;
        var perWorker = await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            var latencies = new List<double>();
            while (Interlocked.Decrement(ref remaining) >= 0)
            {
                var sent = Stopwatch.GetTimestamp();
                latencies.Add(await SendAsync(client, next(sent), sent));
            }

            return latencies;
        })));
        return new LoadResult([.. perWorker.SelectMany(latencies => latencies)], Stopwatch.GetElapsedTime(start).TotalSeconds);
    }

    // Milliseconds from `due` to the whole answer; NaN for anything but 200 or for no answer.
    static async Task<double> SendAsync(HttpClient client, HttpRequestMessage request, long due)
    {
        try
        {
            using (request)
            using (var response = await client.SendAsync(request))
            {
                await response.Content.LoadIntoBufferAsync();
                return response.StatusCode == HttpStatusCode.OK ? Stopwatch.GetElapsedTime(due).TotalMilliseconds : Failed($"HTTP {(int)response.StatusCode}");
            }
        }
        catch (HttpRequestException exception)
        {
            return Failed(exception.Message);
        }
        catch (TaskCanceledException)
        {
            return Failed("no answer in time");
        }
    }

    // Why requests failed, for the warning the scenario prints.
    public static ConcurrentDictionary<string, int> Failures { get; } = new();

    static double Failed(string reason)
    {
        Failures.AddOrUpdate(reason, 1, (_, count) => count + 1);
        return double.NaN;
    }

    static async Task WhenAllWithin(Task[] tasks)
    {
        var all = Task.WhenAll(tasks);
        if (await Task.WhenAny(all, Task.Delay(Drain)) != all)
        {
            throw new TimeoutException($"Requests were still unanswered {Drain} after the last was sent.");
        }
    }
}
