using System.Diagnostics.Metrics;
using Hotline.Api.Intake;
using Hotline.Telemetry;
using Microsoft.Data.Sqlite;

namespace Hotline.Api.Health;

// hotline.spool.depth: the webhooks this instance holds that the broker has not taken yet. Read
// at each scrape from the spool file; owned by the meter provider, so a stopped host stops
// reporting its spool.
public sealed class SpoolDepthGauge : IDisposable
{
    readonly Meter _meter = new(HotlineMetrics.MeterName);

    public SpoolDepthGauge(IntakeSpool spool)
    {
        _meter.CreateObservableGauge(
            "hotline.spool.depth",
            () => Read(spool),
            "{message}",
            "Messages in this API instance's intake spool, waiting for the broker");
    }

    public void Dispose() => _meter.Dispose();

    // No value rather than a wrong one when the spool can't be read: its health check says why.
    static IEnumerable<Measurement<int>> Read(IntakeSpool spool)
    {
        int depth;
        try
        {
            depth = spool.CountAsync(CancellationToken.None).GetAwaiter().GetResult();
        }
        catch (SqliteException)
        {
            yield break;
        }

        yield return new Measurement<int>(depth);
    }
}
