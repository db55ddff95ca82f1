using Dapper;
using Hotline.Configuration;
using Hotline.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Hotline.Tests.Support;

// A migrated database for repository tests: a SQLite file in the test's folder, or the SQL Server
// that HOTLINE_TEST_SQLSERVER names (the test is skipped without one: SQL Server can't run here).
public static class TestDatabase
{
    public static string? SqlServerConnectionString => Environment.GetEnvironmentVariable("HOTLINE_TEST_SQLSERVER");

    public static HotlineDatabase Create(DatabaseKind kind, TestDirectory directory, string? connectionString = null)
    {
        var database = Unmigrated(kind, directory, connectionString);
        new DatabaseMigrator(database, NullLoggerFactory.Instance).Migrate();
        return database;
    }

    public static HotlineDatabase Unmigrated(DatabaseKind kind, TestDirectory directory, string? connectionString = null)
    {
        connectionString ??= kind == DatabaseKind.Sqlite ? directory.SqliteConnectionString : SqlServerConnectionString;
        if (connectionString is null)
        {
            Assert.Ignore("HOTLINE_TEST_SQLSERVER is not set: no SQL Server to test against.");
        }

        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [$"ConnectionStrings:{ConnectionStrings.Hotline}"] = connectionString })
            .Build();
        var options = Options.Create(new HotlineOptions { Database = kind, DataDirectory = directory.Path });
        return new HotlineDatabase(options, configuration);
    }

    public static async Task<int> CountContacts(this HotlineDatabase database, string sourceSid)
    {
        await using var connection = await database.OpenAsync(CancellationToken.None);
        return await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM contacts WHERE source_sid = @sourceSid", new { sourceSid });
    }
}
