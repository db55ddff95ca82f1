namespace Hotline.Reports;

// The columns of an import-contacts file (README, "Reports"). The header names them, in any order.
public static class HistoricalColumns
{
    public const string ReceivedAt = "received_at";
    public const string Channel = "channel";
    public const string Category = "category";
    public const string Urgency = "urgency";
    public const string CallerRole = "caller_role";
    public const string Language = "language";
    public const string Outcome = "outcome";
    public const string SourceId = "source_id";
    public const string AckSeconds = "ack_seconds";
    public const string Escalated = "escalated";

    public static IReadOnlyList<string> Required { get; } = [ReceivedAt, Channel, Category, Urgency, CallerRole, Language, Outcome];

    public static IReadOnlyList<string> Optional { get; } = [SourceId, AckSeconds, Escalated];
}
