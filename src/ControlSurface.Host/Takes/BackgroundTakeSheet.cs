using System.Threading.Channels;
using ControlSurface.Core.Takes;

namespace ControlSurface.Host.Takes;

/// <summary>Moves take-sheet writes off the engine thread: each write is queued and a writer task commits them in order.</summary>
/// <remarks>
/// A SQLite commit with synchronous=FULL costs milliseconds (an fsync); on the engine thread that would stall
/// fader feedback at every pad hit. Takes are immutable records, so handing one to another thread is safe.
/// Dispose waits until every queued write is committed. If a write fails the error is kept (see
/// <see cref="LastError"/>) and later writes still go through.
/// </remarks>
internal sealed class BackgroundTakeSheet : ITakeSheet, IDisposable
{
    private readonly ITakeSheet _inner;
    private readonly Channel<Action<ITakeSheet>> _writes = Channel.CreateUnbounded<Action<ITakeSheet>>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _writer;
    private long _pending;
    private string? _lastError;

    public BackgroundTakeSheet(ITakeSheet inner)
    {
        _inner = inner;
        _writer = Task.Run(WriteAllAsync);
    }

    /// <summary>Writes queued but not yet committed.</summary>
    public long Pending => Interlocked.Read(ref _pending);

    /// <summary>The last write that failed, or null.</summary>
    public string? LastError => Volatile.Read(ref _lastError);

    public TakeSheetContents Load() => _inner.Load();

    public void SaveSong(string song) => Queue(s => s.SaveSong(song));

    public void SaveTake(Take take) => Queue(s => s.SaveTake(take));

    public void DeleteTake(string song, int number) => Queue(s => s.DeleteTake(song, number));

    private void Queue(Action<ITakeSheet> write)
    {
        Interlocked.Increment(ref _pending);
        if (!_writes.Writer.TryWrite(write))
        {
            // Only after Dispose: write in place rather than lose a take.
            Interlocked.Decrement(ref _pending);
            write(_inner);
        }
    }

    private async Task WriteAllAsync()
    {
        await foreach (var write in _writes.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            try
            {
                write(_inner);
            }
            catch (Exception e) when (e is TakeSheetException or IOException or InvalidOperationException or Microsoft.Data.Sqlite.SqliteException)
            {
                Volatile.Write(ref _lastError, e.Message);
                await Console.Error.WriteLineAsync($"takes: a sheet write failed: {e.Message}").ConfigureAwait(false);
            }
            finally
            {
                Interlocked.Decrement(ref _pending);
            }
        }
    }

    public void Dispose()
    {
        _writes.Writer.TryComplete();
        _writer.GetAwaiter().GetResult();
        (_inner as IDisposable)?.Dispose();
    }
}
