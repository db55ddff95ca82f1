namespace Hotline.Triage;

// One labelled file of the cross-round evaluation. A round that is always trained on (train.jsonl) is never
// held out itself.
public sealed record LabelledRound(string Name, IReadOnlyList<LabelledExample> Examples, bool AlwaysTrained = false);
