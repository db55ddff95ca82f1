using System.Diagnostics.Metrics;
using Hotline.Alerts;

namespace Hotline.Telemetry;

// The hotline's own figures, on one Meter that both processes export. Static, like an
// ActivitySource: the OpenTelemetry SDK subscribes to it by name, and the stores and services that
// record are built by hand in tests, which an IMeterFactory would have to be threaded through.
// Tags are channels, kinds, tiers and queue names: never anything about a caller or a staff member.
public static class HotlineMetrics
{
    public const string MeterName = "Hotline";

    static readonly Meter Meter = new(MeterName);

    static readonly Counter<long> ContactsReceived = Meter.CreateCounter<long>(
        "hotline.contacts.received", "{contact}", "New contacts stored, by channel (a repeated webhook is not counted again)");

    static readonly Counter<long> AlertsSent = Meter.CreateCounter<long>(
        "hotline.alerts.sent", "{sms}", "SMS to staff accepted by Twilio, by kind (alert, reply, summary) and, for alerts, tier");

    static readonly Counter<long> Escalations = Meter.CreateCounter<long>(
        "hotline.alerts.escalations", "{step}", "Escalation steps taken after an alert's first, by the tier they went to");

    static readonly Counter<long> Unanswered = Meter.CreateCounter<long>(
        "hotline.alerts.unanswered", "{alert}", "Alerts closed unacknowledged after every round");

    static readonly Histogram<double> TimeToAcknowledge = Meter.CreateHistogram(
        "hotline.alerts.time_to_acknowledge", "s", "From an alert's creation to its first acknowledgement",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 14_400] });

    static readonly Histogram<double> ConsumeLag = Meter.CreateHistogram(
        "hotline.consume.lag", "s", "From a message's publication to the start of its consumption, by queue",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.01, 0.05, 0.1, 0.5, 1, 5, 10, 30, 60, 300, 900, 3600] });

    public static void ContactReceived(string channel) =>
        ContactsReceived.Add(1, new KeyValuePair<string, object?>("channel", channel));

    public static void SmsSent(string kind, int step)
    {
        if (kind == "alert")
        {
            AlertsSent.Add(1, new KeyValuePair<string, object?>("kind", kind), new KeyValuePair<string, object?>("tier", TierName(step)));
        }
        else
        {
            AlertsSent.Add(1, new KeyValuePair<string, object?>("kind", kind));
        }
    }

    // Step 0 is the first alert of a contact; every later step is an escalation.
    public static void StepTaken(int step)
    {
        if (step > 0)
        {
            Escalations.Add(1, new KeyValuePair<string, object?>("tier", TierName(step)));
        }
    }

    public static void ClosedUnanswered() => Unanswered.Add(1);

    public static void Acknowledged(TimeSpan sinceCreated) =>
        TimeToAcknowledge.Record(Math.Max(0, sinceCreated.TotalSeconds));

    // A negative lag is clock skew between the publishing and the consuming host.
    public static void Consumed(string queue, TimeSpan sincePublished) =>
        ConsumeLag.Record(Math.Max(0, sincePublished.TotalSeconds), new KeyValuePair<string, object?>("queue", queue));

    static string TierName(int step) => EscalationPlan.TierOf(step) switch
    {
        EscalationPlan.Tier.Primary => "primary",
        EscalationPlan.Tier.Backup => "backup",
        _ => "coordinators",
    };
}
