using System.Globalization;
using ControlSurface.Core.Takes;
using NAudio.Midi;

namespace ControlSurface.Host.Takes;

/// <summary>Takes as a Standard MIDI File of markers: a DAW imports it to see every take and note on its timeline.</summary>
/// <remarks>
/// <para>Format 0, one track. Timing: <see cref="TicksPerQuarterNote"/> = 960 at a fixed 120 BPM in 4/4 (a tempo
/// meta event at tick 0), so one quarter note is 0.5 s and one tick is exactly 1/1920 s. A position of
/// <c>s</c> samples at rate <c>r</c> lands on tick <c>round(s * 1920 / r)</c>; at 48 kHz that is 25 samples a tick
/// (0.52 ms), finer than any marker needs. Import with the file's tempo map (not the session's) so positions match.</para>
/// <para>Markers (meta type 6): "SONG take N" at each take's start (with its verdict, rating and status in brackets),
/// "SONG take N end" at its end (none for interrupted takes), and "SONG take N: NOTE" at every note marker.</para>
/// </remarks>
internal static class MidiTakeExport
{
    /// <summary>Pulses per quarter note.</summary>
    public const int TicksPerQuarterNote = 960;

    /// <summary>The fixed tempo, quarter notes per minute.</summary>
    public const int Bpm = 120;

    /// <summary>Ticks per second at <see cref="Bpm"/> and <see cref="TicksPerQuarterNote"/>.</summary>
    public const int TicksPerSecond = TicksPerQuarterNote * Bpm / 60;

    /// <summary>The tick for a timeline position.</summary>
    public static long Tick(long samples, int sampleRate) =>
        (long)Math.Round(samples * (double)TicksPerSecond / Math.Max(1, sampleRate), MidpointRounding.AwayFromZero);

    /// <summary>The marker texts and ticks for the takes, in time order (what <see cref="Write"/> puts in the file).</summary>
    public static IReadOnlyList<(long Tick, string Text)> Markers(IEnumerable<Take> takes)
    {
        var markers = new List<(long Tick, string Text)>();
        foreach (var t in takes)
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"{t.Song} take {t.Number}");
            var tags = new List<string>();
            if (t.Verdict != TakeVerdict.None)
                tags.Add(TakeText.Verdict(t.Verdict));
            if (t.Rating > 0)
                tags.Add(string.Create(CultureInfo.InvariantCulture, $"{t.Rating}/5"));
            if (t.Status != TakeStatus.Complete)
                tags.Add(TakeText.Status(t.Status));
            markers.Add((Tick(t.StartSample, t.SampleRate), tags.Count == 0 ? name : $"{name} [{string.Join(", ", tags)}]"));
            foreach (var m in t.Markers)
                markers.Add((Tick(m.Position, t.SampleRate), $"{name}: {m.Note}"));
            if (t.EndSample is { } end)
                markers.Add((Tick(end, t.SampleRate), name + " end"));
        }
        // Markers on the same tick keep the order they were added in (start, notes, end).
        return [.. markers.Select((m, i) => (m, i)).OrderBy(x => x.m.Tick).ThenBy(x => x.i).Select(x => x.m)];
    }

    /// <summary>Writes the file.</summary>
    public static void Write(IEnumerable<Take> takes, string title, Stream output)
    {
        var events = new MidiEventCollection(0, TicksPerQuarterNote);
        events.AddEvent(new TextEvent(title, MetaEventType.SequenceTrackName, 0), 0);
        events.AddEvent(new TempoEvent(60_000_000 / Bpm, 0), 0);
        events.AddEvent(new TimeSignatureEvent(0, 4, 2, 24, 8), 0);
        long last = 0;
        foreach (var (tick, text) in Markers(takes))
        {
            events.AddEvent(new TextEvent(text, MetaEventType.Marker, tick), 0);
            last = Math.Max(last, tick);
        }
        events.AddEvent(new MetaEvent(MetaEventType.EndTrack, 0, last), 0);
        MidiFile.Export(output, events);
    }
}
