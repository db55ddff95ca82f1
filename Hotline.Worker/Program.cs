using Hotline.Worker;
using Hotline.Worker.Commands;

return args switch
{
    ["triage"] => TriageCommands.Triage(Console.In, Console.Out, Console.Error),
    ["import-contacts", var file, .. var rest] => ImportContactsCommand.Run(file, rest, Console.Out, Console.Error),
    ["evaluate-rounds", var folder, .. var rest] => TriageCommands.EvaluateRounds(folder, rest, Console.Out, Console.Error),
    ["evaluate", .. var rest] => TriageCommands.Evaluate(
        [.. rest.Where(arg => !arg.StartsWith("--", StringComparison.Ordinal))], rest.Contains("--misses"), Console.Out, Console.Error),
    ["replay-errors", .. var queues] => await ReplayErrorsCommand.RunAsync(queues, Configuration(args), Console.Out, Console.Error),
    ["reencrypt", .. var rest] => await ReEncryptCommand.RunAsync(rest, Console.Out, Console.Error),
    _ => RunWorker(args),
};

// The worker's own configuration (appsettings, environment, command line) for the tools.
static IConfiguration Configuration(string[] args) => Host.CreateApplicationBuilder(args).Configuration;

static int RunWorker(string[] args)
{
    var builder = Host.CreateApplicationBuilder(args);
    builder.AddHotlineWorker();
    builder.Build().Run();

    // Non-zero when the worker stopped itself for the orchestrator to start it afresh (see
    // Hotline.Messaging.ConsumerWatchdog).
    return Environment.ExitCode;
}
