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
    public void Handshake_FourTrackNamesArrive()
    {
        Assert.SkipWhen(ardour.Peer is null, ardour.SkipReason);
        string[] expected = ["Kick", "Snare", "Bass", "Vox"];

        for (var strip = 0; strip < 4; strip++)
        {
            var s = strip;
            var name = ardour.WaitFor(i => i.Address == new ModelAddress(Parameter.Name, s) && i.Text == expected[s], Timeout);
            Assert.Equal(expected[s], name.Text);
        }
        Assert.True(ardour.Target!.Units[0].Queries >= 1);
    }

    [Fact]
    public async Task FaderFromModel_SetsArdourTrack1Gain()
    {
        Assert.SkipWhen(ardour.Peer is null, ardour.SkipReason);
        ardour.WaitFor(i => i.Address.Parameter == Parameter.Name && i.Text == "Kick", Timeout);
        var from = ardour.Count;

        ardour.Target!.Apply(new ModelChange(ModelAddress.Fader(0), 0.5, Origin.Surface(0)));

        // Ardour echoes the position it took, and OSC reads the same gain back.
        var echo = ardour.WaitFor(i => i.Address == ModelAddress.Fader(0) && Math.Abs(i.Value - 0.5) < 0.001, Timeout, from);
        var osc = await OscProbe.ReadFaderAsync(ardour.Peer!.OscPort, 1, Timeout);
        Assert.Equal(0.5, echo.Value, 3);
        Assert.Equal(0.5, osc, 3);
    }

    [Fact]
    public async Task PlayThenStop_ArdourRollsThenStops()
    {
        Assert.SkipWhen(ardour.Peer is null, ardour.SkipReason);
        ardour.WaitFor(i => i.Address.Parameter == Parameter.Name && i.Text == "Kick", Timeout);
        using var osc = new OscProbe(ardour.Peer!.OscPort);
        osc.Send("/set_surface", 8, 31, 19, 3, 0, 0); // buttons, values, master section (transport)
        var from = ardour.Count;

        ardour.Target!.Apply(new ModelChange(new ModelAddress(Parameter.Play), 1, Origin.Surface(0)));
        ardour.WaitFor(IsTransport(TransportState.Playing), Timeout, from);
        await osc.WaitForAsync("/transport_play", a => a is [1.0f], Timeout);
        from = ardour.Count;
        ardour.Target.Apply(new ModelChange(new ModelAddress(Parameter.Stop), 1, Origin.Surface(0)));
        ardour.WaitFor(IsTransport(TransportState.Stopped), Timeout, from);
        await osc.WaitForAsync("/transport_stop", a => a is [1.0f], Timeout);
    }

    [Fact]
    public void GainChangedInArdour_ArrivesAsTrack2Fader()
    {
        Assert.SkipWhen(ardour.Peer is null, ardour.SkipReason);
        ardour.WaitFor(i => i.Address.Parameter == Parameter.Name && i.Text == "Snare", Timeout);
        using var osc = new OscProbe(ardour.Peer!.OscPort);
        var from = ardour.Count;
        var target = ardour.Count % 2 == 0 ? 0.3f : 0.35f; // a value that differs from the last run's

        osc.Send("/strip/fader", 2, target);

        var fader = ardour.WaitFor(i => i.Address == ModelAddress.Fader(1) && Math.Abs(i.Value - target) < 0.002, Timeout, from);
        Assert.Equal(target, fader.Value, 2);
    }

    private static Func<EngineInput, bool> IsTransport(TransportState state) =>
        i => i.Address.Parameter == Parameter.TransportState && (int)i.Value == (int)state;
}
