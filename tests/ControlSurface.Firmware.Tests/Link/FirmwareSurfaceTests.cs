using ControlSurface.Core.Surfaces;
using ControlSurface.Firmware.Link;
using ControlSurface.Firmware.Protocol;
using ControlSurface.Firmware.Protocol.Messages;

namespace ControlSurface.Firmware.Tests.Link;

public sealed class FirmwareSurfaceTests
{
    private static readonly Hello Board = new(1, 1, 0x010000,
        new DeviceCapabilities(2, 10, true, true, 4, 7, true, true, 4, 2, 4, true, 2, 2, 7, 2), 100, "SURF-1", "test");

    private readonly EventRecorder _recorder = new();
    private readonly FirmwareSurface _surface;

    public FirmwareSurfaceTests()
    {
        _surface = new FirmwareSurface(new SurfaceLayout(2, true, true, 4, 4, 2, 2, 7), _recorder.Post) { Index = 3 };
        _surface.Attach(null!, Board);
    }

    [Fact]
    public void OnFader_BeforeCalibration_PostsNothingThenNormalises()
    {
        _surface.OnFader(new FaderReport(0, 512, false));
        _surface.OnCalibration(ConfigEntry.Calibration(0, 12, 1012));
        _surface.OnFader(new FaderReport(0, 512, false));

        var e = Assert.Single(_recorder.Snapshot());
        Assert.Equal(new ControlEvent(3, ControlEventKind.FaderMoved, 0, 0.5), e);
    }

    [Fact]
    public void OnFader_TouchThenRelease_PostsTouchedMovedReleased()
    {
        _surface.OnCalibration(ConfigEntry.Calibration(1, 0, 1000));

        _surface.OnFader(new FaderReport(1, 250, true));
        _surface.OnFader(new FaderReport(1, 250, true));
        _surface.OnFader(new FaderReport(1, 300, false));

        Assert.Equal(
            [ControlEventKind.FaderTouched, ControlEventKind.FaderMoved, ControlEventKind.FaderMoved, ControlEventKind.FaderReleased],
            _recorder.Snapshot().Select(e => e.Kind));
    }

    [Fact]
    public void OnEvent_DuplicatesAndGaps_AreNotDelivered()
    {
        var ack1 = _surface.OnEvent(new DeviceEvent(100, EventKind.PadHit, 1, 127));
        var ack2 = _surface.OnEvent(new DeviceEvent(100, EventKind.PadHit, 1, 127));
        var ack3 = _surface.OnEvent(new DeviceEvent(102, EventKind.PadHit, 2, 127));
        var ack4 = _surface.OnEvent(new DeviceEvent(101, EventKind.Encoder, 0, -4));

        Assert.Equal([101, 101, 101, 102], new[] { ack1, ack2, ack3, ack4 }.Select(a => (int)a));
        Assert.Equal([(ControlEventKind.PadHit, 1.0), (ControlEventKind.EncoderTurned, -4.0)], _recorder.Snapshot().Select(e => (e.Kind, e.Value)));
        Assert.Equal(1, _surface.EventDuplicates);
        Assert.Equal(1, _surface.EventGaps);
    }

    [Fact]
    public void Attach_AgainAfterReconnect_KeepsEventHistory()
    {
        _surface.OnEvent(new DeviceEvent(100, EventKind.ButtonDown, 0, 0));

        var (history, expected) = _surface.Attach(null!, Board with { NextEventSequence = 0 });

        Assert.True(history);
        Assert.Equal(101, expected);
    }

    [Fact]
    public void Send_ManyTargetsForOneFader_OnlyTheLatestIsDirty()
    {
        _surface.OnCalibration(ConfigEntry.Calibration(0, 0, 1000));
        for (var i = 0; i <= 100; i++)
            _surface.Send(FeedbackCommand.FaderTarget(0, i / 100.0));
        var sent = new List<(MessageType, byte[])>();

        var batch = new CapturingBatch();
        _surface.Slots.Drain(batch.Batch, _surface.Calibration);
        batch.Batch.Flush();

        var target = Assert.Single(batch.Frames(), f => f.Type == MessageType.FaderTarget);
        Assert.True(FaderTarget.TryRead(target.Payload, out var m));
        Assert.Equal(new FaderTarget(0, 1000, 0), m);
        Assert.Empty(sent);
    }

    [Fact]
    public void Send_ControlThatDoesNotExist_IsIgnored()
    {
        _surface.Send(FeedbackCommand.Led(99, 1));
        _surface.Send(FeedbackCommand.Display(5, 0, "x"));

        Assert.False(_surface.Slots.AnyDirty);
    }
}
