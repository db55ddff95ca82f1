namespace Hotline.Triage;

// Feature buckets in ascending order with their values; a message has a few hundred of 2^18.
internal sealed record SparseVector(int[] Indices, float[] Values);
