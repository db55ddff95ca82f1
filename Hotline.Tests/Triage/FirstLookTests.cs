using Hotline.Triage;

namespace Hotline.Tests.Triage;

// The recorded first looks (FirstLook/README.md) must be the ones the README's first-look table reports, or the
// honest lexicon column of evaluate-rounds --first-look would be honest about something else. From v14 on the
// README's figures are of the lexicons and the model together, so only v1-v13 can be held to them; the later
// files are the lexicons' part of those first looks, recorded with the model switched off.
public class FirstLookTests
{
    [TestCase(1, 0.934, 0.867, 0.929, 1.000)]
    [TestCase(2, 0.872, 1.000, 1.000, 0.889)]
    [TestCase(3, 0.925, 0.889, 0.889, 1.000)]
    [TestCase(4, 0.838, 0.800, 0.800, 0.875)]
    [TestCase(5, 0.712, 0.857, 0.857, 1.000)]
    [TestCase(6, 0.739, 0.750, 0.667, 0.800)]
    [TestCase(7, 0.772, 0.500, 1.000, 0.750)]
    [TestCase(8, 0.848, 0.783, 1.000, 0.750)]
    [TestCase(9, 0.879, 0.850, 0.944, 0.889)]
    [TestCase(10, 0.920, 0.791, 0.971, 1.000)]
    [TestCase(11, 0.809, 0.720, 0.900, 0.650)]
    [TestCase(12, 0.633, 0.750, 0.857, 0.750)]
    [TestCase(13, 0.794, 0.667, 0.833, 0.808)]
    public void Reproduce_the_first_look_figures_of_the_readme(int round, double macroF1, double immediateRecall, double immediatePrecision, double restrictedRecall)
    {
        var examples = LabelledExampleReader.ReadFile(TestData.OwnFile($"holdout-v{round}.jsonl")).Examples;
        var recorded = RecordedTriage.Read(Path.Combine(TestContext.CurrentContext.TestDirectory, "Triage", "FirstLook", $"first-look-v{round}.jsonl"));

        var result = new EvaluationResult(examples.Select(example => new EvaluatedExample(example, recorded[example.Id])).ToList());

        Assert.Multiple(() =>
        {
            Assert.That(recorded, Has.Count.EqualTo(examples.Count));
            Assert.That(result.CategoryMacroF1, Is.EqualTo(macroF1).Within(0.0005), "macro-F1 of category");
            Assert.That(result.ImmediateRecall, Is.EqualTo(immediateRecall).Within(0.0005), "recall of immediate");
            Assert.That(result.ImmediatePrecision, Is.EqualTo(immediatePrecision).Within(0.0005), "precision of immediate");
            Assert.That(result.RestrictedContactRecall, Is.EqualTo(restrictedRecall).Within(0.0005), "recall of contactSafety != any");
        });
    }

    [TestCase(14)]
    [TestCase(15)]
    [TestCase(16)]
    [TestCase(17)]
    [TestCase(18)]
    [TestCase(19)]
    [TestCase(20)]
    [TestCase(21)]
    [TestCase(22)]
    [TestCase(23)]
    [TestCase(24)]
    [TestCase(25)]
    [TestCase(26)]
    [TestCase(27)]
    [TestCase(28)]
    [TestCase(29)]
    [TestCase(30)]
    [TestCase(31)]
    [TestCase(32)]
    [TestCase(33)]
    [TestCase(34)]
    [TestCase(35)]
    [TestCase(36)]
    [TestCase(37)]
    [TestCase(38)]
    public void Hold_the_lexicons_verdict_alone_on_every_message_of_the_later_rounds(int round)
    {
        var examples = LabelledExampleReader.ReadFile(TestData.OwnFile($"holdout-v{round}.jsonl")).Examples;
        var recorded = RecordedTriage.Read(Path.Combine(TestContext.CurrentContext.TestDirectory, "Triage", "FirstLook", $"first-look-v{round}.jsonl"));

        Assert.Multiple(() =>
        {
            Assert.That(recorded.Keys, Is.EquivalentTo(examples.Select(example => example.Id)));
            Assert.That(
                recorded.Values.SelectMany(result => result.Indicators),
                Has.None.EqualTo(Indicator.ModelCategory).And.None.EqualTo(Indicator.ModelUrgency).And.None.EqualTo(Indicator.ModelContactSafety),
                "the model was switched off");
        });
    }
}
