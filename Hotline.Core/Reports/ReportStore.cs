using Dapper;
using Hotline.Data;

namespace Hotline.Reports;

// One row of report_contact_counts: '' where a label is not known (not triaged, no outcome).
// Settable properties rather than a constructor: Dapper converts the column types the two
// databases return (INTEGER is a long in SQLite, an int in SQL Server) only for properties.
public sealed record ContactCount
{
    public string Month { get; init; } = "";

    public string Channel { get; init; } = "";

    public string Category { get; init; } = "";

    public string Urgency { get; init; } = "";

    public string CallerRole { get; init; } = "";

    public string Language { get; init; } = "";

    public string Outcome { get; init; } = "";

    public long Contacts { get; init; }
}

// One row of report_alert_counts: AckSeconds is -1 for an alert not acknowledged.
public sealed record AlertCount
{
    public string Month { get; init; } = "";

    public long AckSeconds { get; init; }

    public bool Escalated { get; init; }

    public long Alerts { get; init; }
}

// Reads the counts the triggers of migration 0006 keep: a few thousand rows a year, whatever the
// number of contacts, so a report never scans the contacts themselves.
public sealed class ReportStore(HotlineDatabase database)
{
    const string ContactCountsSql = """
        SELECT local_month AS Month, channel AS Channel, category AS Category, urgency AS Urgency, caller_role AS CallerRole,
               language AS Language, outcome AS Outcome, contacts AS Contacts
        FROM report_contact_counts
        WHERE local_month >= @From AND local_month <= @To AND contacts <> 0
        """;

    const string AlertCountsSql = """
        SELECT local_month AS Month, ack_seconds AS AckSeconds, escalated AS Escalated, alerts AS Alerts
        FROM report_alert_counts
        WHERE local_month >= @From AND local_month <= @To AND alerts <> 0
        """;

    public async Task<(IReadOnlyList<ContactCount> Contacts, IReadOnlyList<AlertCount> Alerts)> ReadAsync(
        DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var range = new { From = ReportMonths.Format(from), To = ReportMonths.Format(to) };
        await using var connection = await database.OpenAsync(cancellationToken);
        var contacts = await connection.QueryAsync<ContactCount>(new CommandDefinition(ContactCountsSql, range, cancellationToken: cancellationToken));
        var alerts = await connection.QueryAsync<AlertCount>(new CommandDefinition(AlertCountsSql, range, cancellationToken: cancellationToken));
        return (contacts.AsList(), alerts.AsList());
    }
}
