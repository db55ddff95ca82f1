using Hotline.Bench;

// dotnet run -c Release --project Hotline.Bench -- <scenario> [--seconds N]
// Each figure is printed beside a baseline measured in the same run on the same machine.
var seconds = args.SkipWhile(arg => arg != "--seconds").Skip(1).Select(double.Parse).FirstOrDefault(5);
var scenarios = new Dictionary<string, Func<TimeSpan, IReadOnlyList<Figure>>>
{
    ["triage"] = TriageBenchmark.Run,
    ["reports"] = ReportsBenchmark.Run,
};

var chosen = args.FirstOrDefault(arg => !arg.StartsWith("--", StringComparison.Ordinal) && scenarios.ContainsKey(arg)) ?? "all";
if (chosen != "all" && !scenarios.ContainsKey(chosen))
{
    Console.Error.WriteLine($"unknown scenario; one of: all, {string.Join(", ", scenarios.Keys)}");
    return 2;
}

var figures = scenarios
    .Where(scenario => chosen == "all" || scenario.Key == chosen)
    .SelectMany(scenario => scenario.Value(TimeSpan.FromSeconds(seconds)))
    .ToList();
Report.Print(figures, Console.Out);
return figures.All(figure => figure.MeetsGoal != false) ? 0 : 1;
