namespace Hotline.Triage;

// Multinomial logistic regression over hashed sparse features, trained by plain stochastic gradient descent.
// Written by hand rather than with ML.NET (5.0.1 is available): ML.NET's PredictionEngine is not thread-safe
// while Classify is called from many consumers at once, its text featurizer would not share TextNormalizer's
// folding, and it brings a dozen assemblies for what is here a dot product over a few hundred features.
// Deterministic: the examples are visited in an order drawn from a fixed seed, in single-threaded float maths.
internal sealed class SoftmaxRegression
{
    private readonly float[] weights;

    private SoftmaxRegression(IReadOnlyList<string> classes, float[] weights)
    {
        Classes = classes;
        this.weights = weights;
    }

    public IReadOnlyList<string> Classes { get; }

    public static SoftmaxRegression Train(
        IReadOnlyList<(SparseVector Features, string Label)> examples,
        IReadOnlyList<string> classes,
        SoftmaxTraining settings)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(classes);
        ArgumentNullException.ThrowIfNull(settings);
        var count = classes.Count;
        var weights = new float[TriageFeatures.Buckets * count];
        var labels = examples.Select(example => IndexOf(classes, example.Label)).ToArray();

        // Each class weighs as much in total as any other (within limits), because macro-F1 counts a rare
        // form such as organ removal as much as a common one.
        var perClass = new int[count];
        foreach (var label in labels)
        {
            perClass[label]++;
        }

        var present = perClass.Count(n => n > 0);
        var classWeight = perClass
            .Select(n => n == 0 ? 0f : Math.Clamp((float)labels.Length / (present * n), settings.MinClassWeight, settings.MaxClassWeight))
            .ToArray();

        var random = new Random(settings.Seed);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var scores = new float[count];
        var step = 0;
        for (var epoch = 0; epoch < settings.Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var i in order)
            {
                var features = examples[i].Features;
                Score(weights, count, features, scores);
                Softmax(scores);
                var rate = settings.LearningRate / (1f + (settings.Decay * step++));
                var shrink = 1f - (rate * settings.L2);
                for (var c = 0; c < count; c++)
                {
                    scores[c] = (scores[c] - (c == labels[i] ? 1f : 0f)) * classWeight[labels[i]] * rate;
                }

                for (var f = 0; f < features.Indices.Length; f++)
                {
                    var offset = features.Indices[f] * count;
                    var value = features.Values[f];
                    for (var c = 0; c < count; c++)
                    {
                        weights[offset + c] = (weights[offset + c] * shrink) - (scores[c] * value);
                    }
                }
            }
        }

        return new SoftmaxRegression(classes, weights);
    }

    public int ClassCount => Classes.Count;

    // Lays this regression's weights into a table shared with other regressions: row b, from column on, holds
    // the weights of feature bucket b, one per class (TriageModel scores all its fields in one pass).
    public void CopyWeightsTo(float[] rows, int stride, int column)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var count = Classes.Count;
        for (var bucket = 0; bucket < TriageFeatures.Buckets; bucket++)
        {
            weights.AsSpan(bucket * count, count).CopyTo(rows.AsSpan((bucket * stride) + column, count));
        }
    }

    public int IndexOf(string label) => IndexOf(Classes, label);

    private static void Score(float[] weights, int count, SparseVector features, float[] scores)
    {
        Array.Clear(scores);
        for (var f = 0; f < features.Indices.Length; f++)
        {
            var offset = features.Indices[f] * count;
            var value = features.Values[f];
            for (var c = 0; c < count; c++)
            {
                scores[c] += weights[offset + c] * value;
            }
        }
    }

    // Scores in, probabilities out, in place.
    public static void Softmax(Span<float> scores)
    {
        var max = float.NegativeInfinity;
        foreach (var score in scores)
        {
            max = MathF.Max(max, score);
        }

        var sum = 0f;
        for (var c = 0; c < scores.Length; c++)
        {
            scores[c] = MathF.Exp(scores[c] - max);
            sum += scores[c];
        }

        for (var c = 0; c < scores.Length; c++)
        {
            scores[c] /= sum;
        }
    }

    private static int IndexOf(IReadOnlyList<string> classes, string label)
    {
        for (var i = 0; i < classes.Count; i++)
        {
            if (string.Equals(classes[i], label, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new ArgumentException($"'{label}' is not one of the classes {string.Join(", ", classes)}.", nameof(label));
    }
}
