namespace Hotline.Triage;

// How sure the model must be before it changes a field; above 1 it never does.
internal sealed record CombinationThresholds(float Category, float Immediate, float Restricted)
{
    public static CombinationThresholds Never { get; } = new(float.PositiveInfinity, float.PositiveInfinity, float.PositiveInfinity);
}
