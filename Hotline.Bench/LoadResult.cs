namespace Hotline.Bench;

// What a load run measured: each request's latency in milliseconds (NaN when it failed) and how
// long the run took.
public sealed class LoadResult(double[] latencies, double seconds)
{
    readonly double[] _succeeded = [.. latencies.Where(latency => !double.IsNaN(latency)).Order()];

    public int Sent => latencies.Length;

    public int Failed => latencies.Length - _succeeded.Length;

    public double Seconds => seconds;

    public double PerSecond => _succeeded.Length / seconds;

    // Nearest rank: the latency that `fraction` of the answered requests did not exceed.
    public double Percentile(double fraction) => Percentile(_succeeded, fraction);

    // Nearest rank over sorted values.
    public static double Percentile(IReadOnlyList<double> sorted, double fraction) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Count) - 1, 0, sorted.Count - 1)];
}
