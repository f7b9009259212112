using System.Threading.Channels;
using ControlSurface.Core.Surfaces;
using ControlSurface.Midi.Loopback;
using ControlSurface.Midi.Profiles;

namespace ControlSurface.Midi.Tests.Profiles;

public sealed class MidiControllerSurfaceTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private static ControllerProfile Get(string name) => BuiltInProfiles.TryGet(name, out var p) ? p : throw new InvalidOperationException();

    private static async Task<string> ReadHex(LoopbackMidiPort port, int count)
    {
        var buffer = new byte[count];
        var got = 0;
        using var cts = new CancellationTokenSource(Timeout);
        while (got < count)
            got += await port.ReceiveAsync(buffer.AsMemory(got), cts.Token);
        return HexBytes.Format(buffer);
    }

    [Fact]
    public async Task Launchpad_OverALoopbackPort_InitPadsAndLeds()
    {
        var (device, host) = LoopbackMidiPort.CreatePair("LPMiniMK3 MIDI", "host");
        var events = Channel.CreateUnbounded<ControlEvent>();
        var surface = new MidiControllerSurface("Launchpad #1", Get("launchpad-mini-mk3"), host, e => events.Writer.TryWrite(e)) { SurfaceIndex = 2 };
        using var cts = new CancellationTokenSource(Timeout);
        var reader = surface.RunAsync(cts.Token);

        surface.Start();
        Assert.Equal("F0 00 20 29 02 0D 0E 01 F7", await ReadHex(device, 9));

        device.Send([0x90, 44, 127]);  // row 4, column 4
        var hit = await events.Reader.ReadAsync(cts.Token);
        Assert.Equal(new ControlEvent(2, ControlEventKind.PadHit, 27, 1), hit);

        surface.Send(FeedbackCommand.Led(27, 0.5, 0xFF0000));
        Assert.Equal("91 2C 05", await ReadHex(device, 3));

        await cts.CancelAsync();
        await reader;
    }

    [Fact]
    public void NanoKontrol2_FadersWithoutMotors_LayoutAsksForSoftTakeover()
    {
        var (_, host) = LoopbackMidiPort.CreatePair("nanoKONTROL2", "host");

        var surface = new MidiControllerSurface("nano #1", Get("nanokontrol2"), host, _ => { });

        Assert.Equal(8, surface.Layout.Faders);
        Assert.False(surface.Layout.MotorizedFaders);
        Assert.All(Enumerable.Range(0, 8), f => Assert.False(surface.Layout.HasMotor(f)));
    }

    [Fact]
    public void ProfileWithOneMotorFader_OnlyThatFaderIsDriven()
    {
        var profile = ProfileLoader.Parse("mixed.yaml", """
            name: Mixed
            controls:
              - { fader: 0, pitchbend: 1, motor: true }
              - { fader: 1, cc: 7 }
            """);
        var (_, host) = LoopbackMidiPort.CreatePair("Mixed", "host");

        var surface = new MidiControllerSurface("mixed #1", profile, host, _ => { });

        Assert.True(surface.Layout.HasMotor(0));
        Assert.False(surface.Layout.HasMotor(1));
    }

    [Fact]
    public void NanoKontrol2_FaderBeforeAnyModelValue_MovesAtOnce()
    {
        var (_, host) = LoopbackMidiPort.CreatePair("nanoKONTROL2", "host");
        var posted = new List<ControlEvent>();
        var surface = new MidiControllerSurface("nano #1", Get("nanokontrol2"), host, posted.Add);

        surface.Receive([0xB0, 3, 100]);

        Assert.Equal([new ControlEvent(0, ControlEventKind.FaderMoved, 3, 100 / 127.0)], posted);
    }

    [Fact]
    public async Task Reconnect_ResendsInit()
    {
        var (device, host) = LoopbackMidiPort.CreatePair("LPMiniMK3 MIDI", "host");
        var surface = new MidiControllerSurface("Launchpad #1", Get("launchpad-mini-mk3"), host, _ => { });
        surface.Start();
        await ReadHex(device, 9);

        device.Disconnect();
        Assert.False(surface.CheckConnection());
        device.Reconnect();

        Assert.True(surface.CheckConnection());
        Assert.Equal("F0 00 20 29 02 0D 0E 01 F7", await ReadHex(device, 9));
    }

    [Fact]
    public void Send_CommandTheDeviceCannotShow_IsCounted()
    {
        var (_, host) = LoopbackMidiPort.CreatePair("MPD218", "host");
        var surface = new MidiControllerSurface("mpd #1", Get("mpd218"), host, _ => { });

        surface.Send(FeedbackCommand.Led(0, 1));
        surface.Send(FeedbackCommand.Display(0, 0, "Kick"));

        Assert.Equal(2, surface.FeedbackIgnored);
    }
}
