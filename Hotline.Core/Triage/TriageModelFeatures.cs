namespace Hotline.Triage;

// Which of the model's three regressions also see the lexicons' indicators; all see the words.
internal sealed record TriageModelFeatures(bool Category, bool Urgency, bool ContactSafety)
{
    public static TriageModelFeatures WordsOnly { get; } = new(false, false, false);

    public static TriageModelFeatures WithIndicators { get; } = new(true, true, true);

    public bool Any => Category || Urgency || ContactSafety;
}
