namespace Hotline.Triage;

// A round left out of training, with both models' predictions for each of its messages; its lexicon verdicts are
// the first look when one was recorded.
internal sealed record HeldOutRound(string Name, bool IsFirstLook, IReadOnlyList<HeldOutExample> Examples);

internal sealed record HeldOutExample(TriageModelExample Example, TriageModelPrediction FromText, TriageModelPrediction WithIndicators)
{
    // What a model trained with these features predicts: each field's regression is trained on its own, so its
    // prediction is that of the model trained with or without the indicators for that field.
    public TriageModelPrediction For(TriageModelFeatures features) => new(
        features.Category ? WithIndicators.Category : FromText.Category,
        features.Category ? WithIndicators.CategoryProbability : FromText.CategoryProbability,
        features.Urgency ? WithIndicators.ImmediateProbability : FromText.ImmediateProbability,
        features.ContactSafety ? WithIndicators.RestrictedProbability : FromText.RestrictedProbability,
        features.ContactSafety ? WithIndicators.Restriction : FromText.Restriction);
}
