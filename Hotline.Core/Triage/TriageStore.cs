using Dapper;
using Hotline.Data;

namespace Hotline.Triage;

// The triage columns of contacts.
public sealed class TriageStore(HotlineDatabase database, TimeProvider time)
{
    const string SaveTriageSql = """
        UPDATE contacts
        SET category = @Category, urgency = @Urgency, caller_role = @CallerRole, contact_safety = @ContactSafety,
            language = @Language, indicators = @Indicators, interpreter_needed = @InterpreterNeeded, triaged_at = @TriagedAt
        WHERE id = @ContactId AND triaged_at IS NULL
        """;

    const string FindTriageSql = """
        SELECT category AS Category, urgency AS Urgency, caller_role AS CallerRole, contact_safety AS ContactSafety,
               language AS Language, indicators AS Indicators, interpreter_needed AS InterpreterNeeded
        FROM contacts
        WHERE id = @ContactId AND triaged_at IS NOT NULL
        """;

    // The first triage of a contact wins: a redelivered message gets back what was stored, so
    // that what is routed always matches what the database says.
    public async Task<TriageResult> SaveAsync(long contactId, TriageResult triage, CancellationToken cancellationToken)
    {
        var parameters = Columns(triage, time.GetUtcNow().UtcDateTime);
        parameters.Add("ContactId", contactId);
        var updated = await database.ExecuteAsync(SaveTriageSql, parameters, cancellationToken);
        if (updated == 1)
        {
            return triage;
        }

        return await FindAsync(contactId, cancellationToken)
            ?? throw new InvalidOperationException($"Contact {contactId} does not exist, so its triage cannot be stored.");
    }

    // The triage columns' parameters, as this UPDATE and ContactStore's INSERT of a triaged SMS
    // write them (indicators comma-separated, as TriageRow reads them); all null for no triage.
    public static DynamicParameters Columns(TriageResult? triage, DateTime triagedAt) => new(new
    {
        triage?.Category,
        triage?.Urgency,
        triage?.CallerRole,
        triage?.ContactSafety,
        triage?.Language,
        Indicators = triage is null ? null : string.Join(',', triage.Indicators),
        triage?.InterpreterNeeded,
        TriagedAt = triage is null ? (DateTime?)null : triagedAt,
    });

    public async Task<TriageResult?> FindAsync(long contactId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<TriageRow>(new CommandDefinition(
            FindTriageSql, new { ContactId = contactId }, cancellationToken: cancellationToken));
        return row?.ToResult();
    }

    sealed record TriageRow
    {
        public string Category { get; init; } = "";

        public string Urgency { get; init; } = "";

        public string CallerRole { get; init; } = "";

        public string ContactSafety { get; init; } = "";

        public string Language { get; init; } = "";

        public string Indicators { get; init; } = "";

        public bool InterpreterNeeded { get; init; }

        public TriageResult ToResult() => new(
            Category,
            Urgency,
            CallerRole,
            ContactSafety,
            Language,
            Indicators.Split(',', StringSplitOptions.RemoveEmptyEntries),
            InterpreterNeeded);
    }
}
