using System.Reflection;
using Dapper;
using Hotline.Configuration;
using Hotline.Data;
using Hotline.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Hotline.Tests.Data;

public class MigrationTests
{
    static readonly Assembly Core = typeof(DatabaseMigrator).Assembly;

    [Test]
    public async Task Creates_the_schema_on_SQLite_and_a_second_run_changes_nothing()
    {
        using var directory = new TestDirectory();
        var database = TestDatabase.Create(DatabaseKind.Sqlite, directory);
        new DatabaseMigrator(database, NullLoggerFactory.Instance).Migrate();

        await using var connection = await database.OpenAsync(CancellationToken.None);
        var journal = await connection.QueryAsync<string>("SELECT ScriptName FROM SchemaVersions");
        var mode = await connection.ExecuteScalarAsync<string>("PRAGMA journal_mode");

        Assert.That(journal, Is.EquivalentTo(ScriptNames(DatabaseKind.Sqlite)));
        Assert.That(mode, Is.EqualTo("wal"));
    }

    // Every API and worker process migrates at start-up: two new pods on an empty database must
    // not both run the same script.
    [Test]
    public async Task Processes_that_migrate_a_new_database_at_the_same_time_each_apply_every_script_once()
    {
        using var directory = new TestDirectory();
        var databases = Enumerable.Range(0, 4).Select(_ => TestDatabase.Unmigrated(DatabaseKind.Sqlite, directory)).ToList();

        await Task.WhenAll(databases.Select(database => Task.Run(() => new DatabaseMigrator(database, NullLoggerFactory.Instance).Migrate())))
            .WaitAsync(TimeSpan.FromMinutes(2));

        await using var connection = await databases[0].OpenAsync(CancellationToken.None);
        var journal = await connection.QueryAsync<string>("SELECT ScriptName FROM SchemaVersions");
        Assert.That(journal, Is.EquivalentTo(ScriptNames(DatabaseKind.Sqlite)));
    }

    [Test]
    public void Keeps_the_two_dialects_in_step_script_by_script()
    {
        var sqlite = ScriptNames(DatabaseKind.Sqlite).Select(Path.GetFileNameWithoutExtension);
        var sqlServer = ScriptNames(DatabaseKind.SqlServer).Select(Path.GetFileNameWithoutExtension);

        Assert.That(sqlite.Select(name => name![(name!.IndexOf("Sqlite.", StringComparison.Ordinal) + 7)..]),
            Is.EqualTo(sqlServer.Select(name => name![(name!.IndexOf("SqlServer.", StringComparison.Ordinal) + 10)..])));
    }

    [Test]
    public void Numbers_the_scripts_so_they_run_in_order()
    {
        var numbers = ScriptNames(DatabaseKind.Sqlite)
            .Select(name => name.Split('.')[^2])
            .Select(file => int.Parse(file[..4], System.Globalization.CultureInfo.InvariantCulture));

        Assert.That(numbers, Is.Ordered.Ascending.And.Unique);
        Assert.That(numbers.First(), Is.EqualTo(1));
    }

    static IEnumerable<TestCaseData> SqlServerScripts() =>
        ScriptNames(DatabaseKind.SqlServer).Select(name => new TestCaseData(name).SetArgDisplayNames(name));

    [TestCaseSource(nameof(SqlServerScripts))]
    public void Every_SQL_Server_migration_parses_as_T_SQL(string scriptName)
    {
        using var stream = Core.GetManifestResourceStream(scriptName)!;
        using var reader = new StreamReader(stream);

        Assert.That(ParseErrors(reader.ReadToEnd()), Is.Empty);
    }

    // Statements in the code are consts whose names end in Sql; those both dialects share must be
    // valid T-SQL too. A const ending in SqliteSql is SQLite's half of a pair and is left out.
    static IEnumerable<TestCaseData> SqlStatementsInCode() =>
        from type in Core.GetTypes()
        from field in type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
        where field.IsLiteral && field.FieldType == typeof(string)
              && field.Name.EndsWith("Sql", StringComparison.Ordinal) && !field.Name.EndsWith("SqliteSql", StringComparison.Ordinal)
        select new TestCaseData((string)field.GetRawConstantValue()!).SetArgDisplayNames($"{type.Name}.{field.Name}");

    [TestCaseSource(nameof(SqlStatementsInCode))]
    public void Every_SQL_statement_in_the_code_parses_as_T_SQL(string sql) =>
        Assert.That(ParseErrors(sql), Is.Empty);

    [Test]
    public void Finds_the_statements_it_checks()
    {
        Assert.That(SqlStatementsInCode().Count(), Is.GreaterThanOrEqualTo(3));
    }

    [Test]
    public void Applies_the_migrations_to_a_real_SQL_Server()
    {
        using var directory = new TestDirectory();
        var database = TestDatabase.Create(DatabaseKind.SqlServer, directory);

        Assert.That(() => new DatabaseMigrator(database, NullLoggerFactory.Instance).Migrate(), Throws.Nothing);
    }

    static IList<ParseError> ParseErrors(string sql)
    {
        new TSql170Parser(initialQuotedIdentifiers: true).Parse(new StringReader(sql), out var errors);
        return errors;
    }

    static List<string> ScriptNames(DatabaseKind kind) =>
        Core.GetManifestResourceNames()
            .Where(name => name.StartsWith(DatabaseMigrator.ScriptPrefix + DatabaseMigrator.ScriptFolder(kind) + ".", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
}
