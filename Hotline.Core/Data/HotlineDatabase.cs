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
        _sqliteWrites = new SqliteGroupCommit(OpenAsync);
    }

    readonly SqliteGroupCommit _sqliteWrites;

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

    // One atomic write: `write` runs inside a transaction, and the task completes once what it
    // wrote is committed. On SQLite the writes of this process take turns and share commits (see
    // SqliteGroupCommit); on SQL Server each has a transaction of its own. Every command of `write`
    // must be given `transaction`, and `write` must not call WriteAsync itself: on SQLite it would
    // wait for its own turn.
    public Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> write, CancellationToken cancellationToken) =>
        Kind == DatabaseKind.Sqlite
            ? _sqliteWrites.WriteAsync(write, cancellationToken)
            : WriteAloneAsync(write, cancellationToken);

    // One statement that writes; returns the rows it changed.
    public Task<int> ExecuteAsync(string sql, object parameters, CancellationToken cancellationToken) =>
        WriteAsync(
            (connection, transaction) => connection.ExecuteAsync(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken)),
            cancellationToken);

    async Task<T> WriteAloneAsync<T>(Func<DbConnection, DbTransaction, Task<T>> write, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var result = await write(connection, transaction);
        await transaction.CommitAsync(cancellationToken);
        return result;
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
