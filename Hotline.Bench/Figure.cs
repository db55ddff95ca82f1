namespace Hotline.Bench;

// One measured figure beside its baseline from the same run. HigherIsBetter decides what the
// ratio and the goal mean.
public sealed record Figure(
    string Scenario,
    string Name,
    double Value,
    string Unit,
    string BaselineName,
    double Baseline,
    bool HigherIsBetter,
    double? Goal)
{
    public double Ratio => Value / Baseline;

    public bool? MeetsGoal => Goal is { } goal ? (HigherIsBetter ? Value >= goal : Value <= goal) : null;
}
