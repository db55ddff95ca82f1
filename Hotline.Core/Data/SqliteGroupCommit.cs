using System.Collections.Concurrent;
using System.Data.Common;

namespace Hotline.Data;

// SQLite takes one writer at a time, and each commit waits for the disk (an fsync of the WAL).
// Writers of one process that collide get SQLITE_BUSY, on which Microsoft.Data.Sqlite blocks its
// thread in 150 ms sleeps; and with one commit per write, the worker could write no faster than
// the disk syncs, three commits per contact (docs/benchmarks.md). So the writes of this process
// queue here, and whoever has the turn runs every write queued meanwhile in one transaction, each
// in a savepoint of its own so that a write that fails undoes only itself. One commit makes them
// all durable before any of their callers goes on. The API's intake spool writes its own file so.
//
// CA1001: the SemaphoreSlim never creates its wait handle (AvailableWaitHandle is not used), so
// there is nothing to dispose of, and its owners (singletons) need not be disposable.
#pragma warning disable CA1001
public sealed class SqliteGroupCommit(Func<CancellationToken, Task<DbConnection>> open)
#pragma warning restore CA1001
{
    const int MaxWritesPerCommit = 64;
    const string Savepoint = "write";

    readonly ConcurrentQueue<QueuedWrite> _queue = new();
    readonly SemaphoreSlim _turn = new(1, 1);

    public async Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> write, CancellationToken cancellationToken)
    {
        var queued = new QueuedWrite<T>(write);
        _queue.Enqueue(queued);
        try
        {
            await _turn.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (!queued.TryAbandon())
        {
            // Another writer's batch has already taken it: it will be written, so wait for it.
            return await queued.Done.Task;
        }

        try
        {
            while (!queued.Done.Task.IsCompleted)
            {
                await CommitQueuedAsync();
            }
        }
        finally
        {
            _turn.Release();
        }

        return await queued.Done.Task;
    }

    // Not cancelled by the caller who happens to have the turn: the batch holds others' writes.
    // Each write runs with its own caller's cancellation.
    async Task CommitQueuedAsync()
    {
        var batch = new List<QueuedWrite>();
        while (batch.Count < MaxWritesPerCommit && _queue.TryDequeue(out var next))
        {
            if (next.TryClaim())
            {
                batch.Add(next);
            }
        }

        var written = new List<QueuedWrite>(batch.Count);
        try
        {
            await using var connection = await open(CancellationToken.None);
            await using var transaction = await connection.BeginTransactionAsync(CancellationToken.None);
            foreach (var write in batch)
            {
                await transaction.SaveAsync(Savepoint, CancellationToken.None);
                try
                {
                    await write.RunAsync(connection, transaction);
                    await transaction.ReleaseAsync(Savepoint, CancellationToken.None);
                    written.Add(write);
                }
                catch (Exception exception)
                {
                    await transaction.RollbackAsync(Savepoint, CancellationToken.None);
                    await transaction.ReleaseAsync(Savepoint, CancellationToken.None);
                    write.Fail(exception);
                }
            }

            await transaction.CommitAsync(CancellationToken.None);
        }
        catch (Exception exception)
        {
            // Nothing of the batch is committed: every write not failed already fails with this.
            foreach (var write in batch)
            {
                write.Fail(exception);
            }

            return;
        }

        foreach (var write in written)
        {
            write.Complete();
        }
    }

    abstract class QueuedWrite
    {
        const int Queued = 0, Claimed = 1, Abandoned = 2;
        int _state = Queued;

        // A write whose caller stopped waiting for the turn is skipped; one already taken into a
        // batch is written, and its caller waits for it.
        public bool TryClaim() => Interlocked.CompareExchange(ref _state, Claimed, Queued) == Queued;

        public bool TryAbandon() => Interlocked.CompareExchange(ref _state, Abandoned, Queued) == Queued;

        public abstract Task RunAsync(DbConnection connection, DbTransaction transaction);

        public abstract void Complete();

        public abstract void Fail(Exception exception);
    }

    sealed class QueuedWrite<T>(Func<DbConnection, DbTransaction, Task<T>> write) : QueuedWrite
    {
        T _result = default!;

        public TaskCompletionSource<T> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override async Task RunAsync(DbConnection connection, DbTransaction transaction) =>
            _result = await write(connection, transaction);

        public override void Complete() => Done.TrySetResult(_result);

        public override void Fail(Exception exception) => Done.TrySetException(exception);
    }
}
