namespace Hotline.Contracts;

// The triage of a stored contact, for routing and alerting. Labels are the values of
// shared/triage/taxonomy.md; no personal data.
public sealed record ContactTriaged
{
    public required long ContactId { get; init; }

    public required string SourceSid { get; init; }

    public required string Channel { get; init; }

    public required string Category { get; init; }

    public required string Urgency { get; init; }

    public required string CallerRole { get; init; }

    public required string ContactSafety { get; init; }

    public required string Language { get; init; }

    public required IReadOnlyList<string> Indicators { get; init; }

    public bool InterpreterNeeded { get; init; }
}
