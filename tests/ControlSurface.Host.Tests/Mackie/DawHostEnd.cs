using System.Threading.Channels;
using ControlSurface.Firmware.Serial;
using ControlSurface.Midi.Codec;
using ControlSurface.Midi.Mackie;

namespace ControlSurface.Host.Tests.Mackie;

/// <summary>
/// The DAW's end of a Mackie Control link on a real pseudo-terminal: the bridge opens the slave (through a symlink, as it
/// would open /dev/snd/midiC1D0), the test plays the host on the master. What the bridge sends is parsed and queued.
/// </summary>
/// <remarks>A pty carries the same byte stream as a rawmidi node; closing it is, to the bridge, the gadget vanishing.</remarks>
internal sealed class DawHostEnd : IDisposable
{
    private readonly PseudoTerminal _pty;
    private readonly System.Threading.Channels.Channel<Heard> _heard = System.Threading.Channels.Channel.CreateUnbounded<Heard>();
    private readonly Thread _reader;

    private DawHostEnd(PseudoTerminal pty)
    {
        _pty = pty;
        _reader = new Thread(Read) { IsBackground = true, Name = "daw host end" };
        _reader.Start();
    }

    /// <summary>Creates the pty and (re)points <paramref name="link"/> at its slave.</summary>
    public static DawHostEnd Open(string link) => new(PseudoTerminal.Open(link));

    /// <summary>Writes bytes as the DAW would (any framing; a message may be cut anywhere).</summary>
    public void Send(ReadOnlySpan<byte> bytes) => _pty.Master.Write(bytes);

    /// <summary>The host's device query for the main unit (F0 00 00 66 14 00 F7).</summary>
    public void SendDeviceQuery()
    {
        Span<byte> m = stackalloc byte[8];
        Send(m[..MackieEncoder.DeviceQuery(m, MackieProtocol.ModelMain)]);
    }

    /// <summary>The host's state push for the top LCD line: eight 7-character names.</summary>
    public void SendNames(params string[] names)
    {
        var line = string.Concat(names.Select(n => n.PadRight(7)[..7])).PadRight(MackieProtocol.LcdLineLength);
        Span<byte> m = stackalloc byte[80];
        Send(m[..MackieEncoder.Lcd(m, MackieProtocol.ModelMain, 0, line)]);
    }

    /// <summary>A fader move from the host (pitch bend on the strip's channel).</summary>
    public void SendFader(int strip, double position)
    {
        Span<byte> m = stackalloc byte[3];
        Send(m[..MackieEncoder.Fader(m, strip, position)]);
    }

    /// <summary>Waits for a Mackie SysEx with <paramref name="command"/> (e.g. 0x01, the host connection query); skips everything before it.</summary>
    public async Task<byte[]> WaitForSysExAsync(byte command, TimeSpan bound)
    {
        var heard = await WaitForAsync(h => h.SysEx is { Length: > 4 } s && s[0] == 0 && s[1] == 0 && s[2] == 0x66 && s[4] == command, bound, $"SysEx command {command:X2}");
        return heard.SysEx!;
    }

    /// <summary>Waits for a pitch bend on <paramref name="strip"/>'s channel whose 14-bit value satisfies <paramref name="accept"/>.</summary>
    public async Task<int> WaitForFaderAsync(int strip, Func<int, bool> accept, TimeSpan bound)
    {
        var heard = await WaitForAsync(h => h.Status == 0xE0 + strip && accept(h.Value), bound, $"pitch bend on strip {strip}");
        return heard.Value;
    }

    private async Task<Heard> WaitForAsync(Func<Heard, bool> match, TimeSpan bound, string what)
    {
        using var cts = new CancellationTokenSource(bound);
        var skipped = 0;
        try
        {
            while (true)
            {
                var h = await _heard.Reader.ReadAsync(cts.Token);
                if (match(h))
                    return h;
                skipped++;
            }
        }
        catch (Exception e) when (e is OperationCanceledException or ChannelClosedException)
        {
            throw new TimeoutException($"the bridge sent no {what} within {bound} ({skipped} other messages)");
        }
    }

    private void Read()
    {
        var parser = new MidiStreamParser();
        var sink = new Sink(_heard.Writer);
        var buffer = new byte[1024];
        try
        {
            int n;
            while ((n = _pty.Master.Read(buffer)) > 0)
                parser.Parse(buffer.AsSpan(0, n), ref sink);
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            // Closed.
        }
        _heard.Writer.TryComplete();
    }

    /// <summary>Closes both ends: the device is gone.</summary>
    public void Dispose()
    {
        _pty.Dispose();
        _reader.Join(TimeSpan.FromSeconds(10));
    }

    private sealed record Heard(byte Status, int Value, byte[]? SysEx);

    private readonly struct Sink(ChannelWriter<Heard> writer) : IMidiSink
    {
        public void OnMessage(in MidiMessage message) =>
            writer.TryWrite(new Heard(message.Status, message.Data1 | (message.Data2 << 7), null));

        public void OnSysEx(in SysExMessage sysEx)
        {
            if (sysEx.IsComplete)
                writer.TryWrite(new Heard(0xF0, 0, sysEx.Data.ToArray()));
        }

        public void OnError(in MidiError error)
        {
        }
    }
}
