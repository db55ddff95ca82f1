using System.Collections.ObjectModel;
using System.Diagnostics;

namespace Hotline.Tests.Telemetry;

// The in-memory exporter adds from the threads that end spans, while the test reads.
public sealed class ExportedSpans : Collection<Activity>
{
    readonly Lock _gate = new();

    public List<Activity> Snapshot()
    {
        lock (_gate)
        {
            return [.. this];
        }
    }

    protected override void InsertItem(int index, Activity item)
    {
        lock (_gate)
        {
            base.InsertItem(index, item);
        }
    }
}
