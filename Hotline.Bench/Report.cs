using System.Globalization;
using System.Runtime.InteropServices;

namespace Hotline.Bench;

public static class Report
{
    public static void Print(IReadOnlyList<Figure> figures, TextWriter output)
    {
        output.WriteLine($"machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, {RuntimeInformation.ProcessArchitecture}");
        output.WriteLine($"cpu: {ProcLine("/proc/cpuinfo", "model name")}; memory: {ProcLine("/proc/meminfo", "MemTotal")}; load average now: {ProcLine("/proc/loadavg", "")}");
        output.WriteLine();
        output.WriteLine($"{"scenario",-12} {"figure",-44} {"value",14} {"baseline",-44} {"ratio",7}  goal");
        foreach (var figure in figures)
        {
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{figure.Scenario,-12} {figure.Name,-44} {Number(figure.Value) + " " + figure.Unit,14} {figure.BaselineName + ": " + Number(figure.Baseline),-44} {figure.Ratio,7:0.000}  {Goal(figure)}"));
        }
    }

    static string Goal(Figure figure)
    {
        if (figure.Goal is not { } goal)
        {
            return "";
        }

        var comparison = figure.HigherIsBetter ? ">=" : "<=";
        var target = figure.GoalIsRatio ? $"ratio {comparison} {Number(goal)}" : $"{comparison} {Number(goal)} {figure.Unit}";
        return $"{target}: {(figure.MeetsGoal == true ? "met" : "NOT MET")}";
    }

    // Other work on a shared machine shows in the load average: the ratios matter more than the absolutes.
    static string ProcLine(string file, string key) =>
        File.Exists(file)
            ? File.ReadLines(file).FirstOrDefault(line => line.StartsWith(key, StringComparison.Ordinal))?.Split(':').Last().Trim() ?? "?"
            : "?";

    static string Number(double value) => value.ToString(Math.Abs(value) >= 100 ? "#,0" : "0.##", CultureInfo.InvariantCulture);
}
