namespace Hotline.Triage;

// The statistical half of triage: one softmax regression per field it may speak to (category, urgency,
// contact safety), over TriageFeatures. Trained from ~1,000 labelled examples in a second or two.
internal sealed class TriageModel
{
    private static readonly string[] Urgencies = [Urgency.Immediate, Urgency.High, Urgency.Normal, Urgency.Low];
    private static readonly string[] Safeties = [ContactSafety.Any, ContactSafety.TextOnly, ContactSafety.NoContact];

    // The three regressions' weights side by side, one row per feature bucket: [category | urgency | safety].
    // A message's few hundred features fall on scattered buckets of 2^18, so reading a bucket's weights is
    // mostly a cache miss; one row per bucket makes it one miss instead of three (a fifth of triage's time).
    private const int Stride = 16;
    private const int UrgencyColumn = 8;
    private const int SafetyColumn = 12;

    private readonly TriageModelFeatures features;
    private readonly SoftmaxRegression category;
    private readonly SoftmaxRegression urgency;
    private readonly SoftmaxRegression safety;
    private readonly float[] rows;

    private TriageModel(TriageModelFeatures features, SoftmaxRegression category, SoftmaxRegression urgency, SoftmaxRegression contactSafety)
    {
        if (category.ClassCount > UrgencyColumn || urgency.ClassCount > SafetyColumn - UrgencyColumn || contactSafety.ClassCount > Stride - SafetyColumn)
        {
            throw new ArgumentException("The model's classes do not fit its weight table.");
        }

        this.features = features;
        this.category = category;
        this.urgency = urgency;
        safety = contactSafety;
        rows = new float[TriageFeatures.Buckets * Stride];
        category.CopyWeightsTo(rows, Stride, column: 0);
        urgency.CopyWeightsTo(rows, Stride, UrgencyColumn);
        contactSafety.CopyWeightsTo(rows, Stride, SafetyColumn);
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

    // Without contactSafety the restriction is reported as 0 (the combination does not use it).
    public TriageModelPrediction Predict(NormalizedText text, IReadOnlyList<string> indicators, bool contactSafety = true)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        var words = TriageFeatures.Extract(text, null);
        var withIndicators = features.Any ? TriageFeatures.WithIndicators(words, indicators) : words;
        Span<float> scores = stackalloc float[Stride];
        scores.Clear();
        AddScores(words, withIndicators, scores);

        var categories = scores[..category.ClassCount];
        SoftmaxRegression.Softmax(categories);
        var best = 0;
        for (var i = 1; i < categories.Length; i++)
        {
            if (categories[i] > categories[best])
            {
                best = i;
            }
        }

        var urgencies = scores.Slice(UrgencyColumn, urgency.ClassCount);
        SoftmaxRegression.Softmax(urgencies);
        var safeties = scores.Slice(SafetyColumn, safety.ClassCount);
        SoftmaxRegression.Softmax(safeties);
        var textOnly = contactSafety ? safeties[safety.IndexOf(ContactSafety.TextOnly)] : 0f;
        var noContact = contactSafety ? safeties[safety.IndexOf(ContactSafety.NoContact)] : 0f;
        return new TriageModelPrediction(
            category.Classes[best],
            categories[best],
            urgencies[urgency.IndexOf(Urgency.Immediate)],
            textOnly + noContact,
            noContact >= textOnly ? ContactSafety.NoContact : ContactSafety.TextOnly);
    }

    // Each field's scores over its own features: withIndicators holds every bucket of words (the indicators' buckets
    // added, or set to 1), so one walk over it serves both. A field that reads the words alone adds weight × 0 at an
    // indicator's own bucket, which leaves its sum exactly as it was: the sums are those of separate regressions.
    private void AddScores(SparseVector words, SparseVector withIndicators, Span<float> scores)
    {
        var inWords = 0;
        for (var i = 0; i < withIndicators.Indices.Length; i++)
        {
            var bucket = withIndicators.Indices[i];
            var wordValue = 0f;
            if (inWords < words.Indices.Length && words.Indices[inWords] == bucket)
            {
                wordValue = words.Values[inWords++];
            }

            var row = rows.AsSpan(bucket * Stride, Stride);
            var indicatorValue = withIndicators.Values[i];
            Add(row, scores, 0, category.ClassCount, features.Category ? indicatorValue : wordValue);
            Add(row, scores, UrgencyColumn, urgency.ClassCount, features.Urgency ? indicatorValue : wordValue);
            Add(row, scores, SafetyColumn, safety.ClassCount, features.ContactSafety ? indicatorValue : wordValue);
        }
    }

    private static void Add(Span<float> row, Span<float> scores, int column, int count, float value)
    {
        for (var c = column; c < column + count; c++)
        {
            scores[c] += row[c] * value;
        }
    }
}
