using Hotline.Configuration;
using Hotline.Data;
using Hotline.Tests.Support;

namespace Hotline.Tests.Data;

// The SQLite write gate: this process's writers take turns instead of colliding on SQLite's one
// write lock (and sleeping in Microsoft.Data.Sqlite's busy retries).
public class HotlineDatabaseTests
{
    TestDirectory _directory = null!;
    HotlineDatabase _database = null!;

    [SetUp]
    public void CreateDatabase()
    {
        _directory = new TestDirectory();
        _database = TestDatabase.Create(DatabaseKind.Sqlite, _directory);
    }

    [TearDown]
    public void DeleteDatabase() => _directory.Dispose();

    [Test]
    public async Task A_second_writer_gets_its_connection_only_once_the_first_has_disposed_of_its_own()
    {
        var first = await _database.OpenForWriteAsync(CancellationToken.None);
        var second = _database.OpenForWriteAsync(CancellationToken.None);

        await Task.Delay(TimeSpan.FromMilliseconds(300));
        Assert.That(second.IsCompleted, Is.False);

        await first.DisposeAsync();
        await using var secondConnection = await second.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.That(secondConnection.State, Is.EqualTo(System.Data.ConnectionState.Open));
    }

    [Test]
    public async Task A_writer_cancelled_while_waiting_does_not_keep_the_turn_of_those_behind_it()
    {
        var first = await _database.OpenForWriteAsync(CancellationToken.None);
        using var cancellation = new CancellationTokenSource();
        var cancelled = _database.OpenForWriteAsync(cancellation.Token);
        var third = _database.OpenForWriteAsync(CancellationToken.None);

        await cancellation.CancelAsync();
        Assert.That(async () => await cancelled, Throws.InstanceOf<OperationCanceledException>());

        await first.DisposeAsync();
        await using var thirdConnection = await third.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.That(thirdConnection.State, Is.EqualTo(System.Data.ConnectionState.Open));
    }
}
