using ControlSurface.Midi.Ports;

namespace ControlSurface.Midi.Tests.Ports;

public sealed class FdMidiPortTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task OpenSerial_At31250_ReceivesBytesFromTheLine()
    {
        using var pty = new PseudoTerminal();
        await using var port = FdMidiPort.OpenSerial(pty.DevicePath, 31250);
        byte[] sent = [0x90, 0x5E, 0x7F, 0x5E, 0x00]; // running status, as a DIN device sends it

        pty.Write(sent);
        var received = await ReadAsync(port, sent.Length);

        Assert.True(port.IsConnected);
        Assert.Equal(sent, received);
        Assert.Equal(sent.Length, port.Counters.BytesIn);
    }

    [Fact]
    public async Task Send_OnSerial_WritesTheBytesToTheLine()
    {
        using var pty = new PseudoTerminal();
        await using var port = FdMidiPort.OpenSerial(pty.DevicePath, 115200);
        byte[] message = [0xE0, 0x7F, 0x7F];

        Assert.True(port.Send(message));

        Assert.Equal(message, pty.Read(3));
    }

    [Fact]
    public async Task OpenRawMidi_MissingDevice_IsDownAndCountsDroppedSends()
    {
        await using var port = FdMidiPort.OpenRawMidi("/dev/snd/midiC99D9", TimeSpan.FromSeconds(30));

        var sent = port.Send([0x90, 0x10, 0x7F]);

        Assert.False(port.IsConnected);
        Assert.False(sent);
        Assert.Equal(1, port.Counters.DroppedOut);
        Assert.Contains("midiC99D9", port.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenSerial_NotATty_ReportsWhy()
    {
        var file = Path.GetTempFileName();
        try
        {
            await using var port = FdMidiPort.OpenSerial(file, 31250, TimeSpan.FromSeconds(30));

            Assert.False(port.IsConnected);
            Assert.Contains("not a serial port", port.LastError, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static async Task<byte[]> ReadAsync(IMidiPort port, int count)
    {
        using var cts = new CancellationTokenSource(Timeout);
        var buffer = new byte[count];
        var n = 0;
        while (n < count)
            n += await port.ReceiveAsync(buffer.AsMemory(n), cts.Token);
        return buffer;
    }
}
