namespace Hotline.Triage;

// The honest test of a model: for each round, train on every other labelled round and score the one left out.
// Forward instead trains only on the rounds written before it (train, dev and earlier rounds), as the model
// would have been on the day the round arrived, to set beside the lexicons' first-look figures.
public static class CrossRoundEvaluation
{
    public static CrossRoundResult Run(IReadOnlyList<LabelledRound> rounds, TriageClassifier classifier, bool forward = false) =>
        Run(rounds, classifier, forward, new SoftmaxTraining(), TriageModelDefaults.Thresholds, TriageModelDefaults.Features);

    internal static CrossRoundResult Run(
        IReadOnlyList<LabelledRound> rounds,
        TriageClassifier classifier,
        bool forward,
        SoftmaxTraining settings,
        CombinationThresholds thresholds,
        TriageModelFeatures combination)
    {
        ArgumentNullException.ThrowIfNull(rounds);
        ArgumentNullException.ThrowIfNull(classifier);
        var analysed = rounds
            .Select(round => round.Examples
                .Select(example => new TriageModelExample(example, classifier.Analyse(example.Text, example.Channel, dangerKeyPressed: false)))
                .ToList())
            .ToList();

        var folds = new List<HeldOutRound>();
        for (var k = 0; k < rounds.Count; k++)
        {
            if (rounds[k].AlwaysTrained || (forward && rounds[k].Name.Equals("dev", StringComparison.Ordinal)))
            {
                continue;
            }

            var training = Enumerable.Range(0, rounds.Count)
                .Where(i => i != k && (!forward || i < k || rounds[i].AlwaysTrained))
                .SelectMany(i => analysed[i])
                .ToList();
            var fromText = TriageModel.Train(training, TriageModelFeatures.WordsOnly, settings);
            var withIndicators = TriageModel.Train(training, TriageModelFeatures.WithIndicators, settings);
            var firstLook = rounds[k].FirstLook;
            var heldOut = firstLook is null
                ? analysed[k]
                : analysed[k].Select(example => example with
                {
                    Analysis = RecordedTriage.Analysis(
                        example.Analysis,
                        firstLook.GetValueOrDefault(example.Labels.Id)
                            ?? throw new InvalidDataException($"The first look at {rounds[k].Name} has no verdict for {example.Labels.Id}.")),
                }).ToList();
            folds.Add(new HeldOutRound(
                rounds[k].Name,
                firstLook is not null,
                heldOut.Select(example => new HeldOutExample(
                    example,
                    fromText.Predict(example.Analysis.Normalized, example.Analysis.Result.Indicators),
                    withIndicators.Predict(example.Analysis.Normalized, example.Analysis.Result.Indicators))).ToList()));
        }

        return new CrossRoundResult(folds, thresholds, combination, forward);
    }
}
