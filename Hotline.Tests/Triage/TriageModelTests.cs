using Hotline.Triage;

namespace Hotline.Tests.Triage;

public class TriageModelTests
{
    private static readonly Lazy<List<TriageModelExample>> Train = new(() => Examples("train.jsonl"));

    private static List<TriageModelExample> Examples(string file) =>
        LabelledExampleReader.ReadFile(TestData.OwnFile(file)).Examples
            .Select(example => new TriageModelExample(example, SharedClassifier.Instance.Analyse(example.Text, example.Channel, dangerKeyPressed: false)))
            .ToList();

    [Test]
    public void Trains_the_same_model_twice_from_the_same_examples()
    {
        var first = TriageModel.Train(Train.Value, TriageModelFeatures.WithIndicators, new SoftmaxTraining());
        var second = TriageModel.Train(Train.Value, TriageModelFeatures.WithIndicators, new SoftmaxTraining());

        foreach (var example in Examples("holdout-v12.jsonl"))
        {
            var analysis = example.Analysis;
            Assert.That(
                second.Predict(analysis.Normalized, analysis.Result.Indicators),
                Is.EqualTo(first.Predict(analysis.Normalized, analysis.Result.Indicators)),
                example.Labels.Id);
        }
    }

    [Test]
    public void Learns_the_examples_it_was_trained_on()
    {
        var model = TriageModel.Train(Train.Value, TriageModelFeatures.WordsOnly, new SoftmaxTraining());

        var right = Train.Value.Count(example => model.Predict(example.Analysis.Normalized, []).Category == example.Labels.Category);

        Assert.That(right, Is.GreaterThan(Train.Value.Count * 0.9));
    }

    [Test]
    public void Gives_probabilities_between_zero_and_one()
    {
        var model = TriageModel.Train(Train.Value, TriageModelFeatures.WithIndicators, new SoftmaxTraining());

        foreach (var example in Train.Value.Take(30))
        {
            var prediction = model.Predict(example.Analysis.Normalized, example.Analysis.Result.Indicators);
            Assert.That(new[] { prediction.CategoryProbability, prediction.ImmediateProbability, prediction.RestrictedProbability }, Is.All.InRange(0f, 1f));
        }
    }

    [Test]
    public void Shares_features_between_spellings_of_a_word()
    {
        var normalizer = new TextNormalizer(new Dictionary<string, string>(), []);
        var passport = TriageFeatures.Extract(normalizer.Normalize("passport"), null).Indices;
        var misspelt = TriageFeatures.Extract(normalizer.Normalize("pasaport"), null).Indices;
        var unrelated = TriageFeatures.Extract(normalizer.Normalize("kitchen"), null).Indices;

        Assert.That(passport.Intersect(misspelt).Count(), Is.GreaterThan(passport.Intersect(unrelated).Count() + 2));
    }

    [Test]
    public void Predicts_each_field_as_the_model_trained_with_that_fields_features_does()
    {
        // The cross-round evaluation scores a mix by taking each field from the words-only or the indicators
        // model; that is only a shipped model's figure if the fields are trained independently. A mix of both
        // kinds, whatever TriageModelDefaults ships (since v28 the words alone).
        var mix = new TriageModelFeatures(Category: true, Urgency: false, ContactSafety: true);
        var mixed = TriageModel.Train(Train.Value, mix, new SoftmaxTraining());
        var words = TriageModel.Train(Train.Value, TriageModelFeatures.WordsOnly, new SoftmaxTraining());
        var indicators = TriageModel.Train(Train.Value, TriageModelFeatures.WithIndicators, new SoftmaxTraining());

        foreach (var example in Examples("holdout-v11.jsonl"))
        {
            var (text, fired) = (example.Analysis.Normalized, example.Analysis.Result.Indicators);
            var merged = new HeldOutExample(example, words.Predict(text, fired), indicators.Predict(text, fired)).For(mix);
            Assert.That(mixed.Predict(text, fired), Is.EqualTo(merged), example.Labels.Id);
        }
    }
}
