namespace Hotline.Triage;

// What the statistical model sees of a message: character 3- to 5-grams of every folded word (so "pasport",
// "paszport" and "passport" share most of their features, in any of the 14 languages, and Thai runs without
// spaces still yield pieces), whole words and word pairs, and, optionally, the indicators the lexicons fired.
// Features are hashed into a fixed number of buckets, so the model needs no vocabulary and unseen words cost
// nothing; collisions at 2^18 buckets and ~1,000 short messages are rare enough not to matter.
internal static class TriageFeatures
{
    public const int Bits = 18;
    public const int Buckets = 1 << Bits;

    private const int MinGram = 3;
    private const int MaxGram = 5;

    // Unspaced scripts come as one long token per clause: bound the n-grams taken from one token.
    private const int MaxTokenLength = 200;

    private const uint GramSeed = 2166136261;
    private const uint WordSeed = 0x9E3779B9;
    private const uint PairSeed = 0x85EBCA6B;
    private const uint IndicatorSeed = 0xC2B2AE35;
    private const uint BiasSeed = 0x27D4EB2F;

    public static SparseVector Extract(NormalizedText text, IReadOnlyList<string>? indicators) =>
        indicators is null ? Extract(text) : WithIndicators(Extract(text), indicators);

    // The same words with the lexicons' indicators added, without extracting the n-grams again.
    public static SparseVector WithIndicators(SparseVector words, IReadOnlyList<string> indicators)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(indicators);
        var buckets = indicators.Select(indicator => Bucket(Hash(IndicatorSeed, indicator))).Distinct().ToList();
        var added = buckets.Where(bucket => Array.BinarySearch(words.Indices, bucket) < 0).ToArray();
        var indices = new int[words.Indices.Length + added.Length];
        var values = new float[indices.Length];
        words.Indices.CopyTo(indices, 0);
        words.Values.CopyTo(values, 0);
        foreach (var bucket in buckets)
        {
            var at = Array.BinarySearch(words.Indices, bucket);
            if (at >= 0)
            {
                values[at] = 1f;
            }
        }

        added.CopyTo(indices, words.Indices.Length);
        values.AsSpan(words.Indices.Length).Fill(1f);
        Array.Sort(indices, values);
        return new SparseVector(indices, values);
    }

    // Hashes collected in a list and sorted, then counted in one pass: a dictionary per message cost as much as
    // the rest of the model.
    private static SparseVector Extract(NormalizedText text)
    {
        var buckets = new List<int>(text.Compact.Length * 4);
        Span<char> padded = stackalloc char[MaxTokenLength + 2];
        string? previous = null;
        foreach (var token in text.Tokens)
        {
            var length = Math.Min(token.Length, MaxTokenLength);
            padded[0] = '<';
            token.AsSpan(0, length).CopyTo(padded[1..]);
            padded[length + 1] = '>';
            var word = padded[..(length + 2)];
            for (var n = MinGram; n <= MaxGram; n++)
            {
                for (var start = 0; start + n <= word.Length; start++)
                {
                    buckets.Add(Bucket(Hash(GramSeed, word.Slice(start, n))));
                }
            }

            buckets.Add(Bucket(Hash(WordSeed, token)));
            if (previous is not null)
            {
                buckets.Add(Bucket(Hash(Hash(PairSeed, previous), token)));
            }

            previous = token;
        }

        buckets.Sort();
        var indices = new List<int>(buckets.Count + 1);
        var counts = new List<float>(buckets.Count + 1);
        foreach (var bucket in buckets)
        {
            if (indices.Count > 0 && indices[^1] == bucket)
            {
                counts[^1]++;
            }
            else
            {
                indices.Add(bucket);
                counts.Add(1f);
            }
        }

        // Text features are scaled to unit length, so a long voicemail does not outweigh the indicators.
        var norm = 0f;
        foreach (var count in counts)
        {
            norm += count * count;
        }

        var scale = norm > 0 ? 1f / MathF.Sqrt(norm) : 0f;
        for (var i = 0; i < counts.Count; i++)
        {
            counts[i] *= scale;
        }

        var bias = Bucket(BiasSeed);
        var at = indices.BinarySearch(bias);
        if (at >= 0)
        {
            counts[at] = 1f;
        }
        else
        {
            indices.Insert(~at, bias);
            counts.Insert(~at, 1f);
        }

        return new SparseVector([.. indices], [.. counts]);
    }

    private static int Bucket(uint hash) => (int)(hash & (Buckets - 1));

    // FNV-1a over UTF-16 units, then a final mix so the low bits (the bucket) depend on every character.
    private static uint Hash(uint seed, ReadOnlySpan<char> chars)
    {
        var hash = seed;
        foreach (var c in chars)
        {
            hash = (hash ^ c) * 16777619;
        }

        hash ^= hash >> 15;
        hash *= 0x2C1B3C6D;
        hash ^= hash >> 12;
        return hash;
    }
}
