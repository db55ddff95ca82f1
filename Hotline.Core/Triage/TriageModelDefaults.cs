namespace Hotline.Triage;

// The combination's settings, chosen on the leave-one-round-out figures (evaluate-rounds), never on the full data.
internal static class TriageModelDefaults
{
    public static bool UsesIndicators => true;

    public static CombinationThresholds Thresholds { get; } = new(0.8f, 0.8f, 0.8f);
}
