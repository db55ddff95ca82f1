using DbUp;
using DbUp.Builder;
using Hotline.Configuration;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace Hotline.Data;

// Applies the numbered, forward-only scripts in Data/Migrations/{Sqlite,SqlServer} with DbUp,
// which records each applied script in its journal table (SchemaVersions).
public sealed class DatabaseMigrator(HotlineDatabase database, ILoggerFactory loggerFactory)
{
    public const string ScriptPrefix = "Hotline.Data.Migrations.";

    // Every API and worker process migrates at start-up, so two new pods may start on an empty
    // database at once. DbUp takes no lock of its own: on SQL Server the migration holds an
    // application lock for its session; SQLite's one writer at a time already serialises the
    // scripts (MigrationTests runs four migrations of one new file at once).
    const string TakeMigrationLockSqlServerSql = """
        DECLARE @result int;
        EXEC @result = sp_getapplock @Resource = 'hotline-migrations', @LockMode = 'Exclusive', @LockOwner = 'Session', @LockTimeout = 120000;
        IF @result < 0 THROW 51000, 'Another process has been migrating the database for two minutes; giving up.', 1;
        """;

    const int SqlServerDatabaseExists = 1801;

    public void Migrate()
    {
        if (database.Kind == DatabaseKind.Sqlite)
        {
            Upgrade(PrepareSqlite(database.ConnectionString));
            return;
        }

        try
        {
            EnsureDatabase.For.SqlDatabase(database.ConnectionString);
        }
        catch (SqlException exception) when (exception.Number == SqlServerDatabaseExists)
        {
            // Another process created it between DbUp's check and its CREATE DATABASE.
        }

        // Released when the connection closes, also if this process dies mid-way.
        using var lockHolder = new SqlConnection(database.ConnectionString);
        lockHolder.Open();
        using (var command = new SqlCommand(TakeMigrationLockSqlServerSql, lockHolder) { CommandTimeout = 150 })
        {
            command.ExecuteNonQuery();
        }

        Upgrade(DeployChanges.To.SqlDatabase(database.ConnectionString));
    }

    void Upgrade(UpgradeEngineBuilder builder)
    {
        var folder = ScriptFolder(database.Kind);
        var result = builder
            .WithScriptsEmbeddedInAssembly(typeof(DatabaseMigrator).Assembly, name => name.StartsWith(ScriptPrefix + folder + ".", StringComparison.Ordinal))
            .WithTransactionPerScript()
            .LogTo(loggerFactory)
            .Build()
            .PerformUpgrade();

        if (!result.Successful)
        {
            throw new InvalidOperationException($"The database migration {result.ErrorScript?.Name} failed.", result.Error);
        }
    }

    public static string ScriptFolder(DatabaseKind kind) => kind == DatabaseKind.Sqlite ? "Sqlite" : "SqlServer";

    static UpgradeEngineBuilder PrepareSqlite(string connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        // Write-ahead logging lets the API read while the worker writes. The mode is stored in
        // the file, and cannot be set inside the transaction DbUp wraps a script in.
        using (var connection = new SqliteConnection(connectionString))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode=WAL;";
            command.ExecuteNonQuery();
        }

        return DeployChanges.To.SqliteDatabase(connectionString);
    }

}
