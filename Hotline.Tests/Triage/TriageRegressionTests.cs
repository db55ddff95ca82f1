using Hotline.Triage;

namespace Hotline.Tests.Triage;

// The hotline's goals, checked on the shared dev set and on our own held-out examples
// (written before tuning and never used for it).
public class TriageRegressionTests
{
    [Test]
    public void Meets_the_goals_on_the_shared_dev_set()
    {
        AssertGoals(TestData.SharedDevFile());
    }

    [Test]
    public void Meets_the_goals_on_the_held_out_examples()
    {
        AssertGoals(TestData.OwnFile("holdout.jsonl"));
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
