using System.Data.Common;
using Dapper;
using Hotline.Data;
using Hotline.Roster;

namespace Hotline.Privacy;

// After a key rotation: re-seals every encrypted column whose row names another key than
// Privacy:CurrentKeyId, so that the old key can be removed; with rehash, recomputes the keyed
// hashes (contacts.caller_hash, staff.phone_hash) with the current Privacy:HashKey from the
// decrypted numbers. Batches of BatchSize rows, one transaction each; a row is only written if its
// key_id is still the one read, so a run can stop anywhere, run again, or run beside the service.
//
// The sealed columns: contacts.caller_number and body, voice_calls.recording_url (under its
// contact's key_id), staff.phone_number and email, alert_deliveries.to_number. The intake spool is
// not here: it holds messages for seconds, and the API reads old keys as long as they are configured.
public sealed class ReEncryption(HotlineDatabase database, PersonalDataProtector protector)
{
    public const int BatchSize = 200;

    public async Task<ReEncryptionReport> RunAsync(bool rehash, TextWriter progress, CancellationToken cancellationToken)
    {
        var contacts = await RunTableAsync("contacts", StaleContactIdsSql, AllContactIdsSql, rehash, ReSealContactsAsync, progress, cancellationToken);
        var staff = await RunTableAsync("staff", StaleStaffIdsSql, AllStaffIdsSql, rehash, ReSealStaffAsync, progress, cancellationToken);
        var deliveries = await RunTableAsync("alert_deliveries", StaleDeliveryIdsSql, null, rehash: false, ReSealDeliveriesAsync, progress, cancellationToken);
        return new ReEncryptionReport(contacts, staff, deliveries);
    }

    const string StaleContactIdsSql = "SELECT id FROM contacts WHERE key_id <> @Current ORDER BY id";
    const string AllContactIdsSql = "SELECT id FROM contacts ORDER BY id";
    const string StaleStaffIdsSql = "SELECT id FROM staff WHERE key_id <> @Current ORDER BY id";
    const string AllStaffIdsSql = "SELECT id FROM staff ORDER BY id";
    const string StaleDeliveryIdsSql = "SELECT id FROM alert_deliveries WHERE key_id <> @Current ORDER BY id";

    delegate Task<int> BatchAction(DbConnection connection, DbTransaction transaction, long first, long last, bool rehash, CancellationToken cancellationToken);

    async Task<int> RunTableAsync(
        string table, string staleIdsSql, string? allIdsSql, bool rehash, BatchAction action, TextWriter progress, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var ids = (await connection.QueryAsync<long>(new CommandDefinition(
            rehash && allIdsSql is not null ? allIdsSql : staleIdsSql, new { Current = protector.CurrentKeyId }, cancellationToken: cancellationToken))).ToList();
        var done = 0;
        foreach (var batch in ids.Chunk(BatchSize))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            done += await action(connection, transaction, batch[0], batch[^1], rehash, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            await progress.WriteLineAsync($"{table}: {done} of {ids.Count} rows re-sealed");
        }

        return done;
    }

    const string ContactBatchSql = """
        SELECT c.id AS Id, c.key_id AS KeyId, c.caller_number AS CallerNumber, c.body AS Body, v.recording_url AS RecordingUrl
        FROM contacts c LEFT JOIN voice_calls v ON v.contact_id = c.id
        WHERE c.id >= @First AND c.id <= @Last AND (c.key_id <> @Current OR @Rehash = 1)
        """;

    const string UpdateContactSql = """
        UPDATE contacts SET caller_number = @CallerNumber, caller_hash = COALESCE(@CallerHash, caller_hash), body = @Body, key_id = @Current
        WHERE id = @Id AND key_id = @KeyId
        """;

    const string UpdateRecordingSql = "UPDATE voice_calls SET recording_url = @RecordingUrl WHERE contact_id = @Id";

    async Task<int> ReSealContactsAsync(DbConnection connection, DbTransaction transaction, long first, long last, bool rehash, CancellationToken cancellationToken)
    {
        var rows = await connection.QueryAsync<ContactRow>(new CommandDefinition(
            ContactBatchSql, new { First = first, Last = last, Current = protector.CurrentKeyId, Rehash = rehash ? 1 : 0 }, transaction, cancellationToken: cancellationToken));
        var changed = 0;
        foreach (var row in rows)
        {
            var number = Open(row.CallerNumber, row.KeyId, ProtectedColumns.CallerNumber);
            var updated = await connection.ExecuteAsync(new CommandDefinition(
                UpdateContactSql,
                new
                {
                    row.Id,
                    row.KeyId,
                    Current = protector.CurrentKeyId,
                    CallerNumber = Seal(number, ProtectedColumns.CallerNumber),
                    CallerHash = rehash && number is not null ? protector.HashPhoneNumber(number) : null,
                    Body = row.Body is null ? null : Seal(Open(row.Body, row.KeyId, ProtectedColumns.Body), ProtectedColumns.Body),
                },
                transaction,
                cancellationToken: cancellationToken));
            if (updated == 1 && row.RecordingUrl is not null)
            {
                await connection.ExecuteAsync(new CommandDefinition(
                    UpdateRecordingSql,
                    new { row.Id, RecordingUrl = Seal(Open(row.RecordingUrl, row.KeyId, ProtectedColumns.RecordingUrl), ProtectedColumns.RecordingUrl) },
                    transaction,
                    cancellationToken: cancellationToken));
            }

            changed += updated;
        }

        return changed;
    }

    const string StaffBatchSql = """
        SELECT id AS Id, key_id AS KeyId, phone_number AS PhoneNumber, email AS Email
        FROM staff WHERE id >= @First AND id <= @Last AND (key_id <> @Current OR @Rehash = 1)
        """;

    const string UpdateStaffSql = """
        UPDATE staff SET phone_number = @PhoneNumber, phone_hash = COALESCE(@PhoneHash, phone_hash), email = @Email, key_id = @Current
        WHERE id = @Id AND key_id = @KeyId
        """;

    async Task<int> ReSealStaffAsync(DbConnection connection, DbTransaction transaction, long first, long last, bool rehash, CancellationToken cancellationToken)
    {
        var rows = await connection.QueryAsync<StaffRow>(new CommandDefinition(
            StaffBatchSql, new { First = first, Last = last, Current = protector.CurrentKeyId, Rehash = rehash ? 1 : 0 }, transaction, cancellationToken: cancellationToken));
        var changed = 0;
        foreach (var row in rows)
        {
            var phone = Open(row.PhoneNumber, row.KeyId, RosterStore.PhonePurpose);
            changed += await connection.ExecuteAsync(new CommandDefinition(
                UpdateStaffSql,
                new
                {
                    row.Id,
                    row.KeyId,
                    Current = protector.CurrentKeyId,
                    PhoneNumber = Seal(phone, RosterStore.PhonePurpose),
                    PhoneHash = rehash && phone is not null ? protector.HashPhoneNumber(phone) : null,
                    Email = row.Email is null ? null : Seal(Open(row.Email, row.KeyId, RosterStore.EmailPurpose), RosterStore.EmailPurpose),
                },
                transaction,
                cancellationToken: cancellationToken));
        }

        return changed;
    }

    const string DeliveryBatchSql = """
        SELECT id AS Id, key_id AS KeyId, to_number AS ToNumber
        FROM alert_deliveries WHERE id >= @First AND id <= @Last AND key_id <> @Current
        """;

    const string UpdateDeliverySql = "UPDATE alert_deliveries SET to_number = @ToNumber, key_id = @Current WHERE id = @Id AND key_id = @KeyId";

    async Task<int> ReSealDeliveriesAsync(DbConnection connection, DbTransaction transaction, long first, long last, bool rehash, CancellationToken cancellationToken)
    {
        var rows = await connection.QueryAsync<DeliveryRow>(new CommandDefinition(
            DeliveryBatchSql, new { First = first, Last = last, Current = protector.CurrentKeyId }, transaction, cancellationToken: cancellationToken));
        var changed = 0;
        foreach (var row in rows)
        {
            changed += await connection.ExecuteAsync(new CommandDefinition(
                UpdateDeliverySql,
                new { row.Id, row.KeyId, Current = protector.CurrentKeyId, ToNumber = Seal(Open(row.ToNumber, row.KeyId, ProtectedColumns.DeliveryTo), ProtectedColumns.DeliveryTo) },
                transaction,
                cancellationToken: cancellationToken));
        }

        return changed;
    }

    // An empty value is an unknown caller or an anonymised row: it stays empty.
    string? Open(byte[] value, string keyId, string purpose) => value.Length == 0 ? null : protector.Decrypt(value, keyId, purpose);

    byte[] Seal(string? plain, string purpose) => plain is null ? [] : protector.Encrypt(plain, purpose);

    sealed class ContactRow
    {
        public long Id { get; init; }

        public string KeyId { get; init; } = "";

        public byte[] CallerNumber { get; init; } = [];

        public byte[]? Body { get; init; }

        public byte[]? RecordingUrl { get; init; }
    }

    sealed class StaffRow
    {
        public long Id { get; init; }

        public string KeyId { get; init; } = "";

        public byte[] PhoneNumber { get; init; } = [];

        public byte[]? Email { get; init; }
    }

    sealed class DeliveryRow
    {
        public long Id { get; init; }

        public string KeyId { get; init; } = "";

        public byte[] ToNumber { get; init; } = [];
    }
}
