namespace Hotline.Triage;

// The combination's settings, chosen on the cross-round figures (evaluate-rounds with --first-look, leave one
// round out and forward), never on the full data; README "Triage" has the figures. The words alone catch the
// danger and "don't call" phrasings the lexicons miss; for the form, the indicators help the model more.
// Each threshold is the lowest that kept precision above 0.85 on both honest evaluations.
internal static class TriageModelDefaults
{
    public static TriageModelFeatures Features { get; } = new(Category: true, Urgency: false, ContactSafety: false);

    public static CombinationThresholds Thresholds { get; } = new(Category: 0.6f, Immediate: 0.5f, Restricted: float.PositiveInfinity);
}
