using System.Collections.Concurrent;
using ControlSurface.Core.Engine;
using ControlSurface.Core.Model;
using ControlSurface.Midi.Mackie;

namespace ControlSurface.Midi.Tests.Mackie;

public sealed class MackieControlTargetTests : IAsyncDisposable
{
    private readonly LoopbackMidiPort _port = new();
    private readonly BlockingCollection<EngineInput> _posted = [];
    private readonly MackieControlTarget _target;

    public MackieControlTargetTests()
    {
        _target = new MackieControlTarget([_port]);
        _target.Attach(_posted.Add, 3);
        _target.Start();
    }

    public async ValueTask DisposeAsync() => await _target.DisposeAsync();

    [Fact]
    public async Task Start_WithAnnounce_SaysHelloUnprompted()
    {
        var port = new LoopbackMidiPort();
        await using var target = new MackieControlTarget([port]);

        target.Start(announce: true);

        Assert.Equal(new byte[] { 0xF0, 0x00, 0x00, 0x66, 0x14, 0x01 }, port.Sent[..6]);
        Assert.Equal(0xF7, port.Sent[17]);
    }

    [Fact]
    public void DeviceQuery_ForMainModel_IsAnsweredWithHostConnectionQuery()
    {
        _port.Inject(0xF0, 0x00, 0x00, 0x66, 0x14, 0x00, 0xF7);

        var reply = WaitForSent(b => b.Length >= 18);

        // No unprompted hello (the host queries); the answer is a host connection query for model 0x14.
        Assert.Equal(new byte[] { 0xF0, 0x00, 0x00, 0x66, 0x14, 0x01 }, reply[..6]);
        Assert.Equal(0xF7, reply[17]);
        Assert.Equal(1, _target.Units[0].Queries);
    }

    [Fact]
    public void LcdWrite_TopLine_PostsStripNames()
    {
        _port.Inject([0xF0, 0x00, 0x00, 0x66, 0x14, 0x12, 0x00, .. "Kick   Snare  "u8, 0xF7]);

        var names = new[] { Next(), Next() };

        Assert.Equal(new ModelAddress(Parameter.Name, 0), names[0].Address);
        Assert.Equal("Kick", names[0].Text);
        Assert.Equal("Snare", names[1].Text);
        Assert.Equal(Origin.Target(3), names[1].Origin);
    }

    [Fact]
    public void PitchBend_WithRunningStatus_PostsFaderPositions()
    {
        _port.Inject(0xE1, 0x7F, 0x7F, 0x00, 0x40);

        var first = Next();
        var second = Next();

        Assert.Equal(ModelAddress.Fader(1), first.Address);
        Assert.Equal(1.0, first.Value);
        Assert.Equal(8192 / 16383.0, second.Value, 6);
    }

    [Fact]
    public void PlayLed_On_PostsTransportPlaying()
    {
        _port.Inject(0x90, 0x5E, 0x7F);

        var update = Next();

        Assert.Equal(new ModelAddress(Parameter.TransportState), update.Address);
        Assert.Equal((int)TransportState.Playing, (int)update.Value);
    }

    [Fact]
    public void Apply_FaderFromSurface_SendsPitchBend()
    {
        _target.Apply(new ModelChange(ModelAddress.Fader(2), 0.5, Origin.Surface(0)));

        var sent = WaitForSent(b => b.Length >= 3);

        Assert.Equal(new byte[] { 0xE2, 0x00, 0x40 }, sent[..3]);
    }

    [Fact]
    public void Apply_OwnChange_SendsNothing()
    {
        _target.Apply(new ModelChange(ModelAddress.Fader(2), 0.5, Origin.Target(3)));
        _target.Apply(new ModelChange(new ModelAddress(Parameter.Play), 1, Origin.Surface(0)));

        var sent = WaitForSent(b => b.Length >= 6);

        Assert.Equal(new byte[] { 0x90, 0x5E, 0x7F, 0x90, 0x5E, 0x00 }, sent[..6]);
    }

    [Fact]
    public void Apply_MuteAlreadyLit_SendsNoToggle()
    {
        _port.Inject(0x90, 0x12, 0x7F);
        Next();

        _target.Apply(new ModelChange(new ModelAddress(Parameter.Mute, 2), 1, Origin.Surface(0)));
        _target.Apply(new ModelChange(new ModelAddress(Parameter.Mute, 2), 0, Origin.Surface(0)));

        var sent = WaitForSent(b => b.Length >= 6);
        Assert.Equal(new byte[] { 0x90, 0x12, 0x7F, 0x90, 0x12, 0x00 }, sent[..6]);
    }

    private EngineInput Next()
    {
        Assert.True(_posted.TryTake(out var input, TimeSpan.FromSeconds(10)), "nothing posted");
        return input;
    }

    private byte[] WaitForSent(Func<byte[], bool> done)
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var sent = _port.Sent;
        while (!done(sent))
        {
            cts.Token.WaitHandle.WaitOne(5);
            Assert.False(cts.IsCancellationRequested, $"sent only {Convert.ToHexString(sent)}");
            sent = _port.Sent;
        }
        return sent;
    }
}
