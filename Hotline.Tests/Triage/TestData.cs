namespace Hotline.Tests.Triage;

internal static class TestData
{
    // Our own labelled examples (triage-data/ at the repository root), copied next to the test assembly.
    public static string Folder => Path.Combine(TestContext.CurrentContext.TestDirectory, "triage-data");

    public static string OwnFile(string name) => Path.Combine(Folder, name);

    // The shared dev set lives beside the repository: <root>/../shared/triage/dev.jsonl.
    public static string SharedDevFile()
    {
        var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Hotline.sln")))
        {
            directory = directory.Parent;
        }

        if (directory?.Parent is null)
        {
            throw new InvalidOperationException("Could not find the folder holding Hotline.sln above the test directory.");
        }

        return Path.Combine(directory.Parent.FullName, "shared", "triage", "dev.jsonl");
    }
}
