using Hotline.Worker;
using Hotline.Worker.Commands;

return args switch
{
    ["triage"] => TriageCommands.Triage(Console.In, Console.Out, Console.Error),
    ["evaluate", var file, .. var rest] => TriageCommands.Evaluate(file, rest.Contains("--misses"), Console.Out, Console.Error),
    ["reencrypt", .. var rest] => await ReEncryptCommand.RunAsync(rest, Console.Out, Console.Error),
    _ => RunWorker(args),
};

static int RunWorker(string[] args)
{
    var builder = Host.CreateApplicationBuilder(args);
    builder.AddHotlineWorker();
    builder.Build().Run();
    return 0;
}
