namespace Hotline.Alerts;

// The Alerts configuration section: how long an unacknowledged alert waits before it goes to the
// next person, and how often the worker looks.
public sealed class AlertOptions
{
    public const string Section = "Alerts";

    // Keyed by urgency (immediate, high, normal, low).
    public Dictionary<string, TimeSpan> EscalateAfter { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["immediate"] = TimeSpan.FromMinutes(2),
        ["high"] = TimeSpan.FromMinutes(10),
        ["normal"] = TimeSpan.FromMinutes(30),
        ["low"] = TimeSpan.FromMinutes(60),
    };

    // Rounds of primary → backup → coordinators before the alert is left to the dashboard.
    public int Rounds { get; set; } = 3;

    // How often the worker looks for due escalations and unsent messages; the first alert of a
    // contact does not wait for it.
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    // Local time (Europe/Copenhagen) of the daily SMS to coordinators that counts the contacts
    // without signs of trafficking, which alert nobody.
    public TimeOnly DailySummaryAt { get; set; } = new(8, 0);

    // Attempts at a message Twilio keeps answering 429 or 5xx to, before it counts as failed.
    public int SendAttempts { get; set; } = 5;

    public TimeSpan WaitFor(string urgency) =>
        EscalateAfter.TryGetValue(urgency, out var wait) ? wait : EscalateAfter.Values.Min();
}
