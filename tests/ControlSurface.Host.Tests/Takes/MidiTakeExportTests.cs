using ControlSurface.Core.Takes;
using ControlSurface.Host.Takes;
using NAudio.Midi;

namespace ControlSurface.Host.Tests.Takes;

public sealed class MidiTakeExportTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private List<Take> SampleTakes()
    {
        var db = _dir.File("takes.db");
        SampleSheet.Write(db);
        using var sheet = SqliteTakeSheet.OpenForReading(db);
        return [.. sheet.Load().Takes];
    }

    private string Export(List<Take> takes)
    {
        var path = _dir.File("takes.mid");
        using (var file = File.Create(path))
            MidiTakeExport.Write(takes, "Takes: test", file);
        return path;
    }

    [Theory]
    [InlineData(48_000L, 48_000, 1_920L)]
    [InlineData(44_100L, 44_100, 1_920L)]
    [InlineData(25L, 48_000, 1L)]
    [InlineData(0L, 96_000, 0L)]
    public void Tick_IsOneNineteenHundredTwentiethOfASecond(long samples, int rate, long tick)
    {
        Assert.Equal(tick, MidiTakeExport.Tick(samples, rate));
    }

    [Fact]
    public void Markers_MarkEveryStartEndAndNote_WithVerdictAndRatingOnTheStart()
    {
        var markers = MidiTakeExport.Markers(SampleTakes());

        Assert.Contains((1_920L, "Ballad take 1"), markers);
        Assert.Contains((181L * 1_920, "Ballad take 1 end"), markers);
        Assert.Contains((70L * 1_920, "Ballad take 2: pitch"), markers);
        Assert.Contains((61L * 1_920, "Ballad take 2 [discarded]"), markers);
        Assert.Contains((1_920L, "Ballad take 3 [keeper, 5/5]"), markers);
        Assert.Contains((100L * 1_920, "Ballad take 3: great"), markers);
        Assert.Contains((0L, "Song 2 take 1 [reject, 2/5]"), markers);
        Assert.Equal(11, markers.Count);
        Assert.Equal(markers.OrderBy(m => m.Tick).Select(m => m.Tick), markers.Select(m => m.Tick));
    }

    [Fact]
    public void Write_ReadBackWithNAudio_HasTempoPpqAndEveryMarker()
    {
        var takes = SampleTakes();
        var path = Export(takes);

        var midi = new MidiFile(path, true);

        Assert.Equal((0, 960, 1), (midi.FileFormat, midi.DeltaTicksPerQuarterNote, midi.Tracks));
        var events = midi.Events[0];
        Assert.Equal(500_000, events.OfType<TempoEvent>().Single().MicrosecondsPerQuarterNote);
        var markers = events.OfType<TextEvent>().Where(e => e.MetaEventType == MetaEventType.Marker).Select(e => (e.AbsoluteTime, e.Text));
        Assert.Equal(MidiTakeExport.Markers(takes), markers);
    }

    [Fact]
    public async Task Write_ReadBackWithTheNpmMidiFilePackage_AgreesTickForTick()
    {
        var takes = SampleTakes();
        var path = Export(takes);

        var json = await NodeMidiReader.ReadAsync(path);

        Assert.Equal(0, json.GetProperty("format").GetInt32());
        Assert.Equal(960, json.GetProperty("ticksPerBeat").GetInt32());
        Assert.Equal(500_000, json.GetProperty("tempo").GetInt32());
        Assert.Equal("Takes: test", json.GetProperty("trackName").GetString());
        var markers = json.GetProperty("markers").EnumerateArray().Select(m => (m.GetProperty("tick").GetInt64(), m.GetProperty("text").GetString()!));
        Assert.Equal(MidiTakeExport.Markers(takes), markers);
    }
}
