namespace ControlSurface.Core.Takes;

/// <summary>Where the take sheet is kept; the Host stores it in SQLite, tests and the sheet-less demo in memory.</summary>
/// <remarks>
/// The take session calls these on its own (engine) thread after every action, so nothing is lost on a
/// crash. Implementations either commit before returning or hand the write to an I/O task that commits
/// it right away; they must not wait on the engine.
/// </remarks>
public interface ITakeSheet
{
    /// <summary>Reads the whole sheet: songs in order and every take (interrupted takes are already marked).</summary>
    TakeSheetContents Load();

    /// <summary>Adds a song to the end of the song list (no-op when it is already there).</summary>
    void SaveSong(string song);

    /// <summary>Inserts or replaces a take (by song and number), with its markers.</summary>
    void SaveTake(Take take);

    /// <summary>Removes a take (undo).</summary>
    void DeleteTake(string song, int number);
}
