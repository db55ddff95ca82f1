using Dapper;
using Hotline.Configuration;
using Hotline.Data;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hotline.Retention;

// Erases the personal data of contacts older than Retention:AnonymiseAfter: the caller's number and
// its hash (empty), the text or transcript (NULL), the recording's URL and SID (NULL), and the staff
// number of alert SMS sent before the cutoff (empty). Channel, received_at, the triage labels,
// the call outcome and the alert timings stay, so the monthly figures do not change. Batches of
// BatchSize contacts, one transaction each; anonymised_at keeps a row from being done twice, so
// several workers may run it.
public sealed class Anonymiser(HotlineDatabase database, IOptions<RetentionOptions> options, TimeProvider time, ILogger<Anonymiser> logger)
{
    public const int BatchSize = 500;

    static readonly byte[] Erased = [];

    const string DueContactIdsSql = "SELECT id FROM contacts WHERE anonymised_at IS NULL AND received_at < @Cutoff ORDER BY id";

    const string EraseRecordingsSql = """
        UPDATE voice_calls SET recording_url = NULL, recording_sid = NULL
        WHERE contact_id IN (
            SELECT id FROM contacts WHERE id >= @First AND id <= @Last AND anonymised_at IS NULL AND received_at < @Cutoff)
        """;

    const string EraseContactsSql = """
        UPDATE contacts SET caller_number = @Erased, caller_hash = @Erased, body = NULL, anonymised_at = @Now
        WHERE id >= @First AND id <= @Last AND anonymised_at IS NULL AND received_at < @Cutoff
        """;

    // key_id '' marks an erased number, as it marks an unknown caller on a contact.
    const string EraseDeliveriesSql = "UPDATE alert_deliveries SET to_number = @Erased, key_id = '' WHERE created_at < @Cutoff AND key_id <> ''";

    // SQLite keeps old bytes in free pages, in the unused space of pages whose cells moved, and in
    // the write-ahead log: overwrite what this frees, rebuild the file, fold the log into it. (SQL
    // Server too keeps old row versions in free space, its log and backups until overwritten; they
    // are ciphertexts, and a key rotation with reencrypt makes them unreadable once the old key goes.)
    const string SecureDeleteSqliteSql = "PRAGMA secure_delete = ON";
    const string VacuumSqliteSql = "VACUUM";
    const string CheckpointSqliteSql = "PRAGMA wal_checkpoint(TRUNCATE)";

    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var cutoff = now - options.Value.AnonymiseAfter;
        await using var connection = await database.OpenAsync(cancellationToken);
        if (database.Kind == DatabaseKind.Sqlite)
        {
            await connection.ExecuteAsync(new CommandDefinition(SecureDeleteSqliteSql, cancellationToken: cancellationToken));
        }

        var ids = (await connection.QueryAsync<long>(new CommandDefinition(DueContactIdsSql, new { Cutoff = cutoff }, cancellationToken: cancellationToken))).ToList();
        var anonymised = 0;
        foreach (var batch in ids.Chunk(BatchSize))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var parameters = new { First = batch[0], Last = batch[^1], Cutoff = cutoff, Now = now, Erased };
            await connection.ExecuteAsync(new CommandDefinition(EraseRecordingsSql, parameters, transaction, cancellationToken: cancellationToken));
            anonymised += await connection.ExecuteAsync(new CommandDefinition(EraseContactsSql, parameters, transaction, cancellationToken: cancellationToken));
            await transaction.CommitAsync(cancellationToken);
        }

        var deliveries = await connection.ExecuteAsync(new CommandDefinition(EraseDeliveriesSql, new { Cutoff = cutoff, Erased }, cancellationToken: cancellationToken));
        if (database.Kind == DatabaseKind.Sqlite && (anonymised > 0 || deliveries > 0))
        {
            await connection.ExecuteAsync(new CommandDefinition(VacuumSqliteSql, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition(CheckpointSqliteSql, cancellationToken: cancellationToken));
        }

        if (anonymised > 0 || deliveries > 0)
        {
            logger.LogInformation("Anonymised {Contacts} contacts and {Deliveries} alert SMS received before {Cutoff:u}", anonymised, deliveries, cutoff);
        }

        return anonymised;
    }
}
