using Hotline.Triage;

namespace Hotline.Tests.Triage;

public class CrossRoundEvaluationTests
{
    // TriageResult holds its indicators in a list, which a record compares by reference.
    private static IEnumerable<string> Labels(EvaluationResult result) =>
        result.Outcomes.Select(outcome => outcome.Predicted).Select(predicted =>
            $"{predicted.Category} {predicted.Urgency} {predicted.CallerRole} {predicted.ContactSafety} {predicted.Language} [{string.Join(",", predicted.Indicators)}]");

    private static IReadOnlyList<LabelledExample> Read(string file) => LabelledExampleReader.ReadFile(TestData.OwnFile(file)).Examples;

    private static List<LabelledRound> SmallRounds() =>
    [
        new("train", Read("train.jsonl").Take(80).ToList(), AlwaysTrained: true),
        new("holdout-v5", Read("holdout-v5.jsonl")),
        new("holdout-v7", Read("holdout-v7.jsonl")),
        new("holdout-v12", Read("holdout-v12.jsonl").Take(20).ToList()),
    ];

    [Test]
    public void Holds_out_every_round_but_the_one_always_trained_on_and_pools_them()
    {
        var result = CrossRoundEvaluation.Run(SmallRounds(), SharedClassifier.Instance);

        Assert.That(result.Rounds.Select(round => round.Name), Is.EqualTo(new[] { "holdout-v5", "holdout-v7", "holdout-v12" }));
        Assert.That(result.Rounds.Select(round => round.Combined.Count), Is.EqualTo(new[] { 40, 30, 20 }));
        Assert.That(result.Pooled.ModelFromText.Count, Is.EqualTo(90));
    }

    [Test]
    public void Scores_the_lexicons_exactly_as_they_classify_without_the_model()
    {
        var rounds = SmallRounds();
        var result = CrossRoundEvaluation.Run(rounds, SharedClassifier.Instance);
        var direct = new EvaluationResult(rounds[1].Examples
            .Select(example => new EvaluatedExample(example, SharedClassifier.Instance.Analyse(example.Text, example.Channel, dangerKeyPressed: false).Result))
            .ToList());

        Assert.That(Labels(result.Rounds[0].Lexicon), Is.EqualTo(Labels(direct)));
        Assert.That(result.Rounds[0].Lexicon.CategoryMacroF1, Is.EqualTo(direct.CategoryMacroF1));
    }

    [Test]
    public void Never_trains_on_the_round_it_scores()
    {
        // A round held out twice, as itself and as a copy under another name: scored while its copy is in training,
        // the model knows it; if the round itself leaked into training, both scores would be equally high.
        var v12 = Read("holdout-v12.jsonl");
        List<LabelledRound> rounds = [new("train", Read("train.jsonl").Take(40).ToList(), AlwaysTrained: true), new("a", v12), new("b", Read("holdout-v7.jsonl"))];
        List<LabelledRound> withCopy = [.. rounds, new("copy", v12)];

        var alone = CrossRoundEvaluation.Run(rounds, SharedClassifier.Instance).Rounds[0].ModelFromText;
        var besideCopy = CrossRoundEvaluation.Run(withCopy, SharedClassifier.Instance).Rounds[0].ModelFromText;

        Assert.That(besideCopy.CategoryAccuracy, Is.GreaterThan(alone.CategoryAccuracy + 0.2));
    }

    [Test]
    public void Forward_trains_each_round_only_on_the_rounds_before_it_and_never_holds_out_dev()
    {
        List<LabelledRound> rounds =
        [
            new("train", Read("train.jsonl").Take(40).ToList(), AlwaysTrained: true),
            new("dev", Read("holdout-v1.jsonl").Take(20).ToList()),
            new("holdout-v5", Read("holdout-v5.jsonl")),
            new("holdout-v7", Read("holdout-v7.jsonl")),
        ];

        var forward = CrossRoundEvaluation.Run(rounds, SharedClassifier.Instance, forward: true);
        var leaveOneOut = CrossRoundEvaluation.Run(rounds, SharedClassifier.Instance);

        Assert.That(forward.Rounds.Select(round => round.Name), Is.EqualTo(new[] { "holdout-v5", "holdout-v7" }));

        // The last round has every other round before it, so both ways train the same model on it.
        Assert.That(
            Labels(forward.Rounds[1].ModelFromText),
            Is.EqualTo(Labels(leaveOneOut.Rounds[^1].ModelFromText)));

        // The first round has the other before it in one way only: its models differ.
        Assert.That(Labels(forward.Rounds[0].ModelFromText), Is.Not.EqualTo(Labels(leaveOneOut.Rounds[1].ModelFromText)));
    }

    [Test]
    public void Reports_every_round_and_says_which_figures_are_optimistic()
    {
        var report = CrossRoundEvaluation.Run(SmallRounds(), SharedClassifier.Instance).ToReport();

        Assert.That(report, Does.Contain("holdout-v5").And.Contain("holdout-v12").And.Contain("pooled").And.Contain("OPTIMISTIC").And.Contain("(c)"));
    }
}
