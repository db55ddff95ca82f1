namespace Hotline.Triage;

// One labelled file of the cross-round evaluation. A round that is always trained on (train.jsonl) is never
// held out itself. FirstLook, by message id, is what the lexicons said of the round before any tuning on it
// (RecordedTriage.Read), so that it can stand in for today's lexicons, which were tuned on the round.
public sealed record LabelledRound(
    string Name,
    IReadOnlyList<LabelledExample> Examples,
    bool AlwaysTrained = false,
    IReadOnlyDictionary<string, TriageResult>? FirstLook = null);
