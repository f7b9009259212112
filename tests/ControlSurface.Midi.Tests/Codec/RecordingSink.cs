using System.Globalization;
using ControlSurface.Midi.Codec;

namespace ControlSurface.Midi.Tests.Codec;

/// <summary>Test sink that writes everything it receives as one readable line each, e.g. "90 3C 64 @0".</summary>
internal sealed class RecordingSink : IMidiSink
{
    public List<string> Lines { get; } = [];

    public List<MidiMessage> Messages { get; } = [];

    public void OnMessage(in MidiMessage message)
    {
        Messages.Add(message);
        Lines.Add(string.Create(CultureInfo.InvariantCulture, $"{message} @{message.Offset}"));
    }

    public void OnSysEx(in SysExMessage sysEx) =>
        Lines.Add(string.Create(CultureInfo.InvariantCulture,
            $"sysex [{Convert.ToHexString(sysEx.Data)}] {(sysEx.IsComplete ? "complete" : "incomplete")} @{sysEx.Offset}"));

    public void OnError(in MidiError error) =>
        Lines.Add(string.Create(CultureInfo.InvariantCulture, $"{error.Kind} @{error.Offset}"));

    /// <summary>Parses <paramref name="bytes"/> as one chunk, completes the stream and returns the lines.</summary>
    public static List<string> ParseAll(byte[] bytes, MidiParserOptions? options = null, bool complete = true)
    {
        var parser = new MidiStreamParser(options);
        var sink = new RecordingSink();
        parser.Parse(bytes, ref sink);
        if (complete)
            parser.Complete(ref sink);
        return sink.Lines;
    }
}
