using System.Text.Json;
using ControlSurface.Host.Takes;
using NAudio.Midi;

namespace ControlSurface.Host.Tests.Takes;

public sealed class TakesCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly string _db;

    public TakesCommandTests()
    {
        _db = _dir.File("takes.db");
        SampleSheet.Write(_db);
    }

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task List_PrintsOneLinePerTakeAndTheTotals()
    {
        var (code, output, _) = await CliRunner.RunAsync("takes", "list", "--db", _db, "--utc");

        Assert.Equal(0, code);
        Assert.Contains("Ballad                  3  complete    2026-11-25 10:03:30    2:59.0  ★★★★★  keeper  great", output, StringComparison.Ordinal);
        Assert.Contains("4 takes, 1 keeper\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_OneTake_GivesTimelineArmedStripsAndMarkers()
    {
        var (code, output, _) = await CliRunner.RunAsync("takes", "show", "--db", _db, "--song", "Ballad", "--take", "2", "--utc");

        Assert.Equal(0, code);
        Assert.Contains("Ballad take 2 (discarded)", output, StringComparison.Ordinal);
        Assert.Contains("samples 2928000 to 3600000 at 48000 Hz", output, StringComparison.Ordinal);
        Assert.Contains("armed     strips 1, 4", output, StringComparison.Ordinal);
        Assert.Contains("marker    1:15.0  timing, late", output, StringComparison.Ordinal);
        Assert.DoesNotContain("take 1", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportCsv_QuotesNotesWithCommas_AndHasOneRowPerTake()
    {
        var (code, output, _) = await CliRunner.RunAsync("takes", "export", "--db", _db, "--format", "csv");

        var lines = output.TrimEnd().Split('\n');
        Assert.Equal(0, code);
        Assert.Equal(CsvTakeExport.Header, lines[0]);
        Assert.Equal(5, lines.Length);
        Assert.Equal("Ballad,2,discarded,2026-11-25T10:03:30.0000000Z,2026-11-25T10:03:30.0000000Z,2928000,3600000,48000,61.000,14.000,0 3,,,\"pitch @1:10.0; timing, late @1:15.0\"", lines[2]);
    }

    [Fact]
    public async Task ExportMd_IsAPrintableSheetPerSong()
    {
        var (code, output, _) = await CliRunner.RunAsync("takes", "export", "--db", _db, "--format", "md", "--utc");

        Assert.Equal(0, code);
        Assert.Contains("## Ballad (3 takes, 1 keeper)", output, StringComparison.Ordinal);
        Assert.Contains("| Take | Time | Length | Rating | Keeper | Notes |", output, StringComparison.Ordinal);
        Assert.Contains("| 3 | 2026-11-25 10:03:30 | 2:59.0 | ★★★★★ | ✔ keeper | great @1:40.0 |", output, StringComparison.Ordinal);
        Assert.Contains("| 1 | 2026-11-25 10:06:59 | 1:00.0 | ★★☆☆☆ | ✘ reject |  |", output, StringComparison.Ordinal);
        Assert.True(output.IndexOf("## Ballad", StringComparison.Ordinal) < output.IndexOf("## Song 2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ExportJson_ToAFile_HasSongsTakesAndMarkers()
    {
        var path = _dir.File("takes.json");

        var (code, _, _) = await CliRunner.RunAsync("takes", "export", "--db", _db, "--format", "json", "--out", path, "--song", "Ballad");

        Assert.Equal(0, code);
        var root = JsonDocument.Parse(File.ReadAllBytes(path)).RootElement;
        Assert.Equal(["Ballad"], root.GetProperty("songs").EnumerateArray().Select(s => s.GetString()));
        var takes = root.GetProperty("takes").EnumerateArray().ToList();
        Assert.Equal(3, takes.Count);
        Assert.Equal("keeper", takes[2].GetProperty("verdict").GetString());
        Assert.Equal(179.0, takes[2].GetProperty("lengthSeconds").GetDouble());
        Assert.Equal(48_000 * 70, takes[1].GetProperty("markers")[0].GetProperty("position").GetInt64());
        Assert.Equal([0, 3], takes[0].GetProperty("armedTracks").EnumerateArray().Select(t => t.GetInt32()));
    }

    [Fact]
    public async Task ExportMidi_WritesAStandardMidiFileOfMarkers()
    {
        var path = _dir.File("ballad.mid");

        var (code, _, _) = await CliRunner.RunAsync("takes", "export", "--db", _db, "--format", "midi", "--song", "Ballad", "--out", path);

        Assert.Equal(0, code);
        var markers = new MidiFile(path, true).Events[0].OfType<TextEvent>().Where(e => e.MetaEventType == MetaEventType.Marker).ToList();
        Assert.Equal(9, markers.Count);
        Assert.All(markers, m => Assert.StartsWith("Ballad take", m.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ExportMidi_WithoutOut_IsAUsageError()
    {
        var (code, _, err) = await CliRunner.RunAsync("takes", "export", "--db", _db, "--format", "midi");

        Assert.Equal(2, code);
        Assert.Contains("--out FILE.mid", err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_Text_GivesPerSongSpanTakesKeepersAndPerDay()
    {
        var (code, output, _) = await CliRunner.RunAsync("takes", "report", "--db", _db, "--utc");

        Assert.Equal(0, code);
        Assert.Contains("Ballad                   2026-11-25 10:00:00         6:29.0     3       1    6:13.0", output, StringComparison.Ordinal);
        Assert.Contains("2026-11-25 10:00:00 10:07:59    7:59.0     2     4       1    7:13.0", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_Json_CountsTakesAndKeepersPerSong()
    {
        var (code, output, _) = await CliRunner.RunAsync("takes", "report", "--db", _db, "--format", "json");

        Assert.Equal(0, code);
        var songs = JsonDocument.Parse(output).RootElement.GetProperty("songs").EnumerateArray().ToList();
        Assert.Equal((3, 1, 389.0), (songs[0].GetProperty("takes").GetInt32(), songs[0].GetProperty("keepers").GetInt32(), songs[0].GetProperty("firstToLastSeconds").GetDouble()));
    }

    [Theory]
    [InlineData("export", "--format", "xls")]
    [InlineData("list", "--song", "Polka")]
    [InlineData("dance")]
    [InlineData("list", "--take", "2")]
    public async Task BadArguments_ExitTwo(params string[] args)
    {
        var (code, _, err) = await CliRunner.RunAsync(["takes", .. args, "--db", _db]);

        Assert.Equal(2, code);
        Assert.StartsWith("controlsurface takes: ", err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_ASheetFromANewerBuild_ExitsTwoWithTheReason()
    {
        var future = _dir.File("future.db");
        using (var c = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={future};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "CREATE TABLE t (x); PRAGMA user_version = 7;";
            cmd.ExecuteNonQuery();
        }

        var (code, _, err) = await CliRunner.RunAsync("takes", "list", "--db", future);

        Assert.Equal(2, code);
        Assert.Contains("written by a newer controlsurface (schema version 7", err, StringComparison.Ordinal);
    }
}
