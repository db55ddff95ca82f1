using System.Diagnostics;
using System.Text.Json;
using Dapper;
using Hotline.Configuration;
using Hotline.Contracts;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Hotline.Api.Intake;

public sealed record SpooledMessage(long Id, string MessageType, byte[] Payload, string? TraceParent = null);

// A durable local queue in front of the broker: every message a webhook accepts is written here
// before it is published, and removed once the broker has it. What the broker could not take in
// time, or what a crash interrupted, is published by SpoolDrainer later, also after a restart.
// A message may so be published twice, never lost; the consumers are idempotent.
//
// A SQLite file of its own in the data folder, on this instance's disk: each API replica has its
// own spool. Its messages carry personal data only sealed (see SmsReceived).
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

    public async Task<long> AddAsync<T>(T message, CancellationToken cancellationToken)
        where T : class
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            AddSqliteSql,
            new
            {
                MessageType = typeof(T).FullName,
                Payload = JsonSerializer.SerializeToUtf8Bytes(message),
                SpooledAt = _time.GetUtcNow().UtcDateTime,
                // The webhook's trace, for SpoolDrainer to publish in (W3C traceparent).
                TraceParent = Activity.Current?.Id,
            },
            cancellationToken: cancellationToken));
    }

    public async Task RemoveAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(RemoveSqliteSql, new { Id = id }, cancellationToken: cancellationToken));
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
