using System.Diagnostics;
using System.Text.Json;
using Dapper;
using Hotline.Configuration;
using Hotline.Contracts;
using Hotline.Data;
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
// Writes take turns and share commits (SqliteGroupCommit): one commit (one fsync) for all the
// webhooks that came in during the last one. Concurrent writers on one SQLite file would instead get
// SQLITE_BUSY, on which Microsoft.Data.Sqlite blocks its thread in a 150 ms sleep before trying
// again; under 32 concurrent webhooks that starved the thread pool (docs/benchmarks.md).
public sealed class IntakeSpool
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

    readonly string _connectionString;
    readonly TimeProvider _time;
    readonly SqliteGroupCommit _writes;

    public IntakeSpool(IOptions<HotlineOptions> options, TimeProvider time)
    {
        Directory.CreateDirectory(options.Value.DataDirectory);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(options.Value.DataDirectory, FileName),
            DefaultTimeout = 5,
        }.ToString();
        _time = time;
        _writes = new SqliteGroupCommit(async cancellationToken => await OpenAsync(cancellationToken));

        using var connection = new SqliteConnection(_connectionString);
        connection.Open();
        connection.Execute("PRAGMA journal_mode=WAL;");
        connection.Execute(CreateTableSqliteSql);
        if (connection.ExecuteScalar<int>(HasTraceParentSqliteSql) == 0)
        {
            connection.Execute(AddTraceParentSqliteSql);
        }
    }

    // Each returns once its transaction is committed.
    public Task<long> AddAsync<T>(T message, CancellationToken cancellationToken)
        where T : class
    {
        // With the webhook's trace (W3C traceparent), for SpoolDrainer to publish in.
        var row = new { MessageType = typeof(T).FullName, Payload = JsonSerializer.SerializeToUtf8Bytes(message), SpooledAt = _time.GetUtcNow().UtcDateTime, TraceParent = Activity.Current?.Id };
        return _writes.WriteAsync(
            (connection, transaction) => connection.ExecuteScalarAsync<long>(new CommandDefinition(AddSqliteSql, row, transaction, cancellationToken: cancellationToken)),
            cancellationToken);
    }

    public Task RemoveAsync(long id, CancellationToken cancellationToken) =>
        _writes.WriteAsync(
            (connection, transaction) => connection.ExecuteAsync(new CommandDefinition(RemoveSqliteSql, new { Id = id }, transaction, cancellationToken: cancellationToken)),
            cancellationToken);

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

    async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }
}
