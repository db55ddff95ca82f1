namespace Hotline.Triage;

// The statistical half of triage: one softmax regression per field it may speak to (category, urgency,
// contact safety), over TriageFeatures. Trained from ~1,000 labelled examples in a second or two.
internal sealed class TriageModel
{
    private static readonly string[] Urgencies = [Urgency.Immediate, Urgency.High, Urgency.Normal, Urgency.Low];
    private static readonly string[] Safeties = [ContactSafety.Any, ContactSafety.TextOnly, ContactSafety.NoContact];

    // The three regressions' weights side by side, one row per feature bucket: [category | urgency | safety].
    // A message's few hundred features fall on scattered buckets of 2^18, so reading a bucket's weights is
    // mostly a cache miss: one row of 64 bytes per bucket instead of three reads far apart (the prediction was
    // about a seventh of triage's time in a profile).
    private const int Stride = 16;
    private const int UrgencyColumn = 8;
    private const int SafetyColumn = 12;

    private readonly TriageModelFeatures features;
    private readonly IReadOnlyList<string> categories;
    private readonly int urgencyCount;
    private readonly int safetyCount;
    private readonly int immediate;
    private readonly int textOnly;
    private readonly int noContact;
    private readonly float[] rows;

    private TriageModel(TriageModelFeatures features, SoftmaxRegression category, SoftmaxRegression urgency, SoftmaxRegression contactSafety)
    {
        if (category.ClassCount > UrgencyColumn || urgency.ClassCount > SafetyColumn - UrgencyColumn || contactSafety.ClassCount > Stride - SafetyColumn)
        {
            throw new ArgumentException("The model's classes do not fit its weight table.");
        }

        this.features = features;
        categories = category.Classes;
        urgencyCount = urgency.ClassCount;
        safetyCount = contactSafety.ClassCount;
        immediate = urgency.IndexOf(Urgency.Immediate);
        textOnly = contactSafety.IndexOf(ContactSafety.TextOnly);
        noContact = contactSafety.IndexOf(ContactSafety.NoContact);
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

    public TriageModelPrediction Predict(NormalizedText text, IReadOnlyList<string> indicators)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        var words = TriageFeatures.Extract(text, null);
        var withIndicators = features.Any ? TriageFeatures.WithIndicators(words, indicators) : words;
        Span<float> scores = stackalloc float[Stride];
        scores.Clear();
        AddScores(words, withIndicators, scores);

        var byCategory = scores[..categories.Count];
        SoftmaxRegression.Softmax(byCategory);
        var best = 0;
        for (var i = 1; i < byCategory.Length; i++)
        {
            if (byCategory[i] > byCategory[best])
            {
                best = i;
            }
        }

        var byUrgency = scores.Slice(UrgencyColumn, urgencyCount);
        SoftmaxRegression.Softmax(byUrgency);
        var bySafety = scores.Slice(SafetyColumn, safetyCount);
        SoftmaxRegression.Softmax(bySafety);
        var textOnlyProbability = bySafety[textOnly];
        var noContactProbability = bySafety[noContact];
        return new TriageModelPrediction(
            categories[best],
            byCategory[best],
            byUrgency[immediate],
            textOnlyProbability + noContactProbability,
            noContactProbability >= textOnlyProbability ? ContactSafety.NoContact : ContactSafety.TextOnly);
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
            Add(row, scores, 0, categories.Count, features.Category ? indicatorValue : wordValue);
            Add(row, scores, UrgencyColumn, urgencyCount, features.Urgency ? indicatorValue : wordValue);
            Add(row, scores, SafetyColumn, safetyCount, features.ContactSafety ? indicatorValue : wordValue);
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
