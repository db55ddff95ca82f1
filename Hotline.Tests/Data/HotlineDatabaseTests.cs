using System.Data.Common;
using Dapper;
using Hotline.Configuration;
using Hotline.Data;
using Hotline.Tests.Support;

namespace Hotline.Tests.Data;

// SQLite's group commit (SqliteGroupCommit): this process's writes take turns, and those queued
// while one is written share one transaction, each undone alone if it fails.
public class HotlineDatabaseTests
{
    const string CreateTableSql = "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL)";

    TestDirectory _directory = null!;
    HotlineDatabase _database = null!;

    [SetUp]
    public async Task CreateDatabase()
    {
        _directory = new TestDirectory();
        _database = TestDatabase.Unmigrated(DatabaseKind.Sqlite, _directory);
        await using var connection = await _database.OpenAsync(CancellationToken.None);
        await connection.ExecuteAsync(CreateTableSql);
    }

    [TearDown]
    public void DeleteDatabase() => _directory.Dispose();

    [Test]
    public async Task Writes_queued_while_one_is_written_are_committed_together_after_it()
    {
        var (first, release) = await HoldTheTurnAsync();
        var queued = new[] { "a", "b", "c" }.Select(text => _database.WriteAsync(async (connection, transaction) =>
        {
            await Insert(connection, transaction, text);
            return transaction;
        }, CancellationToken.None)).ToList();

        await Task.Delay(TimeSpan.FromMilliseconds(200));
        Assert.That(queued.Any(write => write.IsCompleted), Is.False, "nothing is written before the turn comes");

        release();
        await first;
        var transactions = await Task.WhenAll(queued).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Multiple(async () =>
        {
            Assert.That(transactions.Distinct().Count(), Is.EqualTo(1), "one transaction for the three");
            Assert.That(await Notes(), Is.EqualTo(new[] { "first", "a", "b", "c" }));
        });
    }

    [Test]
    public async Task A_write_that_fails_undoes_only_itself_and_its_caller_gets_the_exception()
    {
        var (first, release) = await HoldTheTurnAsync();
        var before = _database.WriteAsync((connection, transaction) => Insert(connection, transaction, "before"), CancellationToken.None);
        var failing = _database.WriteAsync<int>(async (connection, transaction) =>
        {
            await Insert(connection, transaction, "failing");
            throw new InvalidOperationException("no");
        }, CancellationToken.None);
        var after = _database.WriteAsync((connection, transaction) => Insert(connection, transaction, "after"), CancellationToken.None);

        release();
        await Task.WhenAll(first, before, after).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Multiple(async () =>
        {
            Assert.That(async () => await failing, Throws.InvalidOperationException.With.Message.EqualTo("no"));
            Assert.That(await Notes(), Is.EqualTo(new[] { "first", "before", "after" }));
        });
    }

    [Test]
    public async Task When_the_commit_fails_every_write_of_the_batch_fails_and_none_is_kept()
    {
        var (first, release) = await HoldTheTurnAsync();
        var kept = _database.WriteAsync((connection, transaction) => Insert(connection, transaction, "kept?"), CancellationToken.None);
        // Ends the batch's transaction behind its back, as a failing disk would: the batch's
        // own statements then fail.
        var breaking = _database.WriteAsync((connection, transaction) => connection.ExecuteAsync(new CommandDefinition("ROLLBACK", transaction: transaction)), CancellationToken.None);

        release();
        await first;
        Assert.Multiple(async () =>
        {
            Assert.That(async () => await kept, Throws.Exception);
            Assert.That(async () => await breaking, Throws.Exception);
            Assert.That(await Notes(), Is.EqualTo(new[] { "first" }));
        });

        await _database.WriteAsync((connection, transaction) => Insert(connection, transaction, "next"), CancellationToken.None);
        Assert.That(await Notes(), Is.EqualTo(new[] { "first", "next" }), "the next write has a turn of its own");
    }

    [Test]
    public async Task A_write_cancelled_while_waiting_for_its_turn_is_not_written_and_does_not_hold_up_the_others()
    {
        var (first, release) = await HoldTheTurnAsync();
        using var cancellation = new CancellationTokenSource();
        var cancelled = _database.WriteAsync((connection, transaction) => Insert(connection, transaction, "cancelled"), cancellation.Token);
        var other = _database.WriteAsync((connection, transaction) => Insert(connection, transaction, "other"), CancellationToken.None);

        await cancellation.CancelAsync();
        Assert.That(async () => await cancelled, Throws.InstanceOf<OperationCanceledException>());

        release();
        await Task.WhenAll(first, other).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.That(await Notes(), Is.EqualTo(new[] { "first", "other" }));
    }

    // A write ("first") that holds the turn until released.
    async Task<(Task First, Action Release)> HoldTheTurnAsync()
    {
        var released = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = _database.WriteAsync(async (connection, transaction) =>
        {
            started.SetResult();
            await released.Task;
            return await Insert(connection, transaction, "first");
        }, CancellationToken.None);
        await started.Task.WaitAsync(TimeSpan.FromSeconds(10));
        return (first, released.SetResult);
    }

    static Task<int> Insert(DbConnection connection, DbTransaction transaction, string text) =>
        connection.ExecuteAsync(new CommandDefinition("INSERT INTO notes (text) VALUES (@Text)", new { Text = text }, transaction));

    async Task<string[]> Notes()
    {
        await using var connection = await _database.OpenAsync(CancellationToken.None);
        return [.. await connection.QueryAsync<string>("SELECT text FROM notes ORDER BY id")];
    }
}
