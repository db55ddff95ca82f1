using Dapper;
using Hotline.Data;

namespace Hotline.Reports;

// Contacts of one month with one label of one breakdown (Dimension: channel, category, urgency,
// caller_role, language or outcome); Label is '' where it is not known (not triaged, no outcome).
// Settable properties rather than a constructor: Dapper converts the column types the two
// databases return (a long in SQLite, an int in SQL Server) only for properties.
public sealed record LabelCount
{
    public string Month { get; init; } = "";

    public string Dimension { get; init; } = "";

    public string Label { get; init; } = "";

    public long Contacts { get; init; }
}

// Alerts of one month acknowledged after AckSeconds (-1: not acknowledged), and how many of them
// went beyond their first step.
public sealed record AlertCount
{
    public string Month { get; init; } = "";

    public long AckSeconds { get; init; }

    public long Alerts { get; init; }

    public long Escalated { get; init; }
}

// Reads the counts the triggers of migration 0006 keep, so a report never scans the contacts: one
// row per month and label (a few hundred a year), and one per month and second of acknowledgement.
public sealed class ReportStore(HotlineDatabase database)
{
    // The values of report_label_counts.dimension (report_dimensions).
    public const string Channel = "channel";
    public const string Category = "category";
    public const string Urgency = "urgency";
    public const string CallerRole = "caller_role";
    public const string Language = "language";
    public const string Outcome = "outcome";

    const string LabelCountsSql = """
        SELECT local_month AS Month, dimension AS Dimension, label AS Label, contacts AS Contacts
        FROM report_label_counts
        WHERE local_month >= @From AND local_month <= @To AND contacts <> 0
        """;

    const string AlertCountsSql = """
        SELECT local_month AS Month, ack_seconds AS AckSeconds, SUM(alerts) AS Alerts,
               SUM(CASE WHEN escalated = 1 THEN alerts ELSE 0 END) AS Escalated
        FROM report_alert_counts
        WHERE local_month >= @From AND local_month <= @To
        GROUP BY local_month, ack_seconds
        HAVING SUM(alerts) <> 0
        """;

    public async Task<(IReadOnlyList<LabelCount> Labels, IReadOnlyList<AlertCount> Alerts)> ReadAsync(
        DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var range = new { From = ReportMonths.Format(from), To = ReportMonths.Format(to) };
        await using var connection = await database.OpenAsync(cancellationToken);
        var labels = await connection.QueryAsync<LabelCount>(new CommandDefinition(LabelCountsSql, range, cancellationToken: cancellationToken));
        var alerts = await connection.QueryAsync<AlertCount>(new CommandDefinition(AlertCountsSql, range, cancellationToken: cancellationToken));
        return (labels.AsList(), alerts.AsList());
    }
}
