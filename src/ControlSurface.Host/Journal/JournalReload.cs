using System.Text.Json;
using ControlSurface.Core.Engine;
using ControlSurface.Core.Model;

namespace ControlSurface.Host.Journal;

/// <summary>What a configuration reload did to the engine, as the journal records it, so a replay does the same at the same point.</summary>
/// <remarks>
/// <para>A reload changes the engine outside its input queue (the loop is paused): strip names and the timecode rate
/// are written directly, surfaces are taken out and new ones added at new indices. Recording those effects, rather
/// than the file, keeps a replay exact without the file and without opening a device: the replay takes out the same
/// slots and adds <see cref="Demo.ReplaySurface"/>s with the recorded layouts, bindings and feedback settings.</para>
/// <para>Applied in the live order: names, timecode rate, removals, then additions (a reload closes everything it
/// replaces before it builds). A surface built and at once taken out again (its feedback settings were refused)
/// is recorded as added and removed.</para>
/// </remarks>
/// <param name="Names">Strips whose name the reload changed, with the new name.</param>
/// <param name="TimecodeRate">The new timecode rate, or null when unchanged.</param>
/// <param name="Removed">Surface slots the reload took out (indices stay; the slots go silent).</param>
/// <param name="Added">Surfaces the reload added, in index order, each with whether it was taken out again.</param>
internal sealed record JournalReload(
    IReadOnlyList<(int Strip, string Name)> Names,
    TimecodeRate? TimecodeRate,
    IReadOnlyList<int> Removed,
    IReadOnlyList<(JournalSurface Surface, bool Removed)> Added)
{
    /// <summary>The engine as it is before a reload, to compare with afterwards. Take it with the loop paused.</summary>
    public static Mark Before(BridgeEngine engine) => new(
        [.. engine.Mixer.Strips.Select(s => s.Name)],
        engine.Transport.TimecodeRate,
        [.. engine.Surfaces.Select(s => s.Removed)]);

    /// <summary>What changed since <paramref name="before"/>. Call with the loop still paused.</summary>
    public static JournalReload Since(Mark before, BridgeEngine engine)
    {
        var names = new List<(int, string)>();
        for (var i = 0; i < engine.Mixer.Strips.Count && i < before.Names.Length; i++)
        {
            if (engine.Mixer.Strips[i].Name != before.Names[i])
                names.Add((i, engine.Mixer.Strips[i].Name));
        }
        var removed = new List<int>();
        for (var i = 0; i < before.Removed.Length; i++)
        {
            if (!before.Removed[i] && engine.Surfaces[i].Removed)
                removed.Add(i);
        }
        var added = new List<(JournalSurface, bool)>();
        for (var i = before.Removed.Length; i < engine.Surfaces.Count; i++)
            added.Add((JournalSurfaces.Describe(engine.Surfaces[i]), engine.Surfaces[i].Removed));
        var rate = engine.Transport.TimecodeRate;
        return new JournalReload(names, rate == before.TimecodeRate ? null : rate, removed, added);
    }

    /// <summary>True when the reload changed nothing the engine keeps (e.g. only a target was rebuilt).</summary>
    public bool IsEmpty => Names.Count == 0 && TimecodeRate is null && Removed.Count == 0 && Added.Count == 0;

    /// <summary>Does to a replaying engine what the reload did to the live one.</summary>
    /// <exception cref="FormatException">A removed index the engine does not have: the journal does not belong to this header.</exception>
    public void ApplyTo(BridgeEngine engine)
    {
        foreach (var (strip, name) in Names)
            engine.Writer.Apply(new ModelAddress(Parameter.Name, strip), 0, Origin.Engine, name);
        if (TimecodeRate is { } rate)
            engine.Transport.TimecodeRate = rate;
        foreach (var index in Removed)
        {
            if ((uint)index >= (uint)engine.Surfaces.Count)
                throw new FormatException($"reload removes surface {index}, but there are {engine.Surfaces.Count}");
            engine.RemoveSurface(index);
        }
        foreach (var (surface, removed) in Added)
        {
            var index = JournalSurfaces.Add(engine, surface, configureFeedback: !removed);
            if (removed)
                engine.RemoveSurface(index);
        }
    }

    /// <summary>Writes the reload as one journal line's object: <c>{"t":…,"k":"reload",…}</c>.</summary>
    public void Write(Utf8JsonWriter w, long ticks)
    {
        w.WriteStartObject();
        w.WriteNumber("t", ticks);
        w.WriteString("k", "reload");
        w.WriteStartArray("names");
        foreach (var (strip, name) in Names)
        {
            w.WriteStartArray();
            w.WriteNumberValue(strip);
            w.WriteStringValue(name);
            w.WriteEndArray();
        }
        w.WriteEndArray();
        if (TimecodeRate is { } rate)
            w.WriteString("timecodeRate", rate.ToString());
        w.WriteStartArray("removed");
        foreach (var i in Removed)
            w.WriteNumberValue(i);
        w.WriteEndArray();
        w.WriteStartArray("added");
        foreach (var (surface, removed) in Added)
        {
            w.WriteStartObject();
            w.WriteBoolean("removed", removed);
            w.WritePropertyName("surface");
            JournalFormat.WriteSurface(w, surface);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>Reads a line written by <see cref="Write"/>: its time (ticks since start) and the reload.</summary>
    public static (long Ticks, JournalReload Reload) Read(JsonElement e) => (
        e.GetProperty("t").GetInt64(),
        new JournalReload(
            [.. e.GetProperty("names").EnumerateArray().Select(n => (n[0].GetInt32(), n[1].GetString() ?? ""))],
            e.TryGetProperty("timecodeRate", out var r) ? Enum.Parse<TimecodeRate>(r.GetString()!) : null,
            [.. e.GetProperty("removed").EnumerateArray().Select(i => i.GetInt32())],
            [.. e.GetProperty("added").EnumerateArray().Select(a => (JournalFormat.ReadSurface(a.GetProperty("surface")), a.GetProperty("removed").GetBoolean()))]));

    /// <summary>The engine state a reload is compared against.</summary>
    /// <param name="Names">Strip names, by strip.</param>
    /// <param name="TimecodeRate">The timecode rate.</param>
    /// <param name="Removed">Whether each surface slot was already taken out.</param>
    internal sealed record Mark(string[] Names, TimecodeRate TimecodeRate, bool[] Removed);
}
