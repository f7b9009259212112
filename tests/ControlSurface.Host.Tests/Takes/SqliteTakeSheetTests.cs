using ControlSurface.Core.Takes;
using ControlSurface.Host.Takes;
using Microsoft.Data.Sqlite;

namespace ControlSurface.Host.Tests.Takes;

public sealed class SqliteTakeSheetTests : IDisposable
{
    private static readonly DateTimeOffset At = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static Take NewTake(int number, TakeStatus status = TakeStatus.Complete) =>
        new("Ballad", number, status, 48_000, status == TakeStatus.Recording ? null : 960_000, 48_000, At.AddMinutes(number),
            status == TakeStatus.Recording ? null : At.AddMinutes(number).AddSeconds(19), [0, 2], 4, TakeVerdict.Keeper,
            [new TakeMarker(96_000, At.AddMinutes(number).AddSeconds(1), "pitch"), new TakeMarker(144_000, At.AddMinutes(number).AddSeconds(2), "great")]);

    private static string Pragma(string path, string pragma)
    {
        using var c = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "PRAGMA " + pragma;
        return Convert.ToString(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture)!;
    }

    private static void RawSql(string path, string sql)
    {
        using var c = new SqliteConnection($"Data Source={path};Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    [Fact]
    public void OpenForWriting_NewFile_CreatesTheDirectoryAndAWalSheetAtTheCurrentVersion()
    {
        var path = Path.Combine(_dir.Path, "deep", "er", "takes.db");

        using (SqliteTakeSheet.OpenForWriting(path))
        {
        }

        Assert.Equal("wal", Pragma(path, "journal_mode"));
        Assert.Equal(TakeSheetSchema.Current.ToString(System.Globalization.CultureInfo.InvariantCulture), Pragma(path, "user_version"));
    }

    [Fact]
    public void SaveTake_ThenReopen_ReadsBackEveryField()
    {
        var path = _dir.File("takes.db");
        var take = NewTake(1);
        using (var sheet = SqliteTakeSheet.OpenForWriting(path))
        {
            sheet.SaveSong("Ballad");
            sheet.SaveTake(take with { Rating = 1 });
            sheet.SaveTake(take);
        }

        using var again = SqliteTakeSheet.OpenForReading(path);
        var back = Assert.Single(again.Load().Takes);

        Assert.Equal(take with { ArmedTracks = back.ArmedTracks, Markers = back.Markers }, back);
        Assert.Equal(take.ArmedTracks, back.ArmedTracks);
        Assert.Equal(take.Markers, back.Markers);
        Assert.Equal(["Ballad"], again.Load().Songs);
    }

    [Fact]
    public void DeleteTake_RemovesTheTakeAndItsMarkers()
    {
        var path = _dir.File("takes.db");
        using var sheet = SqliteTakeSheet.OpenForWriting(path);
        sheet.SaveTake(NewTake(1));
        sheet.SaveTake(NewTake(2));

        sheet.DeleteTake("Ballad", 2);

        Assert.Equal([1], sheet.Load().Takes.Select(t => t.Number));
        Assert.Equal("2", CountMarkers(path));
    }

    private static string CountMarkers(string path)
    {
        using var c = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT COUNT(*) FROM markers";
        return Convert.ToString(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture)!;
    }

    [Fact]
    public void OpenForWriting_AVersionOneSheet_MigratesItKeepingTakesAndFillingTheSongList()
    {
        var path = _dir.File("v1.db");
        RawSql(path, TakeSheetSchema.Migrations[0] + """
            INSERT INTO takes (song, number, status, start_sample, end_sample, sample_rate, started_at, ended_at, armed_tracks, rating, verdict)
            VALUES ('Rocker', 1, 'complete', 0, 48000, 48000, '2026-11-24T09:00:00.0000000Z', '2026-11-24T09:00:01.0000000Z', '1', 3, 'keeper'),
                   ('Ballad', 1, 'recording', 0, NULL, 48000, '2026-11-24T10:00:00.0000000Z', NULL, '', 0, 'none');
            PRAGMA user_version = 1;
            """);

        using var sheet = SqliteTakeSheet.OpenForWriting(path);
        var contents = sheet.Load();

        Assert.Equal(TakeSheetSchema.Current, SqliteTakeSheet.ReadVersion(path));
        Assert.Equal(["Rocker", "Ballad"], contents.Songs);
        Assert.Equal((3, TakeVerdict.Keeper), (contents.Takes[0].Rating, contents.Takes[0].Verdict));
        Assert.Equal(TakeStatus.Interrupted, contents.Takes[1].Status);
        Assert.Equal(1, sheet.InterruptedOnOpen);
    }

    [Fact]
    public void Open_ASheetFromANewerVersion_RefusesWithAClearMessage_AndNeverRewritesIt()
    {
        var path = _dir.File("future.db");
        RawSql(path, "CREATE TABLE takes (id INTEGER PRIMARY KEY, hologram BLOB); PRAGMA user_version = 99;");
        var before = File.ReadAllBytes(path);
        var stamp = File.GetLastWriteTimeUtc(path);

        var w = Assert.Throws<TakeSheetException>(() => SqliteTakeSheet.OpenForWriting(path));
        var r = Assert.Throws<TakeSheetException>(() => SqliteTakeSheet.OpenForReading(path));

        Assert.Contains("newer controlsurface (schema version 99; this build reads up to 2)", w.Message, StringComparison.Ordinal);
        Assert.Contains("left untouched", r.Message, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(path));
        Assert.False(File.Exists(path + "-wal"));
        Assert.Equal("delete", Pragma(path, "journal_mode"));
    }

    [Fact]
    public void Open_AFileThatIsNotASheet_SaysSo()
    {
        var path = _dir.File("notes.txt");
        File.WriteAllText(path, "these are not the takes you are looking for, not even close, really not at all");

        var e = Assert.Throws<TakeSheetException>(() => SqliteTakeSheet.OpenForReading(path));

        Assert.Contains("is not a take sheet", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OpenForWriting_WhileAnotherWriterHasIt_Refuses()
    {
        var path = _dir.File("takes.db");
        using var first = SqliteTakeSheet.OpenForWriting(path);

        var e = Assert.Throws<TakeSheetException>(() => SqliteTakeSheet.OpenForWriting(path));

        Assert.Contains("open for writing in another controlsurface", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OpenForReading_WhileAWriterRecords_SeesTheTakeRecordingAndCannotWrite()
    {
        var path = _dir.File("takes.db");
        using var writer = SqliteTakeSheet.OpenForWriting(path);
        writer.SaveTake(NewTake(1, TakeStatus.Recording));

        using var reader = SqliteTakeSheet.OpenForReading(path);

        Assert.False(reader.IsWriter);
        Assert.Equal(TakeStatus.Recording, reader.Load().Takes.Single().Status);
        Assert.Throws<InvalidOperationException>(() => reader.SaveSong("x"));
    }

    [Fact]
    public void OpenForReading_AfterTheWriterWentAway_MarksTheOpenTakeInterruptedKeepingItsStart()
    {
        var path = _dir.File("takes.db");
        using (var writer = SqliteTakeSheet.OpenForWriting(path))
            writer.SaveTake(NewTake(1, TakeStatus.Recording));

        using var reader = SqliteTakeSheet.OpenForReading(path);
        var take = reader.Load().Takes.Single();

        Assert.Equal((TakeStatus.Interrupted, At.AddMinutes(1), (DateTimeOffset?)null), (take.Status, take.StartedAt, take.EndedAt));
    }
}
