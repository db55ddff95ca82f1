namespace Hotline.Retention;

// The Retention configuration section: how long a contact keeps its personal data.
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    // After this, a contact's number, text, transcript and recording are erased; what the reports
    // count (channel, time, triage, outcome, alert timings) stays.
    public TimeSpan AnonymiseAfter { get; set; } = TimeSpan.FromDays(365);

    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);
}
