using ControlSurface.Core.Engine;
using ControlSurface.Core.Model;
using ControlSurface.Midi.Tests.Ports.Jack;

namespace ControlSurface.Midi.Tests.EndToEnd;

/// <summary>The Mackie Control target against a real, headless Ardour 7 over JACK MIDI; OSC reads Ardour back independently.</summary>
[Collection(JackCollection.Name)]
public sealed class ArdourMackieTests(ArdourMackieFixture ardour) : IClassFixture<ArdourMackieFixture>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Handshake_FourTrackNamesArrive()
    {
        Assert.SkipWhen(ardour.Peer is null, ardour.SkipReason);
        string[] expected = ["Kick", "Snare", "Bass", "Vox"];

        for (var strip = 0; strip < 4; strip++)
        {
            var s = strip;
            var name = await ardour.WaitForAsync(i => i.Address == new ModelAddress(Parameter.Name, s) && i.Text == expected[s], Timeout, $"the name {expected[s]}");
            Assert.Equal(expected[s], name.Text);
        }
        Assert.True(ardour.Target!.Units[0].Queries >= 1);
    }

    [Fact]
    public async Task FaderFromModel_SetsArdourTrack1Gain()
    {
        Assert.SkipWhen(ardour.Peer is null, ardour.SkipReason);
        await ardour.WaitForAsync(i => i.Address.Parameter == Parameter.Name && i.Text == "Kick", Timeout, "the name Kick");
        var osc = ardour.Osc!;
        var before = (await osc.WaitForAsync("/strip/fader", 1, _ => true, Timeout, ardour.Peer!.ThrowIfDead))[1];
        var target = Math.Abs((float)before - 0.5f) > 0.05f ? 0.5 : 0.3; // always a real change
        // Ardour's push after the handshake ends with the transport LEDs: wait for it before moving the fader.
        await ardour.WaitForAsync(_ => ardour.Target!.Units[0].Leds[0x5D], Timeout, "the STOP LED of a stopped transport");
        var from = ardour.Count;

        ardour.Target!.Apply(new ModelChange(ModelAddress.Fader(0), target, Origin.Surface(0)));

        // Ardour echoes the position it took, and OSC reads the same gain back.
        var echo = await ardour.WaitForAsync(i => i.Address == ModelAddress.Fader(0) && Math.Abs(i.Value - target) < 0.001, Timeout, $"the echo of fader 1 at {target}", from);
        var read = await osc.WaitForAsync("/strip/fader", 1, a => Math.Abs((float)a[1] - target) < 0.001, Timeout, ardour.Peer.ThrowIfDead);
        Assert.Equal(target, echo.Value, 3);
        Assert.Equal(target, (float)read[1], 3);
    }

    [Fact]
    public async Task PlayThenStop_ArdourRollsThenStops()
    {
        Assert.SkipWhen(ardour.Peer is null, ardour.SkipReason);
        await ardour.WaitForAsync(i => i.Address.Parameter == Parameter.Name && i.Text == "Kick", Timeout, "the name Kick");
        var osc = ardour.Osc!;
        // Ardour's push after the handshake ends with the transport LEDs: wait for STOP lit before pressing PLAY.
        await ardour.WaitForAsync(_ => ardour.Target!.Units[0].Leds[0x5D], Timeout, "the STOP LED of a stopped transport");
        var from = ardour.Count;

        ardour.Target!.Apply(new ModelChange(new ModelAddress(Parameter.Play), 1, Origin.Surface(0)));
        await ardour.WaitForAsync(IsTransport(TransportState.Playing), Timeout, "transport playing (PLAY LED)", from);
        await osc.WaitForAsync("/transport_play", 0, a => a is [1.0f], Timeout, ardour.Peer!.ThrowIfDead);
        from = ardour.Count;
        ardour.Target.Apply(new ModelChange(new ModelAddress(Parameter.Stop), 1, Origin.Surface(0)));
        await ardour.WaitForAsync(IsTransport(TransportState.Stopped), Timeout, "transport stopped (PLAY LED off)", from);
        await osc.WaitForAsync("/transport_stop", 0, a => a is [1.0f], Timeout, ardour.Peer.ThrowIfDead);
    }

    [Fact]
    public async Task GainChangedInArdour_ArrivesAsTrack2Fader()
    {
        Assert.SkipWhen(ardour.Peer is null, ardour.SkipReason);
        await ardour.WaitForAsync(i => i.Address.Parameter == Parameter.Name && i.Text == "Snare", Timeout, "the name Snare");
        var osc = ardour.Osc!;
        var before = (await osc.WaitForAsync("/strip/fader", 2, _ => true, Timeout, ardour.Peer!.ThrowIfDead))[1];
        var target = Math.Abs((float)before - 0.3f) > 0.05f ? 0.3f : 0.35f; // always a real change
        var from = ardour.Count;

        osc.Send("/strip/fader", 2, target);

        var fader = await ardour.WaitForAsync(i => i.Address == ModelAddress.Fader(1) && Math.Abs(i.Value - target) < 0.002, Timeout, $"fader 2 at {target}", from);
        Assert.Equal(target, fader.Value, 2);
    }

    private static Func<EngineInput, bool> IsTransport(TransportState state) =>
        i => i.Address.Parameter == Parameter.TransportState && (int)i.Value == (int)state;
}
