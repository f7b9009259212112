using ControlSurface.Core.Pads;
using ControlSurface.Core.Surfaces;
using ControlSurface.Core.Takes;
using ControlSurface.Core.Tests.Takes;
using Microsoft.Extensions.Time.Testing;

namespace ControlSurface.Core.Tests.Pads;

public sealed class PadLedFeedbackTests
{
    private sealed class LedSurface : ISurface
    {
        public string Name => "pads";

        public string Kind => "virtual";

        public SurfaceLayout Layout { get; } = new(0, false, false, 16, 0, 0);

        public Dictionary<int, FeedbackCommand> Leds { get; } = [];

        public int Count { get; private set; }

        public void Send(in FeedbackCommand command)
        {
            Leds[command.Control] = command;
            Count++;
        }
    }

    private readonly TakeSession _session = new(new FakeTransport(), new InMemoryTakeSheet(), new FakeTimeProvider());
    private readonly LedSurface _surface = new();
    private readonly PadLedFeedback _feedback = new();
    private readonly PadLayout _layout = PadLayout.Default16;

    private void Do(TakeActionKind kind, int arg = 0) => _session.Apply(new TakeAction(kind, arg));

    [Fact]
    public void Update_First_SendsEveryPadOff()
    {
        Assert.Equal(16, _feedback.Update(_session, _layout, _surface));

        Assert.All(_surface.Leds.Values, c => Assert.Equal(FeedbackCommand.Led(c.Control, 0), c));
    }

    [Fact]
    public void Update_WhileRecording_BlinksRecordAndStopRed_AndLightsArmAmber()
    {
        Do(TakeActionKind.Arm);
        Do(TakeActionKind.Record);

        _feedback.Update(_session, _layout, _surface);

        Assert.Equal(FeedbackCommand.Led(1, 0.5, 0xFF0000), _surface.Leds[1]);
        Assert.Equal(FeedbackCommand.Led(2, 0.5, 0xFF0000), _surface.Leds[2]);
        Assert.Equal(FeedbackCommand.Led(0, 1, 0xFF8000), _surface.Leds[0]);
        Assert.Equal(0, _surface.Leds[3].Value);
    }

    [Fact]
    public void Update_AfterKeeperAndRating_ShowsGoldKeeperAndLitStars()
    {
        Do(TakeActionKind.Arm);
        Do(TakeActionKind.Record);
        Do(TakeActionKind.StopKeep);
        Do(TakeActionKind.MarkKeeper);
        Do(TakeActionKind.Rate, 3);

        _feedback.Update(_session, _layout, _surface);

        Assert.Equal(PadLedPalette.Default.Keeper, _surface.Leds[4].Color);
        Assert.Equal([1.0, 1.0, 1.0, 0.0, 0.0], Enumerable.Range(8, 5).Select(p => _surface.Leds[p].Value));
        Assert.Equal(FeedbackCommand.Led(3, 1, 0x00FF00), _surface.Leds[3]);
    }

    [Fact]
    public void Update_Rejected_ShowsPurpleNotRed()
    {
        Do(TakeActionKind.Arm);
        Do(TakeActionKind.Record);
        Do(TakeActionKind.StopKeep);
        Do(TakeActionKind.MarkReject);

        _feedback.Update(_session, _layout, _surface);

        Assert.Equal(PadLedState.Rejected, PadLedFeedback.StateOf(_layout[5]!, _session));
        Assert.Equal(0x8000FF, _surface.Leds[5].Color);
    }

    [Fact]
    public void Update_SendsOnlyWhatChanged_AndNothingWhenTheSessionDidNotMove()
    {
        _feedback.Update(_session, _layout, _surface);
        Do(TakeActionKind.Arm);

        Assert.Equal(2, _feedback.Update(_session, _layout, _surface));
        Assert.Equal(0, _feedback.Update(_session, _layout, _surface));
    }

    [Fact]
    public void Invalidate_ResendsEveryPad()
    {
        _feedback.Update(_session, _layout, _surface);

        _feedback.Invalidate();

        Assert.Equal(16, _feedback.Update(_session, _layout, _surface));
    }
}
