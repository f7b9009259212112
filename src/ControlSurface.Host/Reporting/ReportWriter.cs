using System.Text.Json;
using ControlSurface.Core.Engine;
using ControlSurface.Core.Model;

namespace ControlSurface.Host.Reporting;

/// <summary>Writes the end-of-run JSON report: strips, master, transport, surfaces, engine counters.</summary>
/// <remarks>
/// Every figure comes from the engine's state, which follows from its inputs, so the report of a
/// replay equals the report of the run that wrote the journal. Keep names stable: scripts read them.
/// </remarks>
internal static class ReportWriter
{
    /// <summary>Extra sections modules add to the report (e.g. takes), written after the engine section.</summary>
    public delegate void Section(Utf8JsonWriter writer);

    public static string Write(BridgeEngine engine, IEnumerable<Section>? sections = null)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteStartArray("strips");
            foreach (var s in engine.Mixer.Strips)
                WriteStrip(w, s, engine.Mixer);
            w.WriteEndArray();
            w.WritePropertyName("master");
            WriteStrip(w, engine.Mixer.Master, engine.Mixer);
            WriteTransport(w, engine.Transport);
            WriteSurfaces(w, engine);
            WriteEngine(w, engine);
            foreach (var section in sections ?? [])
                section(w);
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteStrip(Utf8JsonWriter w, Strip s, Mixer mixer)
    {
        w.WriteStartObject();
        w.WriteNumber("index", s.Index);
        w.WriteString("name", s.Name);
        w.WriteString("valueText", s.ValueText);
        w.WriteNumber("fader", Math.Round(s.Fader.Normalized, 6));
        if (s.GainDb is { } db)
            w.WriteNumber("gainDb", Math.Round(db, 2) + 0.0); // + 0.0 turns -0 into 0
        else
            w.WriteNull("gainDb");
        w.WriteNumber("pan", Math.Round(s.Pan, 4));
        w.WriteBoolean("mute", s.Mute);
        w.WriteBoolean("solo", s.Solo);
        w.WriteBoolean("recArm", s.RecArm);
        w.WriteBoolean("select", s.Select);
        if (s.Index >= 0)
            w.WriteBoolean("audible", mixer.IsAudible(s.Index));
        w.WriteNumber("meter", Math.Round(s.Meter.Level, 4));
        w.WriteEndObject();
    }

    private static void WriteTransport(Utf8JsonWriter w, Transport t)
    {
        w.WriteStartObject("transport");
        w.WriteString("state", t.State.ToString().ToLowerInvariant());
        w.WriteNumber("positionSamples", t.PositionSamples);
        w.WriteNumber("sampleRate", t.SampleRate);
        w.WriteString("timecode", t.Timecode.ToString());
        w.WriteString("timecodeRate", t.TimecodeRate.ToString());
        w.WriteString("bbt", t.BarsBeatsTicks.ToString());
        w.WriteBoolean("loop", t.Loop);
        w.WriteNumber("markers", t.Markers.Count);
        // What the DAW itself shows (Mackie Control time and assignment displays), beside the bridge's own position.
        w.WriteStartObject("display");
        w.WriteString("time", t.Display.Time);
        w.WriteString("mode", t.Display.Mode switch
        {
            TimeDisplayMode.Timecode => "timecode",
            TimeDisplayMode.BarsBeats => "bbt",
            _ => "unknown",
        });
        w.WriteString("assignment", t.Display.Assignment);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteSurfaces(Utf8JsonWriter w, BridgeEngine engine)
    {
        w.WriteStartArray("surfaces");
        foreach (var slot in engine.Surfaces)
        {
            if (slot.Removed)
                continue; // taken out by a configuration reload
            w.WriteStartObject();
            w.WriteString("name", slot.Name);
            w.WriteString("kind", slot.Kind);
            w.WriteBoolean("connected", slot.Connected);
            w.WriteNumber("bankOffset", slot.Bank.Offset);
            w.WritePropertyName("counters");
            w.WriteRawValue(slot.CountersJson, skipInputValidation: false);
            FeedbackReport.Write(w, engine.Feedback.Stage(slot.Index));
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteEngine(Utf8JsonWriter w, BridgeEngine engine)
    {
        var c = engine.Counters;
        w.WriteStartObject("engine");
        w.WriteNumber("inputs", c.Inputs);
        w.WriteNumber("controlEvents", c.ControlEvents);
        w.WriteNumber("targetUpdates", c.TargetUpdates);
        w.WriteNumber("ticks", c.Ticks);
        w.WriteNumber("modelChanges", c.ModelChanges);
        w.WriteNumber("feedbackCommands", c.FeedbackCommands);
        w.WriteNumber("unmappedControls", c.UnmappedControls);
        w.WriteNumber("rejectedInputs", c.RejectedInputs);
        w.WriteNumber("bankChanges", c.BankChanges);
        w.WriteEndObject();
    }
}
