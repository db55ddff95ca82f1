using System.Globalization;
using System.Runtime.InteropServices;

namespace Hotline.Bench;

public static class Report
{
    public static void Print(IReadOnlyList<Figure> figures, TextWriter output)
    {
        output.WriteLine($"machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, {RuntimeInformation.ProcessArchitecture}");
        output.WriteLine();
        output.WriteLine($"{"scenario",-9} {"figure",-34} {"value",14} {"baseline",-38} {"ratio",7}  goal");
        foreach (var figure in figures)
        {
            var goal = figure.Goal is { } value
                ? $"{(figure.HigherIsBetter ? ">=" : "<=")} {Number(value)} {figure.Unit}: {(figure.MeetsGoal == true ? "met" : "NOT MET")}"
                : "";
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{figure.Scenario,-9} {figure.Name,-34} {Number(figure.Value) + " " + figure.Unit,14} {figure.BaselineName + ": " + Number(figure.Baseline),-38} {figure.Ratio,7:0.000}  {goal}"));
        }
    }

    static string Number(double value) => value.ToString(value >= 100 ? "#,0" : "0.##", CultureInfo.InvariantCulture);
}
