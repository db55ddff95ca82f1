using System.Diagnostics;
using System.Text.Json;
using Hotline.Tests.Support;
using Hotline.Tests.Triage;

namespace Hotline.Tests.Worker;

// `dotnet run --project Hotline.Worker -- triage`, `-- evaluate FILE [FILE ...]` and `-- evaluate-rounds FOLDER`, run as the real program.
public class TriageCommandTests
{
    [Test]
    public async Task Triage_reads_json_lines_and_writes_one_answer_per_line()
    {
        var (exitCode, output, _) = await RunWorker(["triage"], """
            {"id":"x1","text":"Min kæreste tvinger mig til at sove med mænd for penge, han tager alt","channel":"sms"}
            {"id":"x2","text":"what are your opening hours","channel":"sms"}
            """);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToList();

        Assert.That(exitCode, Is.Zero);
        Assert.That(lines.Select(line => line.GetProperty("id").GetString()), Is.EqualTo(new[] { "x1", "x2" }));
        Assert.That(lines[0].GetProperty("category").GetString(), Is.EqualTo("sexual_exploitation"));
        Assert.That(lines[0].GetProperty("language").GetString(), Is.EqualTo("da"));
        Assert.That(lines[1].GetProperty("category").GetString(), Is.EqualTo("none"));
    }

    [Test]
    public async Task Triage_answers_a_malformed_line_with_an_error_line_and_exits_non_zero()
    {
        var (exitCode, output, error) = await RunWorker(["triage"], "{\"id\":\"ok\",\"text\":\"hej\"}\n{broken\n");
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.That(lines, Has.Length.EqualTo(2));
        Assert.That(lines[1], Does.Contain("\"line\":2").And.Contain("\"error\""));
        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(error, Does.Contain("1 malformed line"));
    }

    [Test]
    public async Task Evaluate_reports_the_goal_figures_for_a_labelled_file()
    {
        var devSet = Path.Combine(RepositoryPaths.Root, "..", "shared", "triage", "dev.jsonl");
        if (!File.Exists(devSet))
        {
            Assert.Ignore($"{devSet} is not there: shared/ is the repository's sibling.");
        }

        var (exitCode, output, _) = await RunWorker(["evaluate", devSet], "");

        Assert.That(exitCode, Is.Zero);
        Assert.That(output, Does.Contain("on 70 examples").And.Contain("macro-F1").And.Contain("immediate recall").And.Contain("confusion"));
    }

    [Test]
    public async Task Evaluate_gives_a_row_of_goal_figures_for_each_of_several_files()
    {
        var v7 = Path.Combine(TestData.Folder, "holdout-v7.jsonl");
        var v12 = Path.Combine(TestData.Folder, "holdout-v12.jsonl");

        var (exitCode, output, error) = await RunWorker(["evaluate", v7, v12], "");

        Assert.That(exitCode, Is.Zero, error);
        var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(rows, Has.Length.EqualTo(4), output);
        Assert.That(rows[0], Does.StartWith("| set | n | category macro-F1"));
        Assert.That(rows[2], Does.Match(@"^\| holdout-v7\.jsonl \| 30 \| [01]\.\d{3} \| [01]\.\d{3} / [01]\.\d{3} \| "));
        Assert.That(rows[3], Does.StartWith("| holdout-v12.jsonl | 50 | "));
    }

    [Test]
    public async Task Evaluate_refuses_a_missing_file_before_scoring_any()
    {
        var v7 = Path.Combine(TestData.Folder, "holdout-v7.jsonl");

        var (exitCode, output, error) = await RunWorker(["evaluate", v7, "/nonexistent/labelled.jsonl"], "");

        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(error, Does.Contain("no file /nonexistent/labelled.jsonl"));
        Assert.That(output, Is.Empty);
    }

    [Test]
    public async Task Evaluate_rounds_scores_each_round_with_a_model_that_never_saw_it()
    {
        var data = TestData.Folder;
        var folder = Directory.CreateTempSubdirectory("evaluate-rounds-");
        try
        {
            File.WriteAllLines(Path.Combine(folder.FullName, "train.jsonl"), File.ReadLines(Path.Combine(data, "train.jsonl")).Take(60));
            File.Copy(Path.Combine(data, "holdout-v7.jsonl"), Path.Combine(folder.FullName, "holdout-v7.jsonl"));
            File.Copy(Path.Combine(data, "holdout-v12.jsonl"), Path.Combine(folder.FullName, "holdout-v12.jsonl"));

            var (exitCode, output, error) = await RunWorker(["evaluate-rounds", folder.FullName], "");

            Assert.That(exitCode, Is.Zero, error);
            Assert.That(output, Does.Contain("Leave one round out").And.Contain("OPTIMISTIC"));
            Assert.That(output, Does.Match(@"holdout-v7\s+30\s+\(a\)").And.Match(@"holdout-v12\s+50\s+\(a\)").And.Match(@"pooled\s+80\s+\(a\)"));
            Assert.That(output, Does.Not.Match(@"\ntrain\s"), "train.jsonl is always trained on, never held out");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Test]
    public async Task Evaluate_rounds_refuses_a_folder_with_fewer_than_two_rounds()
    {
        var folder = Directory.CreateTempSubdirectory("evaluate-rounds-");
        try
        {
            var (exitCode, _, error) = await RunWorker(["evaluate-rounds", folder.FullName], "");

            Assert.That(exitCode, Is.EqualTo(2));
            Assert.That(error, Does.Contain("at least two rounds"));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Test]
    public async Task Evaluate_rounds_refuses_from_without_a_round_number()
    {
        var folder = Directory.CreateTempSubdirectory("evaluate-rounds-");
        try
        {
            var (exitCode, _, error) = await RunWorker(["evaluate-rounds", folder.FullName, "--from", "v13"], "");

            Assert.That(exitCode, Is.EqualTo(2));
            Assert.That(error, Does.Contain("--from needs a round number"));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    static async Task<(int ExitCode, string Output, string Error)> RunWorker(string[] arguments, string input)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(RepositoryPaths.WorkerAssembly);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
