using System.Text.Json;
using ControlSurface.Core.Engine;

namespace ControlSurface.Host.Journal;

/// <summary>Reads a journal and feeds it to a fresh engine on a <see cref="ReplayClock"/>; reload lines change the engine as the reload did.</summary>
internal static class JournalReplayer
{
    /// <summary>Replays <paramref name="path"/>; <paramref name="build"/> makes the engine from the header (the same way the recording run did).</summary>
    /// <exception cref="FormatException">The file is not a journal, or a line is broken; the message names the line.</exception>
    public static BridgeEngine Replay(string path, Func<JournalHeader, TimeProvider, BridgeEngine> build)
    {
        using var reader = new StreamReader(path);
        var first = reader.ReadLine() ?? throw new FormatException($"{path}: empty file, not a journal");
        JournalHeader header;
        try
        {
            using var doc = JsonDocument.Parse(first);
            header = JournalFormat.ReadHeader(doc.RootElement);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new FormatException($"{path}:1: {e.Message}", e);
        }
        var clock = new ReplayClock(header.Start);
        var engine = build(header, clock);
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
                continue;
            (long Ticks, EngineInput Input) record;
            JournalReload? reload = null;
            try
            {
                using var doc = JsonDocument.Parse(line);
                if (doc.RootElement.TryGetProperty("k", out var k) && k.ValueEquals("reload"))
                {
                    (var at, reload) = JournalReload.Read(doc.RootElement);
                    clock.Set(header.Start + TimeSpan.FromTicks(at));
                    reload.ApplyTo(engine);
                    continue;
                }
                record = JournalFormat.ReadInput(doc.RootElement);
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or ArgumentException)
            {
                // A crash can cut the last line short; anything else broken is a real error.
                if (reader.Peek() < 0)
                    break;
                throw new FormatException($"{path}:{lineNumber}: {e.Message}", e);
            }
            clock.Set(header.Start + TimeSpan.FromTicks(record.Ticks));
            engine.Process(record.Input);
        }
        return engine;
    }
}
