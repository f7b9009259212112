using System.Text.Json;
using ControlSurface.Core.Takes;

namespace ControlSurface.Host.Takes;

/// <summary>The sheet as JSON: <c>{ "schemaVersion", "songs": [..], "takes": [ { .., "markers": [..] } ] }</c>, times in UTC ISO 8601.</summary>
internal static class JsonTakeExport
{
    /// <summary>Writes the songs and takes as one indented JSON object.</summary>
    public static void Write(IReadOnlyList<string> songs, IEnumerable<Take> takes, Stream output)
    {
        using var w = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        w.WriteStartObject();
        w.WriteNumber("schemaVersion", TakeSheetSchema.Current);
        w.WriteStartArray("songs");
        foreach (var s in songs)
            w.WriteStringValue(s);
        w.WriteEndArray();
        w.WriteStartArray("takes");
        foreach (var t in takes)
            WriteTake(w, t);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteTake(Utf8JsonWriter w, Take t)
    {
        w.WriteStartObject();
        w.WriteString("song", t.Song);
        w.WriteNumber("take", t.Number);
        w.WriteString("status", TakeText.Status(t.Status));
        w.WriteString("startedAt", TakeRows.Text(t.StartedAt));
        if (t.EndedAt is { } e)
            w.WriteString("endedAt", TakeRows.Text(e));
        else
            w.WriteNull("endedAt");
        w.WriteNumber("startSample", t.StartSample);
        if (t.EndSample is { } end)
            w.WriteNumber("endSample", end);
        else
            w.WriteNull("endSample");
        w.WriteNumber("sampleRate", t.SampleRate);
        if (t.Length is { } length)
            w.WriteNumber("lengthSeconds", Math.Round(length.TotalSeconds, 3));
        else
            w.WriteNull("lengthSeconds");
        w.WriteStartArray("armedTracks");
        foreach (var track in t.ArmedTracks)
            w.WriteNumberValue(track);
        w.WriteEndArray();
        w.WriteNumber("rating", t.Rating);
        w.WriteString("verdict", TakeRows.Text(t.Verdict));
        w.WriteStartArray("markers");
        foreach (var m in t.Markers)
        {
            w.WriteStartObject();
            w.WriteNumber("position", m.Position);
            w.WriteString("at", TakeRows.Text(m.At));
            w.WriteString("note", m.Note);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
