namespace Hotline.Triage;

// Scores the classifier against labelled examples, field by field and on the hotline's goals.
public static class TriageEvaluation
{
    public static EvaluationResult Score(IEnumerable<LabelledExample> examples, TriageClassifier classifier)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(classifier);
        var outcomes = examples
            .Select(example => new EvaluatedExample(example, classifier.Classify(example.Text, example.Channel)))
            .ToList();
        return new EvaluationResult(outcomes);
    }
}
