using System.Data.Common;
using Dapper;
using Hotline.Contracts;
using Hotline.Data;
using Hotline.Telemetry;
using Hotline.Triage;

namespace Hotline.Contacts;

public sealed record SavedContact(long ContactId, bool Created);

public sealed class ContactStore(HotlineDatabase database, TimeProvider time)
{
    const string InsertContactSql = """
        INSERT INTO contacts (channel, source_sid, received_at, caller_hash, caller_number, body, key_id, stored_at,
                              category, urgency, caller_role, contact_safety, language, indicators, interpreter_needed, triaged_at)
        VALUES (@Channel, @SourceSid, @ReceivedAt, @CallerHash, @CallerNumber, @Body, @KeyId, @StoredAt,
                @Category, @Urgency, @CallerRole, @ContactSafety, @Language, @Indicators, @InterpreterNeeded, @TriagedAt)
        """;

    const string FindIdBySourceSidSql = """
        SELECT id FROM contacts WHERE source_sid = @SourceSid
        """;

    // Idempotent on MessageSid: a redelivered or duplicate webhook finds the contact already
    // there, by the unique index, and gets its id back with Created = false. The triage, when
    // given, is written in the same statement: one commit for both (see SmsReceivedConsumer).
    public async Task<SavedContact> SaveSmsAsync(SmsReceived sms, TriageResult? triage, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var parameters = TriageStore.Columns(triage, now);
        parameters.AddDynamicParams(new
        {
            Channel = Channels.Sms,
            SourceSid = sms.MessageSid,
            ReceivedAt = sms.ReceivedAt.UtcDateTime,
            sms.CallerHash,
            CallerNumber = sms.EncryptedCallerNumber,
            Body = sms.EncryptedBody,
            sms.KeyId,
            StoredAt = now,
        });
        var saved = await database.WriteAsync(async (connection, transaction) =>
        {
            var created = true;
            try
            {
                await connection.ExecuteAsync(new CommandDefinition(InsertContactSql, parameters, transaction, cancellationToken: cancellationToken));
            }
            catch (DbException exception) when (HotlineDatabase.IsUniqueViolation(exception))
            {
                created = false;
            }

            var contactId = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                FindIdBySourceSidSql, new { SourceSid = sms.MessageSid }, transaction, cancellationToken: cancellationToken));
            return new SavedContact(contactId, created);
        }, cancellationToken);
        if (saved.Created)
        {
            HotlineMetrics.ContactReceived(Channels.Sms);
        }

        return saved;
    }

    const string FindBySourceSidSql = """
        SELECT id AS Id, channel AS Channel, source_sid AS SourceSid, received_at AS ReceivedAt,
               caller_hash AS CallerHash, caller_number AS CallerNumber, body AS Body, key_id AS KeyId
        FROM contacts
        WHERE source_sid = @SourceSid
        """;

    // Returns the row as stored: personal data stays sealed until a caller with the right to see
    // it opens it with PersonalDataProtector.
    public async Task<StoredContact?> FindBySourceSidAsync(string sourceSid, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<StoredContact>(new CommandDefinition(
            FindBySourceSidSql, new { SourceSid = sourceSid }, cancellationToken: cancellationToken));
        return row is null ? null : row with { ReceivedAt = DateTime.SpecifyKind(row.ReceivedAt, DateTimeKind.Utc) };
    }
}
