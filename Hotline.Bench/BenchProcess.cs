using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace Hotline.Bench;

// A system under test as its own OS process (dotnet some.dll), configured through environment
// variables as in production. Ready when its bus and host are up; its memory read from /proc.
public sealed class BenchProcess : IAsyncDisposable
{
    static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);
    const int KeptLines = 2000;

    readonly Process _process;
    readonly ConcurrentQueue<string> _output = new();
    readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    volatile bool _busUp;
    volatile bool _hostUp;

    BenchProcess(string name, string assembly, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string> settings)
    {
        Name = name;
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(assembly)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(assembly);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        // The bus's start-up line says when the process is ready; nothing else changes from the
        // shipped appsettings.json (the API logs each accepted SMS at Information, as in production).
        info.Environment["Logging__LogLevel__MassTransit"] = "Information";
        info.Environment["Logging__Console__FormatterOptions__ColorBehavior"] = "Disabled";
        info.Environment["DOTNET_ENVIRONMENT"] = "Production";
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in settings)
        {
            info.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        _process = new Process { StartInfo = info };
        _process.OutputDataReceived += (_, line) => Record(line.Data);
        _process.ErrorDataReceived += (_, line) => Record(line.Data);
    }

    public string Name { get; }

    public int Id => _process.Id;

    public string Output => string.Join('\n', _output);

    public static async Task<BenchProcess> StartAsync(string name, string assembly, IReadOnlyDictionary<string, string> settings, params string[] arguments)
    {
        var started = new BenchProcess(name, assembly, arguments, settings);
        started._process.Start();
        started._process.BeginOutputReadLine();
        started._process.BeginErrorReadLine();

        var exited = started._process.WaitForExitAsync();
        var first = await Task.WhenAny(started._ready.Task, exited, Task.Delay(StartTimeout));
        if (first != started._ready.Task)
        {
            var output = started.Output;
            await started.DisposeAsync();
            throw new InvalidOperationException($"{name} did not start its bus and host within {StartTimeout}:\n{output}");
        }

        return started;
    }

    // Resident set size now and at its peak since the start (VmRSS, VmHWM), in bytes.
    public (long Current, long Peak) Memory()
    {
        long current = 0, peak = 0;
        foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                current = Kilobytes(line);
            }
            else if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                peak = Kilobytes(line);
            }
        }

        return (current, peak);
    }

    // CPU time the process has used so far (user + system).
    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    public void ThrowIfExited()
    {
        if (_process.HasExited)
        {
            throw new InvalidOperationException($"{Name} exited with {_process.ExitCode}:\n{Output}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        // HOTLINE_BENCH_LOGS=folder keeps the last lines each process wrote, to see why a figure is what it is.
        if (Environment.GetEnvironmentVariable("HOTLINE_BENCH_LOGS") is { Length: > 0 } logs)
        {
            Directory.CreateDirectory(logs);
            await File.WriteAllTextAsync(Path.Combine(logs, $"{Name}-{_process.Id}.log"), Output);
        }

        _process.Dispose();
    }

    static long Kilobytes(string line) =>
        long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;

    void Record(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        while (_output.Count > KeptLines && _output.TryDequeue(out _))
        {
        }

        // Ready when both the bus and the host (Kestrel listening, for the API) have started,
        // in whichever order: the bus does not hold the host's start-up back.
        if (line.Contains("Bus started", StringComparison.Ordinal))
        {
            _busUp = true;
        }
        else if (line.Contains("Application started", StringComparison.Ordinal))
        {
            _hostUp = true;
        }

        if (_busUp && _hostUp)
        {
            _ready.TrySetResult();
        }
    }
}
