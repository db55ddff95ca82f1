using Dapper;
using Hotline.Configuration;
using Hotline.Data;

namespace Hotline.Duty;

// What the dashboard's duty view reads: the contacts whose alert went to a staff member.
public sealed class DutyStore(HotlineDatabase database)
{
    // The contact's own triage first; the alert's copy where the contact has none (the alert is
    // written from the same ContactTriaged, so they agree when both are there). Caller role and
    // indicators exist on the contact only.
    const string ContactColumns = """
        c.id AS ContactId, c.received_at AS ReceivedAt, c.channel AS Channel,
        COALESCE(c.category, a.category) AS Category, COALESCE(c.urgency, a.urgency) AS Urgency,
        c.caller_role AS CallerRole, COALESCE(c.contact_safety, a.contact_safety) AS ContactSafety,
        COALESCE(c.language, a.language) AS Language, c.indicators AS Indicators,
        COALESCE(c.interpreter_needed, a.interpreter_needed) AS InterpreterNeeded,
        a.id AS AlertId, a.created_at AS AlertCreatedAt, a.step AS Step, a.acknowledged_at AS AcknowledgedAt,
        a.acknowledged_by AS AcknowledgedBy, a.closed_at AS ClosedAt,
        CASE WHEN EXISTS (SELECT 1 FROM alert_deliveries d
                          WHERE d.alert_id = a.id AND d.staff_id = @StaffId AND d.kind = 'alert') THEN 1 ELSE 0 END AS SentToMe
        """;

    // A coordinator also sees every alert nobody has acknowledged yet, including those closed
    // unanswered after the last round: those are the ones that need them.
    const string Filter = """
        WHERE a.created_at >= @Since
          AND (EXISTS (SELECT 1 FROM alert_deliveries d WHERE d.alert_id = a.id AND d.staff_id = @StaffId AND d.kind = 'alert')
               OR (@Coordinator = 1 AND a.acknowledged_at IS NULL))
        ORDER BY c.received_at DESC, a.id DESC
        """;

    const string ContactsSqliteSql = "SELECT " + ContactColumns + """

        FROM alerts a
        JOIN contacts c ON c.id = a.contact_id

        """ + Filter + "\nLIMIT @Limit";

    const string ContactsSqlServerSql = "SELECT TOP (@Limit) " + ContactColumns + """

        FROM alerts a
        JOIN contacts c ON c.id = a.contact_id

        """ + Filter;

    // Newest first, alerts created since the given instant, at most limit of them.
    public async Task<IReadOnlyList<DutyContact>> ContactsAsync(
        long staffId, bool coordinator, DateTimeOffset since, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<ContactRow>(new CommandDefinition(
            database.Kind == DatabaseKind.Sqlite ? ContactsSqliteSql : ContactsSqlServerSql,
            new { StaffId = staffId, Coordinator = coordinator, Since = since.UtcDateTime, Limit = limit },
            cancellationToken: cancellationToken));
        return rows.Select(row => row.ToContact()).ToList();
    }

    const string AlertAccessSql = """
        SELECT a.id AS AlertId,
               CASE WHEN EXISTS (SELECT 1 FROM alert_deliveries d
                                 WHERE d.alert_id = a.id AND d.staff_id = @StaffId AND d.kind = 'alert') THEN 1 ELSE 0 END AS SentToMe
        FROM alerts a
        WHERE a.id = @AlertId
        """;

    // The same rule as "OK 4821" by SMS: the people the alert was sent to, and the coordinators.
    public async Task<AlertAccess> AccessAsync(long alertId, long staffId, bool coordinator, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<AccessRow>(new CommandDefinition(
            AlertAccessSql, new { AlertId = alertId, StaffId = staffId }, cancellationToken: cancellationToken));
        return row switch
        {
            null => AlertAccess.NoSuchAlert,
            { SentToMe: true } => AlertAccess.Allowed,
            _ when coordinator => AlertAccess.Allowed,
            _ => AlertAccess.NotSentToThisPerson,
        };
    }

    static DateTimeOffset Utc(DateTime stored) => new(DateTime.SpecifyKind(stored, DateTimeKind.Utc));

    sealed record AccessRow
    {
        public long AlertId { get; init; }

        public bool SentToMe { get; init; }
    }

    // Property-shaped, so that Dapper converts SQLite's 64-bit integers and text timestamps.
    sealed record ContactRow
    {
        public long ContactId { get; init; }

        public DateTime ReceivedAt { get; init; }

        public string Channel { get; init; } = "";

        public string Category { get; init; } = "";

        public string Urgency { get; init; } = "";

        public string? CallerRole { get; init; }

        public string ContactSafety { get; init; } = "";

        public string Language { get; init; } = "";

        public string? Indicators { get; init; }

        public bool InterpreterNeeded { get; init; }

        public long AlertId { get; init; }

        public DateTime AlertCreatedAt { get; init; }

        public int Step { get; init; }

        public DateTime? AcknowledgedAt { get; init; }

        public string? AcknowledgedBy { get; init; }

        public DateTime? ClosedAt { get; init; }

        public bool SentToMe { get; init; }

        public DutyContact ToContact() => new(
            ContactId,
            Utc(ReceivedAt),
            Channel,
            new DutyTriage(
                Category,
                Urgency,
                CallerRole,
                ContactSafety,
                Language,
                (Indicators ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                InterpreterNeeded),
            new DutyAlert(
                AlertId,
                Utc(AlertCreatedAt),
                Step,
                AcknowledgedAt is { } acknowledged ? Utc(acknowledged) : null,
                AcknowledgedBy,
                ClosedAt is { } closed ? Utc(closed) : null,
                SentToMe));
    }
}
