using DbUp;
using DbUp.Builder;
using Hotline.Configuration;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace Hotline.Data;

// Applies the numbered, forward-only scripts in Data/Migrations/{Sqlite,SqlServer} with DbUp,
// which records each applied script in its journal table (SchemaVersions).
public sealed class DatabaseMigrator(HotlineDatabase database, ILoggerFactory loggerFactory)
{
    public const string ScriptPrefix = "Hotline.Data.Migrations.";

    public void Migrate()
    {
        var folder = ScriptFolder(database.Kind);
        var builder = database.Kind switch
        {
            DatabaseKind.Sqlite => PrepareSqlite(database.ConnectionString),
            _ => PrepareSqlServer(database.ConnectionString),
        };

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

    static UpgradeEngineBuilder PrepareSqlServer(string connectionString)
    {
        EnsureDatabase.For.SqlDatabase(connectionString);
        return DeployChanges.To.SqlDatabase(connectionString);
    }
}
