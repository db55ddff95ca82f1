using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Dapper;
using Hotline.Configuration;
using Hotline.Contracts;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Hotline.Api.Intake;

public sealed record SpooledMessage(long Id, string MessageType, byte[] Payload, string? TraceParent = null);

// A durable local queue in front of the broker: what a webhook accepted and the broker did not
// confirm in time is written here (while the broker is failing, before the publish is tried; see
// DeadlinePublisher), and removed once the broker has it. SpoolDrainer publishes what is left,
// also after a restart. A message may so be published twice, never lost; the consumers are
// idempotent.
//
// A SQLite file of its own in the data folder, on this instance's disk: each API replica has its
// own spool. Its messages carry personal data only sealed (see SmsReceived).
//
// Writes go through one writer at a time, and whoever writes takes every write queued meanwhile
// into the same transaction: one commit (one fsync) for all the webhooks that came in during the
// last one. Concurrent writers on one SQLite file would instead get SQLITE_BUSY, on which
// Microsoft.Data.Sqlite blocks its thread in a 150 ms sleep before trying again; under 32
// concurrent webhooks that starved the thread pool (docs/benchmarks.md).
public sealed class IntakeSpool : IDisposable
{
    public const string FileName = "intake-spool.db";

    const string CreateTableSqliteSql = """
        CREATE TABLE IF NOT EXISTS spool (
            id           INTEGER PRIMARY KEY AUTOINCREMENT,
            message_type TEXT    NOT NULL,
            payload      BLOB    NOT NULL,
            spooled_at   TEXT    NOT NULL,
            trace_parent TEXT    NULL
        );
        """;

    // A spool written before trace_parent existed gets the column; its rows publish without one.
    const string HasTraceParentSqliteSql = "SELECT COUNT(*) FROM pragma_table_info('spool') WHERE name = 'trace_parent'";

    const string AddTraceParentSqliteSql = "ALTER TABLE spool ADD COLUMN trace_parent TEXT NULL";

    const string AddSqliteSql = """
        INSERT INTO spool (message_type, payload, spooled_at, trace_parent) VALUES (@MessageType, @Payload, @SpooledAt, @TraceParent) RETURNING id
        """;

    const string RemoveSqliteSql = "DELETE FROM spool WHERE id = @Id";

    const string SpooledBeforeSqliteSql = """
        SELECT id AS Id, message_type AS MessageType, payload AS Payload, trace_parent AS TraceParent FROM spool
        WHERE spooled_at < @Before ORDER BY id LIMIT @Limit
        """;

    const string CountSqliteSql = "SELECT COUNT(*) FROM spool";

    const int MaxWritesPerCommit = 256;

    readonly string _connectionString;
    readonly TimeProvider _time;
    readonly ConcurrentQueue<SpoolWrite> _writes = new();
    readonly SemaphoreSlim _writer = new(1, 1);

    public IntakeSpool(IOptions<HotlineOptions> options, TimeProvider time)
    {
        Directory.CreateDirectory(options.Value.DataDirectory);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(options.Value.DataDirectory, FileName),
            DefaultTimeout = 5,
        }.ToString();
        _time = time;

        using var connection = new SqliteConnection(_connectionString);
        connection.Open();
        connection.Execute("PRAGMA journal_mode=WAL;");
        connection.Execute(CreateTableSqliteSql);
        if (connection.ExecuteScalar<int>(HasTraceParentSqliteSql) == 0)
        {
            connection.Execute(AddTraceParentSqliteSql);
        }
    }

    public Task<long> AddAsync<T>(T message, CancellationToken cancellationToken)
        where T : class =>
        // With the webhook's trace (W3C traceparent), for SpoolDrainer to publish in.
        WriteAsync(new SpoolWrite(0, typeof(T).FullName, JsonSerializer.SerializeToUtf8Bytes(message), _time.GetUtcNow().UtcDateTime, Activity.Current?.Id), cancellationToken);

    public Task RemoveAsync(long id, CancellationToken cancellationToken) =>
        WriteAsync(new SpoolWrite(id, null, null, default, null), cancellationToken);

    // Returns the id of the row added (or removed) once its transaction is committed.
    async Task<long> WriteAsync(SpoolWrite write, CancellationToken cancellationToken)
    {
        _writes.Enqueue(write);
        await _writer.WaitAsync(cancellationToken);
        try
        {
            while (!write.Done.Task.IsCompleted)
            {
                await CommitQueuedAsync();
            }
        }
        finally
        {
            _writer.Release();
        }

        return await write.Done.Task;
    }

    // Not cancelled by the request that happens to write: the batch holds other requests' writes.
    async Task CommitQueuedAsync()
    {
        var batch = new List<SpoolWrite>();
        while (batch.Count < MaxWritesPerCommit && _writes.TryDequeue(out var next))
        {
            batch.Add(next);
        }

        try
        {
            await using var connection = await OpenAsync(CancellationToken.None);
            await using var transaction = await connection.BeginTransactionAsync(CancellationToken.None);
            var ids = new long[batch.Count];
            for (var i = 0; i < batch.Count; i++)
            {
                var write = batch[i];
                if (write.MessageType is null)
                {
                    await connection.ExecuteAsync(new CommandDefinition(RemoveSqliteSql, new { Id = write.RemoveId }, transaction, cancellationToken: CancellationToken.None));
                    ids[i] = write.RemoveId;
                }
                else
                {
                    ids[i] = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                        AddSqliteSql, new { write.MessageType, write.Payload, write.SpooledAt, write.TraceParent }, transaction, cancellationToken: CancellationToken.None));
                }
            }

            await transaction.CommitAsync(CancellationToken.None);
            for (var i = 0; i < batch.Count; i++)
            {
                batch[i].Done.TrySetResult(ids[i]);
            }
        }
        catch (Exception exception)
        {
            foreach (var write in batch)
            {
                write.Done.TrySetException(exception);
            }
        }
    }

    public async Task<IReadOnlyList<SpooledMessage>> SpooledBeforeAsync(DateTimeOffset before, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var spooled = await connection.QueryAsync<SpooledMessage>(new CommandDefinition(
            SpooledBeforeSqliteSql, new { Before = before.UtcDateTime, Limit = limit }, cancellationToken: cancellationToken));
        return spooled.AsList();
    }

    public async Task<int> CountAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition(CountSqliteSql, cancellationToken: cancellationToken));
    }

    public void Dispose() => _writer.Dispose();

    // Only message contracts are read back: the type name comes from this file, but it is still
    // not trusted to name any type at all.
    public static object Deserialize(SpooledMessage spooled, out Type messageType)
    {
        messageType = typeof(SmsReceived).Assembly.GetType(spooled.MessageType) is { Namespace: "Hotline.Contracts" } contract
            ? contract
            : throw new InvalidOperationException($"Spooled message {spooled.Id} has the unknown type {spooled.MessageType}.");
        return JsonSerializer.Deserialize(spooled.Payload, messageType)
            ?? throw new InvalidOperationException($"Spooled message {spooled.Id} is empty.");
    }

    // An insert (MessageType set) or the removal of RemoveId.
    sealed record SpoolWrite(long RemoveId, string? MessageType, byte[]? Payload, DateTime SpooledAt, string? TraceParent)
    {
        public TaskCompletionSource<long> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }
}
