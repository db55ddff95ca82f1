namespace Hotline.Triage;

// The statistical half of triage: one softmax regression per field it may speak to (category, urgency,
// contact safety), over TriageFeatures. Trained from labelled examples in well under a second.
internal sealed class TriageModel
{
    private static readonly string[] Urgencies = [Urgency.Immediate, Urgency.High, Urgency.Normal, Urgency.Low];
    private static readonly string[] Safeties = [ContactSafety.Any, ContactSafety.TextOnly, ContactSafety.NoContact];

    private readonly SoftmaxRegression category;
    private readonly SoftmaxRegression urgency;
    private readonly SoftmaxRegression contactSafety;

    private TriageModel(bool usesIndicators, SoftmaxRegression category, SoftmaxRegression urgency, SoftmaxRegression contactSafety)
    {
        UsesIndicators = usesIndicators;
        this.category = category;
        this.urgency = urgency;
        this.contactSafety = contactSafety;
    }

    // With indicators the model also learns from what the lexicons fired; without, from the words alone.
    public bool UsesIndicators { get; }

    public static TriageModel Train(IReadOnlyList<TriageModelExample> examples, bool useIndicators, SoftmaxTraining settings)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(settings);
        var features = examples
            .Select(example => TriageFeatures.Extract(example.Analysis.Normalized, useIndicators ? example.Analysis.Result.Indicators : null))
            .ToList();
        SoftmaxRegression Fit(Func<LabelledExample, string> label, IReadOnlyList<string> classes) =>
            SoftmaxRegression.Train(features.Select((vector, i) => (vector, label(examples[i].Labels))).ToList(), classes, settings);

        return new TriageModel(
            useIndicators,
            Fit(labels => labels.Category, Category.All),
            Fit(labels => labels.Urgency, Urgencies),
            Fit(labels => labels.ContactSafety, Safeties));
    }

    public TriageModelPrediction Predict(NormalizedText text, IReadOnlyList<string> indicators)
    {
        var features = TriageFeatures.Extract(text, UsesIndicators ? indicators : null);
        var categories = category.Probabilities(features);
        var best = 0;
        for (var i = 1; i < categories.Length; i++)
        {
            if (categories[i] > categories[best])
            {
                best = i;
            }
        }

        var urgencies = urgency.Probabilities(features);
        var safeties = contactSafety.Probabilities(features);
        var textOnly = contactSafety.Probability(safeties, ContactSafety.TextOnly);
        var noContact = contactSafety.Probability(safeties, ContactSafety.NoContact);
        return new TriageModelPrediction(
            category.Classes[best],
            categories[best],
            urgency.Probability(urgencies, Urgency.Immediate),
            textOnly + noContact,
            noContact >= textOnly ? ContactSafety.NoContact : ContactSafety.TextOnly);
    }
}
