namespace Hotline.Bench;

// The baseline server (see BaselineServer) as a process, on a vhost of its own.
public sealed class BaselineSystem : ISystemUnderTest
{
    BenchProcess? _process;

    BaselineSystem(BenchVhost vhost, Webhooks webhooks)
    {
        Vhost = vhost;
        Webhooks = webhooks;
    }

    public string Name => "baseline";

    public Webhooks Webhooks { get; }

    public BenchVhost Vhost { get; }

    public IReadOnlyList<BenchProcess> Processes => _process is null ? [] : [_process];

    public BenchProcess Process => _process!;

    // With a fake Twilio, every message is consumed and posted to it; without, it stays in a queue.
    // With hotlineRoute, it takes Hotline's two hops for an SMS on the way (see BaselineServer).
    public static async Task<BaselineSystem> StartAsync(string purpose, FakeTwilio? twilio, bool hotlineRoute = false)
    {
        var vhost = await BenchVhost.CreateAsync(purpose);
        var port = HotlineSystem.FreePort();
        var system = new BaselineSystem(vhost, new Webhooks(new Uri($"http://127.0.0.1:{port}/twilio/sms"), "unchecked"));
        try
        {
            if (twilio is null)
            {
                await vhost.DeclareQueueAsync("bench-sms-received", "Hotline.Contracts:SmsReceived");
            }

            system._process = await BenchProcess.StartAsync("baseline", BenchPaths.BenchAssembly, new Dictionary<string, string>
            {
                ["BENCH_RABBITMQ"] = vhost.Uri.ToString(),
                ["BENCH_TWILIO"] = twilio?.BaseUrl.ToString() ?? "",
                ["BENCH_HOPS"] = hotlineRoute ? "2" : "1",
                ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
            }, BaselineServer.Command);
        }
        catch
        {
            await system.DisposeAsync();
            throw;
        }

        return system;
    }

    public Task<IReadOnlyDictionary<string, long>> AlertsAsync(FakeTwilio twilio)
    {
        var alerts = new Dictionary<string, long>();
        foreach (var (body, at) in twilio.Messages)
        {
            alerts.TryAdd(body, at);
        }

        return Task.FromResult<IReadOnlyDictionary<string, long>>(alerts);
    }

    public Task<bool> SettledAsync(FakeTwilio twilio, int accepted) => Task.FromResult(twilio.Count >= accepted);

    public Task<string> ProgressAsync(FakeTwilio twilio) => Task.FromResult($"{Webhooks.Created} webhooks, {twilio.Count} alerts");

    public async ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
            await _process.DisposeAsync();
        }

        await Vhost.DisposeAsync();
    }
}
