namespace Hotline.Triage;

// How sure the model must be before it changes a field; above 1 it never does. Over a form the lexicons left
// "unclear" (they saw signs of exploitation but no form) it may need less certainty than over "none";
// without its own threshold, Category applies to both. Likewise immediate may need less certainty in a message read as
// another language than Danish or English (ImmediateWithInterpreter, TriageCombination.ReadInAnotherLanguage).
internal sealed record CombinationThresholds(
    float Category,
    float Immediate,
    float Restricted,
    float? CategoryOverUnclear = null,
    float? ImmediateWithInterpreter = null)
{
    public static CombinationThresholds Never { get; } = new(float.PositiveInfinity, float.PositiveInfinity, float.PositiveInfinity);

    public float CategoryOver(string lexicons) => lexicons == Triage.Category.Unclear ? CategoryOverUnclear ?? Category : Category;

    public float ImmediateIn(bool anotherLanguage) => anotherLanguage ? ImmediateWithInterpreter ?? Immediate : Immediate;
}
