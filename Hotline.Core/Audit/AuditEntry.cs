namespace Hotline.Audit;

public sealed record AuditEntry
{
    public long Id { get; init; }

    public DateTime At { get; init; }

    public string Actor { get; init; } = "";

    public string Action { get; init; } = "";

    public string? Target { get; init; }

    public string? Detail { get; init; }
}

// A page of the log, newest first; Before is the id to pass for the next page.
public sealed record AuditPage(IReadOnlyList<AuditEntry> Entries, long? Before);

public sealed record AuditQuery(DateTime? From, DateTime? To, string? Actor, string? Action, long? Before, int Limit);
