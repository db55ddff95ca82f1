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
        var first = TriageModel.Train(Train.Value, useIndicators: true, new SoftmaxTraining());
        var second = TriageModel.Train(Train.Value, useIndicators: true, new SoftmaxTraining());

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
        var model = TriageModel.Train(Train.Value, useIndicators: false, new SoftmaxTraining());

        var right = Train.Value.Count(example => model.Predict(example.Analysis.Normalized, []).Category == example.Labels.Category);

        Assert.That(right, Is.GreaterThan(Train.Value.Count * 0.9));
    }

    [Test]
    public void Gives_probabilities_between_zero_and_one()
    {
        var model = TriageModel.Train(Train.Value, useIndicators: true, new SoftmaxTraining());

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
}
