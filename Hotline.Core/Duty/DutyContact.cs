namespace Hotline.Duty;

// A contact as the duty view shows it: its triage and its alert, never the caller's number or
// words (those stay sealed in contacts).
public sealed record DutyContact(long ContactId, DateTimeOffset ReceivedAt, string Channel, DutyTriage Triage, DutyAlert Alert);

public sealed record DutyTriage(
    string Category,
    string Urgency,
    string? CallerRole,
    string ContactSafety,
    string Language,
    IReadOnlyList<string> Indicators,
    bool InterpreterNeeded);

// SentToMe: whether this staff member got the alert by SMS (a coordinator also sees the others).
public sealed record DutyAlert(
    long Id,
    DateTimeOffset CreatedAt,
    int Step,
    DateTimeOffset? AcknowledgedAt,
    string? AcknowledgedBy,
    DateTimeOffset? ClosedAt,
    bool SentToMe);

// Who may acknowledge an alert through the dashboard.
public enum AlertAccess
{
    NoSuchAlert,
    NotSentToThisPerson,
    Allowed,
}
