using Hotline.Triage;

namespace Hotline.Tests.Triage;

public class ClassificationMetricsTests
{
    // Expected a a a b b c, predicted a a b b c c:
    //   a: tp 2, fp 0, fn 1 -> P 1,   R 2/3, F1 0.8
    //   b: tp 1, fp 1, fn 1 -> P 1/2, R 1/2, F1 0.5
    //   c: tp 1, fp 1, fn 0 -> P 1/2, R 1,   F1 2/3
    private static readonly (string Expected, string Predicted)[] Labels =
        [("a", "a"), ("a", "a"), ("a", "b"), ("b", "b"), ("b", "c"), ("c", "c")];

    [Test]
    public void Computes_macro_f1_as_the_plain_mean_of_per_class_f1()
    {
        Assert.That(ClassificationMetrics.MacroF1(Labels), Is.EqualTo((0.8 + 0.5 + (2.0 / 3.0)) / 3).Within(1e-9));
    }

    [Test]
    public void Counts_a_class_that_is_only_ever_predicted_in_macro_f1()
    {
        (string, string)[] labels = [("a", "a"), ("a", "z")];

        // a: P 1, R 1/2, F1 2/3; z: never expected, F1 0.
        Assert.That(ClassificationMetrics.MacroF1(labels), Is.EqualTo((2.0 / 3.0) / 2).Within(1e-9));
    }

    [Test]
    public void Computes_accuracy()
    {
        Assert.That(ClassificationMetrics.Accuracy(Labels), Is.EqualTo(4.0 / 6.0).Within(1e-9));
    }

    [Test]
    public void Computes_recall_and_precision_of_a_flag()
    {
        // Two true positives, one missed, one false alarm, one true negative.
        (bool, bool)[] flags = [(true, true), (true, true), (true, false), (false, true), (false, false)];

        Assert.Multiple(() =>
        {
            Assert.That(ClassificationMetrics.Recall(flags), Is.EqualTo(2.0 / 3.0).Within(1e-9));
            Assert.That(ClassificationMetrics.Precision(flags), Is.EqualTo(2.0 / 3.0).Within(1e-9));
        });
    }

    [Test]
    public void Leaves_recall_undefined_when_there_is_nothing_to_find()
    {
        (bool, bool)[] flags = [(false, false), (false, true)];

        Assert.Multiple(() =>
        {
            Assert.That(ClassificationMetrics.Recall(flags), Is.NaN);
            Assert.That(ClassificationMetrics.Precision(flags), Is.EqualTo(0));
        });
    }
}
