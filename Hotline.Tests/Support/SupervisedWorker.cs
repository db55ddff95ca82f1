namespace Hotline.Tests.Support;

// The worker process as its supervisor runs it in production (compose's restart: unless-stopped,
// a Kubernetes Deployment, systemd's Restart=always): started again whenever it exits, as it does
// when its consumer watchdog gives up on a queue.
public sealed class SupervisedWorker : IAsyncDisposable
{
    readonly TestDirectory _directory;
    readonly Uri _broker;
    readonly IReadOnlyDictionary<string, string>? _settings;
    readonly List<WorkerProcess> _runs = [];
    readonly CancellationTokenSource _stopping = new();
    Task _supervising = Task.CompletedTask;

    SupervisedWorker(TestDirectory directory, Uri broker, IReadOnlyDictionary<string, string>? settings)
    {
        _directory = directory;
        _broker = broker;
        _settings = settings;
    }

    public static async Task<SupervisedWorker> StartAsync(TestDirectory directory, Uri broker, IReadOnlyDictionary<string, string>? settings = null)
    {
        var worker = new SupervisedWorker(directory, broker, settings);
        worker._runs.Add(await WorkerProcess.StartAsync(directory, broker, settings));
        worker._supervising = worker.SuperviseAsync();
        return worker;
    }

    // Each run's output, and the exit code of those that ended.
    public string Output
    {
        get
        {
            lock (_runs)
            {
                return string.Join('\n', _runs.Select((run, index) =>
                    $"worker run {index + 1}{(index < _runs.Count - 1 ? $" (exit code {run.ExitCode})" : "")}:\n{run.Output}"));
            }
        }
    }

    async Task SuperviseAsync()
    {
        while (true)
        {
            WorkerProcess current;
            lock (_runs)
            {
                current = _runs[^1];
            }

            try
            {
                await current.WaitForExitAsync(_stopping.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            var next = await WorkerProcess.StartAsync(_directory, _broker, _settings);
            lock (_runs)
            {
                _runs.Add(next);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        try
        {
            await _supervising;
        }
        finally
        {
            foreach (var run in _runs)
            {
                await run.DisposeAsync();
            }

            _stopping.Dispose();
        }
    }
}
