using System.Globalization;
using Hotline.Bench;

// dotnet run -c Release --project Hotline.Bench -- <scenario> [--seconds N] [--minutes N]
// Each figure is printed beside a baseline measured in the same run on the same machine. `all`
// runs every scenario but the soak, which takes minutes (--minutes, default 3).
if (args is [BaselineServer.Command, ..])
{
    return BaselineServer.Run(args[1..]);
}

var seconds = Option("--seconds", 5);
var minutes = Option("--minutes", SoakBenchmark.DefaultMinutes);
var scenarios = new Dictionary<string, Func<TimeSpan, IReadOnlyList<Figure>>>
{
    ["triage"] = TriageBenchmark.Run,
    ["intake"] = IntakeBenchmark.Run,
    ["pipeline"] = PipelineBenchmark.Run,
    ["alert"] = TimeToAlertBenchmark.Run,
    ["memory"] = MemoryBenchmark.Run,
    ["soak"] = _ => SoakBenchmark.Run(TimeSpan.FromMinutes(minutes)),
    ["reports"] = ReportsBenchmark.Run,
};
string[] notInAll = ["soak"];

var chosen = args.Where((arg, i) => !arg.StartsWith("--", StringComparison.Ordinal) && (i == 0 || !args[i - 1].StartsWith("--", StringComparison.Ordinal))).FirstOrDefault("all");
if (chosen != "all" && !scenarios.ContainsKey(chosen))
{
    Console.Error.WriteLine($"unknown scenario; one of: all, {string.Join(", ", scenarios.Keys)}");
    return 2;
}

var figures = new List<Figure>();
foreach (var (name, run) in scenarios.Where(scenario => chosen == "all" ? !notInAll.Contains(scenario.Key) : scenario.Key == chosen))
{
    Console.Error.WriteLine($"bench: {name}…");
    figures.AddRange(run(TimeSpan.FromSeconds(seconds)));
}

Report.Print(figures, Console.Out);
return figures.All(figure => figure.MeetsGoal != false) ? 0 : 1;

double Option(string name, double fallback) =>
    args.SkipWhile(arg => arg != name).Skip(1).Select(value => double.Parse(value, CultureInfo.InvariantCulture)).FirstOrDefault(fallback);
