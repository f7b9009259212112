using System.Text.Json;
using ControlSurface.Core.Engine;

namespace ControlSurface.Host.Journal;

/// <summary>Writes every engine input to a JSON-lines file: a header line, then one line per input.</summary>
/// <remarks>
/// One reused <see cref="Utf8JsonWriter"/> over a buffered stream, so recording costs no allocation per
/// input beyond the text of names and status. Doubles are written in round-trip form, which is what
/// makes a replay exact. Flushed on dispose and every second of engine time, so a crash loses at most
/// the last second.
/// </remarks>
internal sealed class JournalWriter : IEngineJournal, IDisposable
{
    private readonly FileStream _file;
    private readonly Utf8JsonWriter _json;
    private readonly DateTimeOffset _start;
    private DateTimeOffset _lastFlush;

    public JournalWriter(string path, JournalHeader header)
    {
        _file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 64 * 1024);
        _json = new Utf8JsonWriter(_file, new JsonWriterOptions { SkipValidation = true });
        _start = header.Start;
        _lastFlush = header.Start;
        JournalFormat.WriteHeader(_json, header);
        EndLine();
    }

    public void Record(DateTimeOffset at, in EngineInput input)
    {
        JournalFormat.WriteInput(_json, (at - _start).Ticks, input);
        EndLine();
        if (at - _lastFlush >= TimeSpan.FromSeconds(1))
        {
            _lastFlush = at;
            _file.Flush();
        }
    }

    /// <summary>Records what a configuration reload did; call with the engine loop paused (no input is being recorded).</summary>
    /// <remarks>Stamped with the time of the last input, the engine's "now" while it is paused.</remarks>
    public void RecordReload(BridgeEngine engine, JournalReload reload)
    {
        if (reload.IsEmpty)
            return;
        reload.Write(_json, engine.Now.Ticks);
        EndLine();
        _file.Flush();
    }

        private void EndLine()
    {
        _json.Flush();
        _json.Reset();
        _file.WriteByte((byte)'\n');
    }

    public void Dispose()
    {
        _json.Dispose();
        _file.Dispose();
    }
}
