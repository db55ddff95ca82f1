namespace Hotline.Tests.Support;

public static class RepositoryPaths
{
    // The folder that holds Hotline.sln, found by walking up from the test binaries.
    public static string Root { get; } = FindRoot();

    // The worker built beside these tests, in the same configuration (Debug or Release).
    public static string WorkerAssembly
    {
        get
        {
            var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
            return Path.Combine(Root, "Hotline.Worker", "bin", configuration, "net10.0", "Hotline.Worker.dll");
        }
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

        throw new InvalidOperationException("Hotline.sln not found above " + AppContext.BaseDirectory);
    }
}
