using ControlSurface.Core.Engine;
using ControlSurface.Core.Mapping;
using ControlSurface.Core.Surfaces;
using Microsoft.Extensions.Time.Testing;

namespace ControlSurface.Core.Tests.Engine;

/// <summary>The engine path with its feedback stage allocates nothing per event once running.</summary>
public sealed class BridgeEngineAllocationTests
{
    private const int Faders = 16;

    [Fact]
    public void Process_HandsTouchesTargetFloodAndTicks_AllocateNothingInSteadyState()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));
        var engine = new BridgeEngine(new EngineOptions { StripCount = 64 }, time);
        var board = new CountingSurface();
        var surface = engine.AddSurface(board, StandardBoard.Mapping(Faders, 16, 8));
        var target = engine.AddTarget(new SilentTarget());
        engine.Process(EngineInput.SurfaceStatus(surface, true, "{}"));
        var ms = 0;
        void Play(int milliseconds)
        {
            for (var end = ms + milliseconds; ms < end; ms++)
            {
                if (ms % 100 == 0)
                {
                    // A quarter of the faders change hands every 100 ms; a bank switch every second.
                    var f0 = ms / 100 % 4 * (Faders / 4);
                    for (var f = f0; f < f0 + (Faders / 4); f++)
                        engine.Process(EngineInput.FromControl(new ControlEvent(surface, ms / 400 % 2 == 0 ? ControlEventKind.FaderTouched : ControlEventKind.FaderReleased, f, 1)));
                }
                if (ms % 1000 == 500)
                {
                    engine.Process(EngineInput.FromControl(new ControlEvent(surface, ControlEventKind.ButtonDown, ms / 1000 % 2 == 0 ? StandardBoard.BankRight : StandardBoard.BankLeft, 1)));
                    engine.Process(EngineInput.FromControl(new ControlEvent(surface, ControlEventKind.ButtonUp, ms / 1000 % 2 == 0 ? StandardBoard.BankRight : StandardBoard.BankLeft, 0)));
                }
                for (var f = 0; f < Faders; f++)
                {
                    time.Advance(TimeSpan.FromTicks(TimeSpan.TicksPerMillisecond / Faders));
                    engine.Process(EngineInput.FromControl(new ControlEvent(surface, ControlEventKind.FaderMoved, f, 0.5 + (0.4 * Math.Sin((ms + (f * 37)) * 0.003)))));
                    engine.Process(EngineInput.TargetUpdate(target, ModelAddress.Fader(f), ((ms * 7) + (f * 131)) % 1024 / 1023.0));
                }
                engine.Process(EngineInput.Tick());
            }
        }

        Play(5000);
        var before = GC.GetAllocatedBytesForCurrentThread();
        Play(3000);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(board.Commands > 0);
        Assert.True(engine.Counters.BankChanges > 0);
        Assert.Equal(0, allocated);
    }

    private sealed class CountingSurface : ISurface
    {
        public string Name => "counting";

        public string Kind => "test";

        public SurfaceLayout Layout { get; } = new(Faders, MotorizedFaders: true, TouchSensing: true, Pads: 16, Buttons: StandardBoard.ButtonCount(Faders), Encoders: 8, DisplayLines: 2, DisplayCharacters: 7);

        public long Commands { get; private set; }

        public void Send(in FeedbackCommand command) => Commands++;
    }

    private sealed class SilentTarget : ITarget
    {
        public string Name => "silent";

        public void Apply(in ModelChange change)
        {
        }
    }
}
