namespace ControlSurface.Core.Takes;

/// <summary>A take sheet kept in memory: for tests, and for running without a sheet file.</summary>
/// <remarks>Not thread-safe; use it from the engine thread.</remarks>
public sealed class InMemoryTakeSheet : ITakeSheet
{
    private readonly List<string> _songs = [];
    private readonly List<Take> _takes = [];

    /// <summary>How many writes (song, take, delete) the sheet has taken.</summary>
    public int Writes { get; private set; }

    /// <inheritdoc />
    public TakeSheetContents Load() =>
        new([.. _songs], [.. _takes.OrderBy(t => t.StartedAt).ThenBy(t => t.Song, StringComparer.Ordinal).ThenBy(t => t.Number)]);

    /// <inheritdoc />
    public void SaveSong(string song)
    {
        Writes++;
        if (!_songs.Contains(song))
            _songs.Add(song);
    }

    /// <inheritdoc />
    public void SaveTake(Take take)
    {
        ArgumentNullException.ThrowIfNull(take);
        Writes++;
        var i = _takes.FindIndex(t => t.Song == take.Song && t.Number == take.Number);
        if (i >= 0)
            _takes[i] = take;
        else
            _takes.Add(take);
    }

    /// <inheritdoc />
    public void DeleteTake(string song, int number)
    {
        Writes++;
        _takes.RemoveAll(t => t.Song == song && t.Number == number);
    }
}
