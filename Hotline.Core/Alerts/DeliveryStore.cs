using System.Data.Common;
using Dapper;
using Hotline.Configuration;
using Hotline.Data;

namespace Hotline.Alerts;

public sealed record ClaimedDelivery
{
    public long Id { get; init; }

    public long? AlertId { get; init; }

    public long StaffId { get; init; }

    public string Kind { get; init; } = "";

    public int Step { get; init; }

    public byte[] ToNumber { get; init; } = [];

    public string KeyId { get; init; } = "";

    public string Body { get; init; } = "";

    public int? ValiditySeconds { get; init; }

    public int Attempts { get; init; }
}

public sealed record FailedStep
{
    public long AlertId { get; init; }

    public int Step { get; init; }
}

// alert_deliveries: every SMS to staff, written before it is sent and claimed with a lease, so
// that a worker that dies mid-send does not lose the message (another sends it once the lease
// runs out) and two workers do not both send it.
public sealed class DeliveryStore(HotlineDatabase database, TimeProvider time)
{
    public static readonly TimeSpan Lease = TimeSpan.FromSeconds(60);

    const string InsertMessageSql = """
        INSERT INTO alert_deliveries (alert_id, step, staff_id, kind, to_number, key_id, body, dedup_key, status, attempts, next_attempt_at, created_at, updated_at)
        VALUES (@AlertId, 0, @StaffId, @Kind, @ToNumber, @KeyId, @Body, @DedupKey, 'pending', 0, @Now, @Now, @Now)
        """;

    const string FindByDedupKeySql = "SELECT id FROM alert_deliveries WHERE dedup_key = @DedupKey";

    // A message outside the escalation steps: a reply to a staff SMS (kind "reply", deduplicated
    // on the SMS it answers, so a redelivered "OK 4821" is answered once) or a daily summary.
    public Task<long> AddMessageAsync(string kind, long? alertId, long staffId, byte[] toNumber, string keyId, string body, string dedupKey, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            try
            {
                await connection.ExecuteAsync(new CommandDefinition(
                    InsertMessageSql,
                    new { AlertId = alertId, StaffId = staffId, Kind = kind, ToNumber = toNumber, KeyId = keyId, Body = body, DedupKey = dedupKey, Now = time.GetUtcNow().UtcDateTime },
                    transaction,
                    cancellationToken: cancellationToken));
            }
            catch (DbException exception) when (HotlineDatabase.IsUniqueViolation(exception))
            {
            }

            return await connection.ExecuteScalarAsync<long>(new CommandDefinition(FindByDedupKeySql, new { DedupKey = dedupKey }, transaction, cancellationToken: cancellationToken));
        }, cancellationToken);

    const string DueDeliveriesSqliteSql = """
        SELECT id FROM alert_deliveries
        WHERE (status = 'pending' AND next_attempt_at <= @Now) OR (status = 'sending' AND lease_until < @Now)
        ORDER BY next_attempt_at
        LIMIT @Limit
        """;

    const string DueDeliveriesSqlServerSql = """
        SELECT TOP (@Limit) id FROM alert_deliveries
        WHERE (status = 'pending' AND next_attempt_at <= @Now) OR (status = 'sending' AND lease_until < @Now)
        ORDER BY next_attempt_at
        """;

    public async Task<IReadOnlyList<long>> DueAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var sql = database.Kind == DatabaseKind.Sqlite ? DueDeliveriesSqliteSql : DueDeliveriesSqlServerSql;
        var ids = await connection.QueryAsync<long>(new CommandDefinition(sql, new { Now = time.GetUtcNow().UtcDateTime, Limit = limit }, cancellationToken: cancellationToken));
        return ids.AsList();
    }

    const string ClaimSql = """
        UPDATE alert_deliveries SET status = 'sending', lease_until = @LeaseUntil, attempts = attempts + 1, updated_at = @Now
        WHERE id = @Id AND ((status = 'pending' AND next_attempt_at <= @Now) OR (status = 'sending' AND lease_until < @Now))
        """;

    const string ClaimedSql = """
        SELECT id AS Id, alert_id AS AlertId, staff_id AS StaffId, kind AS Kind, step AS Step, to_number AS ToNumber, key_id AS KeyId, body AS Body,
               validity_seconds AS ValiditySeconds, attempts AS Attempts
        FROM alert_deliveries
        WHERE id = @Id
        """;

    // Null when the delivery is not due, or another worker holds it.
    public Task<ClaimedDelivery?> ClaimAsync(long id, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            var now = time.GetUtcNow().UtcDateTime;
            var claimed = await connection.ExecuteAsync(new CommandDefinition(
                ClaimSql, new { Id = id, Now = now, LeaseUntil = now + Lease }, transaction, cancellationToken: cancellationToken));
            return claimed == 0
                ? null
                : await connection.QuerySingleAsync<ClaimedDelivery>(new CommandDefinition(ClaimedSql, new { Id = id }, transaction, cancellationToken: cancellationToken));
        }, cancellationToken);

    const string MarkSentSql = """
        UPDATE alert_deliveries SET status = 'sent', message_sid = @MessageSid, lease_until = NULL, updated_at = @Now
        WHERE id = @Id
        """;

    public Task MarkSentAsync(long id, string messageSid, CancellationToken cancellationToken) =>
        database.ExecuteAsync(MarkSentSql, new { Id = id, MessageSid = messageSid, Now = time.GetUtcNow().UtcDateTime }, cancellationToken);

    const string RetryLaterSql = """
        UPDATE alert_deliveries SET status = 'pending', next_attempt_at = @NextAttemptAt, error_code = @ErrorCode, lease_until = NULL, updated_at = @Now
        WHERE id = @Id
        """;

    public Task RetryLaterAsync(long id, DateTimeOffset nextAttemptAt, int? errorCode, CancellationToken cancellationToken) =>
        database.ExecuteAsync(RetryLaterSql, new { Id = id, NextAttemptAt = nextAttemptAt.UtcDateTime, ErrorCode = errorCode, Now = time.GetUtcNow().UtcDateTime }, cancellationToken);

    const string MarkFailedSql = """
        UPDATE alert_deliveries SET status = 'failed', error_code = @ErrorCode, lease_until = NULL, updated_at = @Now
        WHERE id = @Id
        """;

    public Task MarkFailedAsync(long id, int? errorCode, CancellationToken cancellationToken) =>
        database.ExecuteAsync(MarkFailedSql, new { Id = id, ErrorCode = errorCode, Now = time.GetUtcNow().UtcDateTime }, cancellationToken);

    const string ApplyStatusSql = """
        UPDATE alert_deliveries SET status = @Status, error_code = @ErrorCode, updated_at = @Now
        WHERE message_sid = @MessageSid AND status NOT IN ('delivered', 'read', 'undelivered', 'failed')
        """;

    const string AlertStepOfMessageSql = """
        SELECT alert_id AS AlertId, step AS Step FROM alert_deliveries
        WHERE message_sid = @MessageSid AND kind = 'alert'
        """;

    // Twilio's status callbacks repeat and arrive out of order: a final status is never changed,
    // and a late "sent" does not undo "delivered". Returns the alert step to escalate when the
    // message could not reach the person.
    public Task<FailedStep?> ApplyStatusAsync(string messageSid, string status, int? errorCode, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            var changed = await connection.ExecuteAsync(new CommandDefinition(
                ApplyStatusSql,
                new { MessageSid = messageSid, Status = status, ErrorCode = errorCode, Now = time.GetUtcNow().UtcDateTime },
                transaction,
                cancellationToken: cancellationToken));
            if (changed == 0 || status is not ("failed" or "undelivered"))
            {
                return null;
            }

            return await connection.QuerySingleOrDefaultAsync<FailedStep>(new CommandDefinition(
                AlertStepOfMessageSql, new { MessageSid = messageSid }, transaction, cancellationToken: cancellationToken));
        }, cancellationToken);
}
