namespace Hotline.Triage;

// A round left out of training, with both models' predictions for each of its messages; its lexicon verdicts are
// the first look when one was recorded.
internal sealed record HeldOutRound(string Name, bool IsFirstLook, IReadOnlyList<HeldOutExample> Examples);

internal sealed record HeldOutExample(TriageModelExample Example, TriageModelPrediction FromText, TriageModelPrediction WithIndicators);
