namespace ControlSurface.Host.Takes;

/// <summary>The take sheet's versioned schema: one migration per version, applied in order, recorded in <c>PRAGMA user_version</c>.</summary>
/// <remarks>
/// Never edit a released migration; append a new one. A sheet whose user_version is above
/// <see cref="Current"/> was written by a newer build and is refused without being touched.
/// </remarks>
internal static class TakeSheetSchema
{
    /// <summary>The migrations; index i takes the sheet from version i to i + 1.</summary>
    public static IReadOnlyList<string> Migrations { get; } =
    [
        // 1: takes and their markers.
        """
        CREATE TABLE takes (
            id INTEGER PRIMARY KEY,
            song TEXT NOT NULL,
            number INTEGER NOT NULL CHECK (number >= 1),
            status TEXT NOT NULL CHECK (status IN ('recording', 'complete', 'discarded', 'interrupted')),
            start_sample INTEGER NOT NULL,
            end_sample INTEGER,
            sample_rate INTEGER NOT NULL,
            started_at TEXT NOT NULL,
            ended_at TEXT,
            armed_tracks TEXT NOT NULL DEFAULT '',
            rating INTEGER NOT NULL DEFAULT 0 CHECK (rating BETWEEN 0 AND 5),
            verdict TEXT NOT NULL DEFAULT 'none' CHECK (verdict IN ('none', 'keeper', 'reject')),
            UNIQUE (song, number));
        CREATE TABLE markers (
            id INTEGER PRIMARY KEY,
            take_id INTEGER NOT NULL REFERENCES takes (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            at TEXT NOT NULL,
            note TEXT NOT NULL);
        CREATE INDEX markers_take ON markers (take_id);
        """,
        // 2: the song list, so songs keep their order and a song without takes survives a restart.
        """
        CREATE TABLE songs (
            position INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE);
        INSERT INTO songs (name) SELECT song FROM takes GROUP BY song ORDER BY MIN(started_at);
        """,
    ];

    /// <summary>The version this build writes.</summary>
    public static int Current => Migrations.Count;
}
