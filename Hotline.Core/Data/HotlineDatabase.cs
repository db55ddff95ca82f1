using System.Data;
using System.Data.Common;
using Dapper;
using Hotline.Configuration;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Hotline.Data;

// Opens a new connection per operation (pooling makes that cheap) to the configured database.
// SQL that both dialects accept is written once; where they differ, the callers keep the two
// variants side by side and ask Kind which one to run.
// CA1001: the SemaphoreSlim below never creates its wait handle (AvailableWaitHandle is not
// used), so it holds nothing to dispose of, and the many places that create a HotlineDatabase
// need not dispose of it.
#pragma warning disable CA1001
public sealed class HotlineDatabase
{
    // Dapper sends DateTime as SQL Server's legacy datetime, which rounds to 1/300 s: a shift
    // boundary or an escalation time would move by up to 3 ms. datetime2 keeps it exact; SQLite
    // writes the same text either way.
    static HotlineDatabase()
    {
        SqlMapper.AddTypeMap(typeof(DateTime), DbType.DateTime2);
        SqlMapper.AddTypeMap(typeof(DateTime?), DbType.DateTime2);
    }

    public HotlineDatabase(IOptions<HotlineOptions> options, IConfiguration configuration)
    {
        Kind = options.Value.Database;
        var configured = configuration.GetConnectionString(ConnectionStrings.Hotline);
        ConnectionString = Kind switch
        {
            DatabaseKind.Sqlite => SqliteConnectionString(configured, options.Value.DataDirectory),
            _ => configured ?? throw new InvalidOperationException($"ConnectionStrings:{ConnectionStrings.Hotline} is required for SQL Server."),
        };
    }

    // SQLite takes one writer at a time. Writers of this process that collide get SQLITE_BUSY, on
    // which Microsoft.Data.Sqlite blocks its thread in 150 ms sleeps before trying again; under
    // concurrent consumers those sleeps, not the writes, bounded the pipeline (docs/benchmarks.md).
    // So this process's SQLite writers queue here, without blocking a thread, and each writes at
    // once when its turn comes. SQL Server takes concurrent writers and needs no such gate.
    readonly SemaphoreSlim _sqliteWriter = new(1, 1);
#pragma warning restore CA1001

    public DatabaseKind Kind { get; }

    public string ConnectionString { get; }

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        DbConnection connection = Kind == DatabaseKind.Sqlite
            ? new SqliteConnection(ConnectionString)
            : new SqlConnection(ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    // A connection for an operation that writes: on SQLite, once every earlier writer of this
    // process has disposed of its connection. Disposing of this one lets the next writer in. An
    // operation must not open a second write connection while it holds one: it would wait for
    // itself.
    public async Task<DbConnection> OpenForWriteAsync(CancellationToken cancellationToken)
    {
        if (Kind != DatabaseKind.Sqlite)
        {
            return await OpenAsync(cancellationToken);
        }

        await _sqliteWriter.WaitAsync(cancellationToken);
        try
        {
            var connection = await OpenAsync(cancellationToken);
            var released = 0;
            connection.Disposed += (_, _) =>
            {
                if (Interlocked.Exchange(ref released, 1) == 0)
                {
                    _sqliteWriter.Release();
                }
            };
            return connection;
        }
        catch
        {
            _sqliteWriter.Release();
            throw;
        }
    }

    // One statement that writes, on a connection of its own; returns the rows it changed.
    public async Task<int> ExecuteAsync(string sql, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await OpenForWriteAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
    }

    // A duplicate is a normal outcome, not an error: the unique indexes are what make the
    // consumers idempotent.
    public static bool IsUniqueViolation(DbException exception) => exception switch
    {
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode is SqliteUniqueConstraint or SqlitePrimaryKeyConstraint,
        SqlException sqlServer => sqlServer.Number is SqlServerDuplicateKeyRow or SqlServerUniqueConstraint,
        _ => false,
    };

    const int SqliteUniqueConstraint = 2067;
    const int SqlitePrimaryKeyConstraint = 1555;
    const int SqlServerDuplicateKeyRow = 2601;
    const int SqlServerUniqueConstraint = 2627;

    static string SqliteConnectionString(string? configured, string dataDirectory)
    {
        var builder = new SqliteConnectionStringBuilder(configured ?? $"Data Source={Path.Combine(dataDirectory, "hotline.db")}");
        if (configured is null || !configured.Contains("Default Timeout", StringComparison.OrdinalIgnoreCase))
        {
            // The worker and the API may write at once; SQLite then retries a busy database
            // for this long instead of failing at once.
            builder.DefaultTimeout = 30;
        }

        return builder.ToString();
    }
}
