using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Hotline.Tests.Support;

// Hotline.Worker as its own OS process, configured through environment variables as in
// production, on the real broker and the test's SQLite file.
public sealed partial class WorkerProcess : IAsyncDisposable
{
    static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    readonly Process _process;
    readonly ConcurrentQueue<string> _output = new();
    readonly TaskCompletionSource _busStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);

    WorkerProcess(TestDirectory directory, Uri broker, IReadOnlyDictionary<string, string>? extraSettings)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { RepositoryPaths.WorkerAssembly },
            WorkingDirectory = Path.GetDirectoryName(RepositoryPaths.WorkerAssembly)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };

        var settings = new Dictionary<string, string>(TestSecrets.Settings)
        {
            ["Hotline:Transport"] = "RabbitMq",
            ["ConnectionStrings:RabbitMq"] = broker.ToString(),
            ["ConnectionStrings:Hotline"] = directory.SqliteConnectionString,
            ["Hotline:DataDirectory"] = directory.Path,
            // A free port each, since tests run several workers at once; the log says which.
            ["Worker:Urls"] = "http://127.0.0.1:0",
            // The bus's own start-up line tells the test when the queue is bound.
            // HOTLINE_TEST_MASSTRANSIT_LOG_LEVEL=Debug shows the transport's reconnects.
            ["Logging:LogLevel:MassTransit"] = Environment.GetEnvironmentVariable("HOTLINE_TEST_MASSTRANSIT_LOG_LEVEL") ?? "Information",
            ["Logging:Console:FormatterOptions:ColorBehavior"] = "Disabled",
        };
        foreach (var (key, value) in extraSettings ?? new Dictionary<string, string>())
        {
            settings[key] = value;
        }

        foreach (var (key, value) in settings)
        {
            info.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        info.Environment["DOTNET_ENVIRONMENT"] = "Test";

        _process = new Process { StartInfo = info };
        _process.OutputDataReceived += (_, line) => Record(line.Data);
        _process.ErrorDataReceived += (_, line) => Record(line.Data);
    }

    public string Output => string.Join('\n', _output);

    // Where /health/live, /health/ready and /metrics answer, from the worker's start-up line.
    public Uri? EndpointsAddress { get; private set; }

    public static async Task<WorkerProcess> StartAsync(TestDirectory directory, Uri broker, IReadOnlyDictionary<string, string>? extraSettings = null)
    {
        var worker = new WorkerProcess(directory, broker, extraSettings);
        worker._process.Start();
        worker._process.BeginOutputReadLine();
        worker._process.BeginErrorReadLine();

        var exited = worker._process.WaitForExitAsync();
        var first = await Task.WhenAny(worker._busStarted.Task, exited, Task.Delay(StartTimeout));
        if (first != worker._busStarted.Task)
        {
            await worker.DisposeAsync();
            Assert.Fail($"The worker did not start its bus within {StartTimeout}:\n{worker.Output}");
        }

        return worker;
    }

    // Runs the worker to its end: one of its commands (replay-errors, …), or the worker itself
    // when it stops at start-up on a wrong setting.
    public static async Task<(int ExitCode, string Output)> RunToExitAsync(
        TestDirectory directory, Uri broker, IReadOnlyDictionary<string, string>? extraSettings, params string[] arguments)
    {
        await using var command = new WorkerProcess(directory, broker, extraSettings);
        foreach (var argument in arguments)
        {
            command._process.StartInfo.ArgumentList.Add(argument);
        }

        command._process.Start();
        command._process.BeginOutputReadLine();
        command._process.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(StartTimeout);
        await command._process.WaitForExitAsync(timeout.Token);
        command._process.WaitForExit();  // the end of its output, too
        return (command._process.ExitCode, command.Output);
    }

    public int ExitCode => _process.ExitCode;

    public Task WaitForExitAsync(CancellationToken cancellationToken) => _process.WaitForExitAsync(cancellationToken);

    // SIGKILL: no shutdown, no acknowledgement of what it holds, as when the node dies.
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async Task WaitForOutputAsync(string text, TimeSpan timeout)
    {
        var output = await Eventually.Get(() => Task.FromResult(Output), all => all.Contains(text, StringComparison.Ordinal), timeout);
        Assert.That(output, Does.Contain(text), $"the worker did not log \"{text}\" within {timeout}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    void Record(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        if (EndpointsLine().Match(line) is { Success: true } endpoints)
        {
            EndpointsAddress = new Uri(endpoints.Groups["address"].Value);
        }

        if (line.Contains("Bus started", StringComparison.Ordinal))
        {
            _busStarted.TrySetResult();
        }
    }

    [GeneratedRegex(@"Health and metrics listening on (?<address>http://\S+)")]
    private static partial Regex EndpointsLine();
}
