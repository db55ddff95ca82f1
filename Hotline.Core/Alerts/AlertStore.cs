using System.Data.Common;
using System.Security.Cryptography;
using Dapper;
using Hotline.Configuration;
using Hotline.Contracts;
using Hotline.Data;
using Hotline.Telemetry;

namespace Hotline.Alerts;

// Property-shaped rather than positional, so that Dapper converts SQLite's 64-bit integers.
public sealed record DueAlert
{
    public long Id { get; init; }

    public long ContactId { get; init; }

    public string Code { get; init; } = "";

    public int Step { get; init; }

    public string Channel { get; init; } = "";

    public string Category { get; init; } = "";

    public string Urgency { get; init; } = "";

    public string Language { get; init; } = "";

    public string ContactSafety { get; init; } = "";

    public bool InterpreterNeeded { get; init; }
}

// An SMS to one staff member, sealed, to be written with the step that sends it.
public sealed record NewDelivery(long StaffId, byte[] ToNumber, string KeyId, string Body, int? ValiditySeconds);

public enum AcknowledgementOutcome
{
    Acknowledged,
    AlreadyAcknowledged,
    NotAlertedToThisPerson,
    UnknownCode,
}

public sealed record Acknowledgement(AcknowledgementOutcome Outcome, long? AlertId, string? AcknowledgedBy);

// An alert as CreateAsync left it, with the messages of its first step it leased to the caller
// (none when the alert already existed).
public sealed record CreatedAlert(DueAlert Alert, IReadOnlyList<ClaimedDelivery> Leased);

// The alerts table: creation, the claim of each escalation step, acknowledgement.
public sealed class AlertStore(HotlineDatabase database, TimeProvider time)
{
    const string FindAlertByContactSql = """
        SELECT id AS Id, contact_id AS ContactId, code AS Code, step AS Step, channel AS Channel, category AS Category,
               urgency AS Urgency, language AS Language, contact_safety AS ContactSafety, interpreter_needed AS InterpreterNeeded
        FROM alerts
        WHERE contact_id = @ContactId
        """;

    const string InsertAlertSql = """
        INSERT INTO alerts (contact_id, code, channel, category, urgency, language, contact_safety, interpreter_needed, step, next_step_at, created_at)
        VALUES (@ContactId, @Code, @Channel, @Category, @Urgency, @Language, @ContactSafety, @InterpreterNeeded, @Step, @NextStepAt, @Now)
        """;

    // The new row's id from the same batch as the insert: SCOPE_IDENTITY() in a batch of its own is
    // NULL on SQL Server, and OUTPUT INSERTED is refused on a table with triggers (migration 0006).
    const string InsertAlertSqliteSql = InsertAlertSql + ";\nSELECT last_insert_rowid();";
    const string InsertAlertSqlServerSql = InsertAlertSql + ";\nSELECT CAST(SCOPE_IDENTITY() AS BIGINT);";

    // Idempotent on the contact: a redelivered ContactTriaged finds its alert. The code is random
    // among the codes no open alert has (FreeCodeAsync); the unique index on open codes turns a
    // clash with another worker's new alert into another draw.
    //
    // planFirstStep chooses the first step for the new alert (its messages carry the code), and
    // both are written in one transaction, the messages leased to the caller to send at once. Null
    // (nobody on duty at all) leaves the alert due now, at step -1, for the Escalator.
    public Task<CreatedAlert> CreateAsync(ContactTriaged contact, Func<DueAlert, PlannedStep?> planFirstStep, CancellationToken cancellationToken) =>
        database.WriteAsync((connection, transaction) => CreateAsync(connection, transaction, contact, planFirstStep, cancellationToken), cancellationToken);

    async Task<CreatedAlert> CreateAsync(
        DbConnection connection, DbTransaction transaction, ContactTriaged contact, Func<DueAlert, PlannedStep?> planFirstStep, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            if (await FindByContactAsync(connection, transaction, contact.ContactId, cancellationToken) is { } existing)
            {
                return new CreatedAlert(existing, []);
            }

            var alert = new DueAlert
            {
                ContactId = contact.ContactId,
                Code = await FreeCodeAsync(connection, transaction, cancellationToken),
                Step = -1,
                Channel = contact.Channel,
                Category = contact.Category,
                Urgency = contact.Urgency,
                Language = contact.Language,
                ContactSafety = contact.ContactSafety,
                InterpreterNeeded = contact.InterpreterNeeded,
            };
            try
            {
                return await InsertAsync(connection, transaction, alert, planFirstStep(alert), cancellationToken);
            }
            catch (DbException exception) when (HotlineDatabase.IsUniqueViolation(exception) && attempt < Races)
            {
                // Another worker created this contact's alert (found above next time) or took the
                // same free code in between: on SQL Server, where writes do not take turns. The
                // alert's INSERT is the attempt's first write, so the attempt left nothing behind.
            }
        }
    }

    async Task<CreatedAlert> InsertAsync(DbConnection connection, DbTransaction transaction, DueAlert alert, PlannedStep? firstStep, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var alertId = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            database.Kind == DatabaseKind.Sqlite ? InsertAlertSqliteSql : InsertAlertSqlServerSql,
            new
            {
                alert.ContactId,
                alert.Code,
                alert.Channel,
                alert.Category,
                alert.Urgency,
                alert.Language,
                alert.ContactSafety,
                alert.InterpreterNeeded,
                Step = firstStep?.Step ?? -1,
                NextStepAt = firstStep?.NextStepAt.UtcDateTime ?? now,
                Now = now,
            },
            transaction,
            cancellationToken: cancellationToken));
        var created = alert with { Id = alertId, Step = firstStep?.Step ?? -1 };

        var leased = new List<ClaimedDelivery>();
        foreach (var delivery in firstStep?.Deliveries ?? [])
        {
            var id = await InsertDeliveryAsync(connection, transaction, created.Id, created.Step, delivery, DeliveryStore.Lease, cancellationToken);
            leased.Add(new ClaimedDelivery
            {
                Id = id,
                AlertId = created.Id,
                StaffId = delivery.StaffId,
                Kind = "alert",
                Step = created.Step,
                ToNumber = delivery.ToNumber,
                KeyId = delivery.KeyId,
                Body = delivery.Body,
                ValiditySeconds = delivery.ValiditySeconds,
                Attempts = 1,
            });
        }

        return new CreatedAlert(created, leased);
    }

    const int Races = 8;

    const int ShortestCode = 4;
    const int LongestCode = 8;
    const int CandidatesPerLength = 8;

    const string OpenCodesAmongSql = """
        SELECT code FROM alerts
        WHERE closed_at IS NULL AND code IN (@Code0, @Code1, @Code2, @Code3, @Code4, @Code5, @Code6, @Code7)
        """;

    // Four digits are quick to type, but there are only 9,000 of them: a flood of contacts nobody
    // acknowledges (a number texting in a loop, say) once left every later contact without an
    // alert. So a code is a digit longer when eight random codes of the shorter length are all in
    // use (the column holds 8 digits). The eight are looked up at once: drawn one at a time, each
    // clash was a failed INSERT and an exception, eight or more for every alert once a flood had
    // taken the four-digit codes, which slowed alerting most when contacts came fastest.
    static async Task<string> FreeCodeAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        for (var digits = ShortestCode; digits <= LongestCode; digits++)
        {
            var candidates = NewCodes(digits);
            var parameters = new DynamicParameters();
            for (var i = 0; i < candidates.Count; i++)
            {
                parameters.Add("Code" + i, candidates[i]);
            }

            var taken = await connection.QueryAsync<string>(new CommandDefinition(OpenCodesAmongSql, parameters, transaction, cancellationToken: cancellationToken));
            if (candidates.Except(taken).FirstOrDefault() is { } free)
            {
                return free;
            }
        }

        throw new InvalidOperationException($"Every alert code drawn, up to {LongestCode} digits, belongs to an open alert.");
    }

    static List<string> NewCodes(int digits)
    {
        var lowest = (int)Math.Pow(10, digits - 1);
        var codes = new HashSet<string>();
        while (codes.Count < CandidatesPerLength)
        {
            codes.Add(RandomNumberGenerator.GetInt32(lowest, lowest * 10).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return [.. codes];
    }

    static Task<DueAlert?> FindByContactAsync(DbConnection connection, DbTransaction transaction, long contactId, CancellationToken cancellationToken) =>
        connection.QuerySingleOrDefaultAsync<DueAlert>(new CommandDefinition(FindAlertByContactSql, new { ContactId = contactId }, transaction, cancellationToken: cancellationToken));

    const string DueAlertsSqliteSql = """
        SELECT id AS Id, contact_id AS ContactId, code AS Code, step AS Step, channel AS Channel, category AS Category,
               urgency AS Urgency, language AS Language, contact_safety AS ContactSafety, interpreter_needed AS InterpreterNeeded
        FROM alerts
        WHERE closed_at IS NULL AND next_step_at <= @Now
        ORDER BY next_step_at
        LIMIT @Limit
        """;

    const string DueAlertsSqlServerSql = """
        SELECT TOP (@Limit) id AS Id, contact_id AS ContactId, code AS Code, step AS Step, channel AS Channel, category AS Category,
               urgency AS Urgency, language AS Language, contact_safety AS ContactSafety, interpreter_needed AS InterpreterNeeded
        FROM alerts
        WHERE closed_at IS NULL AND next_step_at <= @Now
        ORDER BY next_step_at
        """;

    public async Task<IReadOnlyList<DueAlert>> DueAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var sql = database.Kind == DatabaseKind.Sqlite ? DueAlertsSqliteSql : DueAlertsSqlServerSql;
        var due = await connection.QueryAsync<DueAlert>(new CommandDefinition(
            sql, new { Now = time.GetUtcNow().UtcDateTime, Limit = limit }, cancellationToken: cancellationToken));
        return due.AsList();
    }

    const string ClaimStepSql = """
        UPDATE alerts SET step = @NextStep, next_step_at = @NextStepAt
        WHERE id = @AlertId AND step = @CurrentStep AND closed_at IS NULL
        """;

    const string InsertAlertDeliverySql = """
        INSERT INTO alert_deliveries (alert_id, step, staff_id, kind, to_number, key_id, body, validity_seconds, status, attempts, next_attempt_at, lease_until, created_at, updated_at)
        VALUES (@AlertId, @Step, @StaffId, 'alert', @ToNumber, @KeyId, @Body, @ValiditySeconds, @Status, @Attempts, @Now, @LeaseUntil, @Now, @Now)
        """;

    const string InsertAlertDeliverySqliteSql = InsertAlertDeliverySql + ";\nSELECT last_insert_rowid();";
    const string InsertAlertDeliverySqlServerSql = InsertAlertDeliverySql + ";\nSELECT CAST(SCOPE_IDENTITY() AS BIGINT);";

    // Takes step nextStep of the alert if it is still at currentStep and open, and writes its
    // messages in the same transaction. Returns the new deliveries' ids, or null when another
    // worker took the step first or the alert was acknowledged meanwhile.
    public Task<IReadOnlyList<long>?> ClaimStepAsync(
        long alertId, int currentStep, int nextStep, DateTimeOffset nextStepAt, IReadOnlyList<NewDelivery> deliveries, CancellationToken cancellationToken) =>
        database.WriteAsync((connection, transaction) => ClaimStepAsync(connection, transaction, alertId, currentStep, nextStep, nextStepAt, deliveries, cancellationToken), cancellationToken);

    async Task<IReadOnlyList<long>?> ClaimStepAsync(
        DbConnection connection, DbTransaction transaction, long alertId, int currentStep, int nextStep, DateTimeOffset nextStepAt, IReadOnlyList<NewDelivery> deliveries, CancellationToken cancellationToken)
    {
        var claimed = await connection.ExecuteAsync(new CommandDefinition(
            ClaimStepSql,
            new { AlertId = alertId, CurrentStep = currentStep, NextStep = nextStep, NextStepAt = nextStepAt.UtcDateTime },
            transaction,
            cancellationToken: cancellationToken));
        if (claimed == 0)
        {
            return null;
        }

        var ids = new List<long>();
        foreach (var delivery in deliveries)
        {
            ids.Add(await InsertDeliveryAsync(connection, transaction, alertId, nextStep, delivery, lease: null, cancellationToken));
        }

        return ids;
    }

    // A message of an alert's step: pending, for the DeliveryDispatcher to claim, or already
    // leased (sending, first attempt) to the caller, who sends it next.
    async Task<long> InsertDeliveryAsync(
        DbConnection connection, DbTransaction transaction, long alertId, int step, NewDelivery delivery, TimeSpan? lease, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            database.Kind == DatabaseKind.Sqlite ? InsertAlertDeliverySqliteSql : InsertAlertDeliverySqlServerSql,
            new
            {
                AlertId = alertId,
                Step = step,
                delivery.StaffId,
                delivery.ToNumber,
                delivery.KeyId,
                delivery.Body,
                delivery.ValiditySeconds,
                Status = lease is null ? "pending" : "sending",
                Attempts = lease is null ? 0 : 1,
                LeaseUntil = now + lease,
                Now = now,
            },
            transaction,
            cancellationToken: cancellationToken));
    }

    const string PostponeSql = """
        UPDATE alerts SET next_step_at = @NextStepAt
        WHERE id = @AlertId AND step = @Step AND closed_at IS NULL
        """;

    // Nobody could be alerted at any tier (not even a coordinator): look again after the wait
    // rather than drop the alert.
    public Task PostponeAsync(long alertId, int step, DateTimeOffset nextStepAt, CancellationToken cancellationToken) =>
        database.ExecuteAsync(PostponeSql, new { AlertId = alertId, Step = step, NextStepAt = nextStepAt.UtcDateTime }, cancellationToken);

    // A delivery of this step failed: the next step is due now, not after the wait.
    public Task EscalateNowAsync(long alertId, int step, CancellationToken cancellationToken) =>
        database.ExecuteAsync(PostponeSql, new { AlertId = alertId, Step = step, NextStepAt = time.GetUtcNow().UtcDateTime }, cancellationToken);

    const string CloseUnansweredSql = """
        UPDATE alerts SET closed_at = @Now
        WHERE id = @AlertId AND step = @Step AND closed_at IS NULL
        """;

    // Every round went unanswered. The alert leaves the escalation loop but stays unacknowledged,
    // for the dashboard and the reports.
    public Task CloseUnansweredAsync(long alertId, int step, CancellationToken cancellationToken) =>
        database.ExecuteAsync(CloseUnansweredSql, new { AlertId = alertId, Step = step, Now = time.GetUtcNow().UtcDateTime }, cancellationToken);

    const string OpenAlertByCodeSql = """
        SELECT id FROM alerts WHERE code = @Code AND closed_at IS NULL
        """;

    const string WasAlertedSql = """
        SELECT COUNT(*) FROM alert_deliveries WHERE alert_id = @AlertId AND staff_id = @StaffId AND kind = 'alert'
        """;

    const string AcknowledgeSql = """
        UPDATE alerts SET acknowledged_at = @Now, acknowledged_by = @By, closed_at = COALESCE(closed_at, @Now)
        WHERE id = @AlertId AND acknowledged_at IS NULL
        """;

    const string LastAcknowledgedByCodeSql = """
        SELECT acknowledged_by FROM alerts
        WHERE code = @Code AND acknowledged_at IS NOT NULL
        ORDER BY acknowledged_at DESC
        """;

    // "OK 4821" from a staff phone: only someone the alert was sent to, or a coordinator, may
    // acknowledge it. The first acknowledgement wins; the rest learn who was first.
    public Task<Acknowledgement> AcknowledgeByCodeAsync(string code, long staffId, bool isCoordinator, CancellationToken cancellationToken) =>
        CountedAsync(database.WriteAsync((connection, transaction) => AcknowledgeByCodeAsync(connection, transaction, code, staffId, isCoordinator, cancellationToken), cancellationToken));

    async Task<Written> AcknowledgeByCodeAsync(
        DbConnection connection, DbTransaction transaction, string code, long staffId, bool isCoordinator, CancellationToken cancellationToken)
    {
        var alertId = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(OpenAlertByCodeSql, new { Code = code }, transaction, cancellationToken: cancellationToken));
        if (alertId is null)
        {
            var by = await connection.QueryFirstOrDefaultAsync<string>(new CommandDefinition(LastAcknowledgedByCodeSql, new { Code = code }, transaction, cancellationToken: cancellationToken));
            return new(by is null
                ? new Acknowledgement(AcknowledgementOutcome.UnknownCode, null, null)
                : new Acknowledgement(AcknowledgementOutcome.AlreadyAcknowledged, null, by));
        }

        var alerted = await connection.ExecuteScalarAsync<int>(new CommandDefinition(WasAlertedSql, new { AlertId = alertId, StaffId = staffId }, transaction, cancellationToken: cancellationToken));
        if (alerted == 0 && !isCoordinator)
        {
            return new(new Acknowledgement(AcknowledgementOutcome.NotAlertedToThisPerson, alertId, null));
        }

        return await AcknowledgeAsync(connection, transaction, alertId.Value, $"staff:{staffId}", cancellationToken);
    }

    const string AcknowledgedBySql = "SELECT acknowledged_by FROM alerts WHERE id = @AlertId";

    public Task<Acknowledgement> AcknowledgeByIdAsync(long alertId, string userName, CancellationToken cancellationToken) =>
        CountedAsync(database.WriteAsync((connection, transaction) => AcknowledgeAsync(connection, transaction, alertId, $"user:{userName}", cancellationToken), cancellationToken));

    // An acknowledgement and the time it took, which is recorded only once the write is committed:
    // a write whose batch fails is retried and runs again.
    sealed record Written(Acknowledgement Acknowledgement, TimeSpan? TimeToAcknowledge = null);

    static async Task<Acknowledgement> CountedAsync(Task<Written> write)
    {
        var (acknowledgement, timeToAcknowledge) = await write;
        if (timeToAcknowledge is { } sinceCreated)
        {
            HotlineMetrics.Acknowledged(sinceCreated);
        }

        return acknowledgement;
    }

    const string CreatedAtSql = "SELECT created_at FROM alerts WHERE id = @AlertId";

    async Task<Written> AcknowledgeAsync(DbConnection connection, DbTransaction transaction, long alertId, string by, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var updated = await connection.ExecuteAsync(new CommandDefinition(
            AcknowledgeSql, new { AlertId = alertId, By = by, Now = now }, transaction, cancellationToken: cancellationToken));
        if (updated == 1)
        {
            var createdAt = await connection.ExecuteScalarAsync<DateTime>(new CommandDefinition(CreatedAtSql, new { AlertId = alertId }, transaction, cancellationToken: cancellationToken));
            return new(new Acknowledgement(AcknowledgementOutcome.Acknowledged, alertId, by), now - createdAt);
        }

        var first = await connection.QuerySingleOrDefaultAsync<string?>(new CommandDefinition(AcknowledgedBySql, new { AlertId = alertId }, transaction, cancellationToken: cancellationToken));
        return new(first is null
            ? new Acknowledgement(AcknowledgementOutcome.UnknownCode, null, null)
            : new Acknowledgement(AcknowledgementOutcome.AlreadyAcknowledged, alertId, first));
    }
}
