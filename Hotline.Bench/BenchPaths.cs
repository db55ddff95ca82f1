namespace Hotline.Bench;

public static class BenchPaths
{
    // The folder that holds Hotline.sln, found by walking up from the bench's binaries.
    public static string Root { get; } = FindRoot();

    // Hotline.Api and Hotline.Worker as the bench's project references built them, in the bench's
    // own configuration (Release for the figures). HOTLINE_BENCH_API and HOTLINE_BENCH_WORKER name
    // other builds (of an earlier commit, say) to compare before and after a change.
    public static string ApiAssembly => Environment.GetEnvironmentVariable("HOTLINE_BENCH_API") is { Length: > 0 } api ? api : Built("Hotline.Api");

    public static string WorkerAssembly => Environment.GetEnvironmentVariable("HOTLINE_BENCH_WORKER") is { Length: > 0 } worker ? worker : Built("Hotline.Worker");

    public static string BenchAssembly => typeof(BenchPaths).Assembly.Location;

    static string Built(string project)
    {
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        var assembly = Path.Combine(Root, project, "bin", configuration, "net10.0", project + ".dll");
        return File.Exists(assembly) ? assembly : throw new FileNotFoundException($"{assembly} is not built; run the bench with dotnet run, which builds it.");
    }

    static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Hotline.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Run the benchmark from inside the repository: Hotline.sln not found.");
    }
}
