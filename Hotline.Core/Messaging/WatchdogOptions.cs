namespace Hotline.Messaging;

// The Watchdog section: how the worker watches its own consumers (see ConsumerWatchdog).
public sealed class WatchdogOptions
{
    public const string Section = "Watchdog";

    public bool Enabled { get; set; } = true;

    // How often it asks MassTransit and the broker.
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(5);

    // How long a queue may go without a working consumer, while the broker is up, before the
    // endpoint is restarted, and again after the restart before the worker stops. Long enough
    // for MassTransit's own reconnect after a broker restart (a few seconds).
    public TimeSpan StallTimeout { get; set; } = TimeSpan.FromSeconds(60);

    // How long stopping and starting an endpoint may take before it counts as failed. Stopping
    // waits for the messages in flight, whose quick retries take about half a minute.
    public TimeSpan RestartTimeout { get; set; } = TimeSpan.FromMinutes(1);
}
