namespace Hotline.Triage;

// A round left out of training, with both models' predictions for each of its messages.
internal sealed record HeldOutRound(string Name, IReadOnlyList<HeldOutExample> Examples);

internal sealed record HeldOutExample(TriageModelExample Example, TriageModelPrediction FromText, TriageModelPrediction WithIndicators);
