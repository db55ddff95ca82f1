using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Hotline.Telemetry;

namespace Hotline.Tests.Telemetry;

public sealed record RecordedMeasurement(string Instrument, double Value, IReadOnlyDictionary<string, string?> Tags);

// Everything recorded on the Hotline meter while it lives, whichever process part recorded it.
public sealed class MetricRecorder : IDisposable
{
    readonly MeterListener _listener = new();
    readonly ConcurrentQueue<RecordedMeasurement> _measurements = new();

    public MetricRecorder()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == HotlineMetrics.MeterName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.Start();
    }

    public IReadOnlyList<RecordedMeasurement> Of(string instrument) =>
        _measurements.Where(measurement => measurement.Instrument == instrument).ToList();

    public void Dispose() => _listener.Dispose();

    void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var tagged = new Dictionary<string, string?>();
        foreach (var (key, tag) in tags)
        {
            tagged[key] = tag?.ToString();
        }

        _measurements.Enqueue(new RecordedMeasurement(instrument.Name, value, tagged));
    }
}
