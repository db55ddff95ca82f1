namespace Hotline.Bench;

// One measured figure beside its baseline from the same run. HigherIsBetter decides what the
// ratio and the goal mean. A goal is on the value itself, or with GoalIsRatio on Value / Baseline
// ("at least 0.8 × the baseline").
public sealed record Figure(
    string Scenario,
    string Name,
    double Value,
    string Unit,
    string BaselineName,
    double Baseline,
    bool HigherIsBetter,
    double? Goal,
    bool GoalIsRatio = false)
{
    public double Ratio => Baseline == 0 ? double.NaN : Value / Baseline;

    public bool? MeetsGoal => Goal is { } goal ? (HigherIsBetter ? Measured >= goal : Measured <= goal) : null;

    double Measured => GoalIsRatio ? Ratio : Value;
}
