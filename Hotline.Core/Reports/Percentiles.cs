namespace Hotline.Reports;

public static class Percentiles
{
    // The p-th percentile (0..1) of the values a histogram (value → how many, ascending) holds,
    // interpolated between the two nearest ranks as spreadsheets and numpy do by default. The
    // counts are summed per month and year, so the percentiles of a year are exact, not averaged.
    public static double? Of(IReadOnlyList<KeyValuePair<long, long>> histogram, double p)
    {
        var count = histogram.Sum(bucket => bucket.Value);
        if (count == 0)
        {
            return null;
        }

        var rank = (count - 1) * p;
        var below = (long)Math.Floor(rank);
        var low = ValueAt(histogram, below);
        var high = ValueAt(histogram, Math.Min(below + 1, count - 1));
        return low + ((high - low) * (rank - below));
    }

    static long ValueAt(IReadOnlyList<KeyValuePair<long, long>> histogram, long rank)
    {
        var seen = 0L;
        foreach (var (value, count) in histogram)
        {
            seen += count;
            if (rank < seen)
            {
                return value;
            }
        }

        return histogram[^1].Key;
    }
}
