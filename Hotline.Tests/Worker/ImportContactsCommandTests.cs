using System.Diagnostics;
using Dapper;
using Hotline.Configuration;
using Hotline.Tests.Support;

namespace Hotline.Tests.Worker;

// `dotnet run --project Hotline.Worker -- import-contacts FILE.csv`, run as the real program on
// the test's SQLite file, configured through the environment as in production.
public class ImportContactsCommandTests
{
    TestDirectory _directory = null!;

    [SetUp]
    public void CreateDirectory() => _directory = new TestDirectory();

    [TearDown]
    public void RemoveDirectory() => _directory.Dispose();

    [Test]
    public async Task Imports_a_file_once_and_a_second_run_finds_every_row_already_there()
    {
        var path = Path.Combine(_directory.Path, "2020.csv");
        await File.WriteAllTextAsync(path, """
            received_at,channel,category,urgency,caller_role,language,outcome
            2020-03-31T22:30:00Z,voice,forced_labour,high,self,pl,missed
            2020-04-01T08:00:00+02:00,sms,none,low,unknown,da,
            """);

        var first = await RunImport(path);
        var second = await RunImport(path);
        var database = TestDatabase.Create(DatabaseKind.Sqlite, _directory);
        await using var connection = await database.OpenAsync(CancellationToken.None);
        var rows = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM historical_contacts");

        Assert.That(first.ExitCode, Is.Zero, first.Error);
        Assert.That(first.Output, Does.Contain("2 rows, 2 imported, 0 already there"));
        Assert.That(second.Output, Does.Contain("2 rows, 0 imported, 2 already there"));
        Assert.That(rows, Is.EqualTo(2));
    }

    [Test]
    public async Task Lists_every_problem_by_line_and_column_and_exits_non_zero_without_importing()
    {
        var path = Path.Combine(_directory.Path, "broken.csv");
        await File.WriteAllTextAsync(path, """
            received_at,channel,category,urgency,caller_role,language,outcome
            2020-05-01T10:00:00Z,sms,none,low,unknown,da,
            2020-05-02T10:00:00Z,letter,none,low,unknown,da,
            """);

        var (exitCode, output, error) = await RunImport(path);

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(error, Does.Contain("import-contacts: line 3, column channel: 'letter' is not one of sms, voice"));
        Assert.That(error, Does.Contain("nothing was imported"));
        Assert.That(output, Does.Not.Contain("imported,"));
    }

    [Test]
    public async Task Says_so_when_the_file_is_not_there()
    {
        var (exitCode, _, error) = await RunImport(Path.Combine(_directory.Path, "missing.csv"));

        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(error, Does.Contain("no file"));
    }

    async Task<(int ExitCode, string Output, string Error)> RunImport(string path)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { RepositoryPaths.WorkerAssembly, "import-contacts", path },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment["DOTNET_ENVIRONMENT"] = "Test";
        info.Environment["ConnectionStrings__Hotline"] = _directory.SqliteConnectionString;
        info.Environment["Hotline__DataDirectory"] = _directory.Path;

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
