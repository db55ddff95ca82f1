namespace Hotline.Triage;

// The statistical half of triage: one softmax regression per field it may speak to (category, urgency,
// contact safety), over TriageFeatures. Trained from ~1,000 labelled examples in a second or two.
internal sealed class TriageModel
{
    private static readonly string[] Urgencies = [Urgency.Immediate, Urgency.High, Urgency.Normal, Urgency.Low];
    private static readonly string[] Safeties = [ContactSafety.Any, ContactSafety.TextOnly, ContactSafety.NoContact];

    private readonly TriageModelFeatures features;
    private readonly SoftmaxRegression category;
    private readonly SoftmaxRegression urgency;
    private readonly SoftmaxRegression safety;

    private TriageModel(TriageModelFeatures features, SoftmaxRegression category, SoftmaxRegression urgency, SoftmaxRegression contactSafety)
    {
        this.features = features;
        this.category = category;
        this.urgency = urgency;
        safety = contactSafety;
    }

    // Each regression is trained on its own from the same seed, so a field's predictions depend only on whether
    // that field sees the indicators, not on the other fields' choice.
    public static TriageModel Train(IReadOnlyList<TriageModelExample> examples, TriageModelFeatures features, SoftmaxTraining settings)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(settings);
        var words = examples.Select(example => TriageFeatures.Extract(example.Analysis.Normalized, null)).ToList();
        var withIndicators = features.Any
            ? examples.Select((example, i) => TriageFeatures.WithIndicators(words[i], example.Analysis.Result.Indicators)).ToList()
            : words;
        SoftmaxRegression Fit(bool indicators, Func<LabelledExample, string> label, IReadOnlyList<string> classes) =>
            SoftmaxRegression.Train(
                (indicators ? withIndicators : words).Select((vector, i) => (vector, label(examples[i].Labels))).ToList(),
                classes,
                settings);

        return new TriageModel(
            features,
            Fit(features.Category, labels => labels.Category, Category.All),
            Fit(features.Urgency, labels => labels.Urgency, Urgencies),
            Fit(features.ContactSafety, labels => labels.ContactSafety, Safeties));
    }

    // Without contactSafety the restriction is not computed (probability 0): a third of the time saved when the
    // combination does not use it.
    public TriageModelPrediction Predict(NormalizedText text, IReadOnlyList<string> indicators, bool contactSafety = true)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        var words = TriageFeatures.Extract(text, null);
        var withIndicators = features.Any ? TriageFeatures.WithIndicators(words, indicators) : words;
        var categories = category.Probabilities(features.Category ? withIndicators : words);
        var best = 0;
        for (var i = 1; i < categories.Length; i++)
        {
            if (categories[i] > categories[best])
            {
                best = i;
            }
        }

        var urgencies = urgency.Probabilities(features.Urgency ? withIndicators : words);
        var safeties = contactSafety ? safety.Probabilities(features.ContactSafety ? withIndicators : words) : null;
        var textOnly = safeties is null ? 0f : safety.Probability(safeties, ContactSafety.TextOnly);
        var noContact = safeties is null ? 0f : safety.Probability(safeties, ContactSafety.NoContact);
        return new TriageModelPrediction(
            category.Classes[best],
            categories[best],
            urgency.Probability(urgencies, Urgency.Immediate),
            textOnly + noContact,
            noContact >= textOnly ? ContactSafety.NoContact : ContactSafety.TextOnly);
    }
}
