using Hotline.Triage;

namespace Hotline.Tests.Triage;

// The hotline's goals, checked on the shared dev set and on our own held-out rounds. Each round was
// written before the classifier was run on it; its first-look figures are in the README (v13's exact first
// output is triage-data/holdout-v13.first-look.txt). After that first look a round's misses were used for tuning,
// so from then on these tests guard against regressions rather than measure unseen performance. A sealed
// round (triage-data/sealed-*.jsonl) is never read here: it is scored once, by hand, as the next first look.
// Nor is triage-data/extra-*.jsonl held to the goals: it is model data, written to teach the model phrasings of
// danger and contact safety that no cue covers, and the model at start is trained on it, so passing on it would show
// what the model remembers rather than guard the lexicons; tuning cues to it would only hide what it is for.
public class TriageRegressionTests
{
    [Test]
    public void Meets_the_goals_on_the_shared_dev_set()
    {
        AssertGoals(TestData.SharedDevFile());
    }

    [TestCase("holdout-v1.jsonl")]
    [TestCase("holdout-v2.jsonl")]
    [TestCase("holdout-v3.jsonl")]
    [TestCase("holdout-v4.jsonl")]
    [TestCase("holdout-v5.jsonl")]
    [TestCase("holdout-v6.jsonl")]
    [TestCase("holdout-v7.jsonl")]
    [TestCase("holdout-v8.jsonl")]
    [TestCase("holdout-v9.jsonl")]
    [TestCase("holdout-v10.jsonl")]
    [TestCase("holdout-v11.jsonl")]
    [TestCase("holdout-v12.jsonl")]
    [TestCase("holdout-v13.jsonl")]
    [TestCase("holdout-v14.jsonl")]
    [TestCase("holdout-v15.jsonl")]
    [TestCase("holdout-v16.jsonl")]
    [TestCase("holdout-v17.jsonl")]
    [TestCase("holdout-v18.jsonl")]
    [TestCase("holdout-v19.jsonl")]
    [TestCase("holdout-v20.jsonl")]
    [TestCase("holdout-v21.jsonl")]
    [TestCase("holdout-v22.jsonl")]
    [TestCase("holdout-v23.jsonl")]
    [TestCase("holdout-v24.jsonl")]
    [TestCase("holdout-v25.jsonl")]
    [TestCase("holdout-v26.jsonl")]
    [TestCase("holdout-v27.jsonl")]
    [TestCase("holdout-v28.jsonl")]
    [TestCase("holdout-v29.jsonl")]
    [TestCase("holdout-v30.jsonl")]
    [TestCase("holdout-v31.jsonl")]
    [TestCase("holdout-v32.jsonl")]
    [TestCase("holdout-v33.jsonl")]
    [TestCase("holdout-v34.jsonl")]
    [TestCase("holdout-v35.jsonl")]
    [TestCase("holdout-v36.jsonl")]
    [TestCase("holdout-v37.jsonl")]
    [TestCase("holdout-v38.jsonl")]
    public void Meets_the_goals_on_the_held_out_examples(string file)
    {
        AssertGoals(TestData.OwnFile(file));
    }

    [Test]
    public void Meets_the_goals_on_the_training_examples()
    {
        AssertGoals(TestData.OwnFile("train.jsonl"));
    }

    private static void AssertGoals(string path)
    {
        var set = LabelledExampleReader.ReadFile(path);
        Assert.That(set.Errors, Is.Empty, $"{path} has malformed lines");

        var result = TriageEvaluation.Score(set.Examples, SharedClassifier.Instance);
        TestContext.Out.WriteLine(result.ToReport(includeMisses: true));

        Assert.Multiple(() =>
        {
            Assert.That(result.ImmediateRecall, Is.GreaterThanOrEqualTo(0.95), "recall of immediate");
            Assert.That(result.ImmediatePrecision, Is.GreaterThanOrEqualTo(0.70), "precision of immediate");
            Assert.That(result.CategoryMacroF1, Is.GreaterThanOrEqualTo(0.85), "macro-F1 of category");
            Assert.That(result.LanguageAccuracy, Is.GreaterThanOrEqualTo(0.95), "language accuracy");
            Assert.That(result.RestrictedContactRecall, Is.GreaterThanOrEqualTo(0.90), "recall of contactSafety != any");
        });
    }
}
