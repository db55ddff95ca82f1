using Hotline.Triage;

namespace Hotline.Tests.Triage;

public class EvaluationResultTests
{
    private static EvaluatedExample Outcome(string category, string urgency, string safety, string predictedCategory, string predictedUrgency, string predictedSafety) =>
        new(
            new LabelledExample("id", Channel.Sms, "text", category, urgency, CallerRole.Self, safety, "da"),
            new TriageResult(predictedCategory, predictedUrgency, CallerRole.Self, predictedSafety, "da", [], false));

    private static EvaluationResult Tiny() => new(
    [
        Outcome(Category.ForcedLabour, Urgency.Immediate, ContactSafety.TextOnly, Category.ForcedLabour, Urgency.Immediate, ContactSafety.TextOnly),
        Outcome(Category.ForcedLabour, Urgency.Immediate, ContactSafety.NoContact, Category.Unclear, Urgency.High, ContactSafety.TextOnly),
        Outcome(Category.None, Urgency.Low, ContactSafety.Any, Category.None, Urgency.Immediate, ContactSafety.NoContact),
        Outcome(Category.None, Urgency.Low, ContactSafety.Any, Category.None, Urgency.Low, ContactSafety.Any),
    ]);

    [Test]
    public void Scores_immediate_and_restricted_contact_on_a_hand_computed_example()
    {
        var result = Tiny();

        Assert.Multiple(() =>
        {
            // Immediate: expected in 1 and 2, predicted in 1 and 3.
            Assert.That(result.ImmediateRecall, Is.EqualTo(0.5));
            Assert.That(result.ImmediatePrecision, Is.EqualTo(0.5));
            // Restricted contact: expected in 1 and 2, predicted in 1, 2 and 3 (text_only vs no_contact still restricts).
            Assert.That(result.RestrictedContactRecall, Is.EqualTo(1.0));
            Assert.That(result.RestrictedContactPrecision, Is.EqualTo(2.0 / 3.0).Within(1e-9));
        });
    }

    [Test]
    public void Scores_category_accuracy_macro_f1_and_confusion()
    {
        var result = Tiny();

        // forced_labour: P 1, R 1/2, F1 2/3; none: P 1, R 1, F1 1; unclear: predicted once, never expected, F1 0.
        Assert.Multiple(() =>
        {
            Assert.That(result.CategoryAccuracy, Is.EqualTo(0.75));
            Assert.That(result.CategoryMacroF1, Is.EqualTo(((2.0 / 3.0) + 1 + 0) / 3).Within(1e-9));
            Assert.That(result.CategoryConfusion[Category.ForcedLabour, Category.Unclear], Is.EqualTo(1));
            Assert.That(result.CategoryConfusion[Category.None, Category.None], Is.EqualTo(2));
        });
    }

    [Test]
    public void Renders_a_plain_text_report_with_the_goals_and_misses()
    {
        var report = Tiny().ToReport(includeMisses: true);

        Assert.Multiple(() =>
        {
            Assert.That(report, Does.Contain("immediate recall"));
            Assert.That(report, Does.Contain("category macro-F1"));
            Assert.That(report, Does.Contain("urgency: immediate -> high"));
        });
    }
}
