namespace Hotline.Triage;

// Feature buckets in ascending order with their values; a message has a few hundred of 2^18.
internal sealed record SparseVector(int[] Indices, float[] Values)
{
    public static SparseVector From(IReadOnlyDictionary<int, float> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        var indices = features.Keys.Order().ToArray();
        return new SparseVector(indices, indices.Select(index => features[index]).ToArray());
    }
}
