using ControlSurface.Core.Surfaces;
using ControlSurface.Midi.MackieHost;
using ControlSurface.Midi.Ports;
using Microsoft.Extensions.Time.Testing;

namespace ControlSurface.Midi.Tests.MackieHost;

/// <summary>The host role's hot paths (bytes in, feedback out) allocate nothing per message.</summary>
public sealed class MackieSurfaceAllocationTests
{
    [Fact]
    public async Task ReceiveAndSend_AfterWarmUp_AllocateNothing()
    {
        var time = new FakeTimeProvider();
        var events = 0;
        await using var surface = new MackieSurface("mcu", new NullPort(), _ => events++, time, MackieSurfaceOptions.XTouch);
        // Fader moves with touches (each shows dB on the value line), V-Pot ticks, buttons.
        byte[] bytes = [0x90, 0x68, 0x7F, 0xE0, 0x10, 0x4E, 0xE0, 0x11, 0x4E, 0x90, 0x68, 0x00, 0xB0, 0x12, 0x41, 0x90, 0x5E, 0x7F, 0x90, 0x5E, 0x00];
        FeedbackCommand[] feedback =
        [
            FeedbackCommand.FaderTarget(2, 0.25), FeedbackCommand.FaderTarget(2, 0.75), FeedbackCommand.Led(0x10, 1), FeedbackCommand.Led(0x10, 0),
            new(FeedbackKind.Ring, 1, 0.2), new(FeedbackKind.Ring, 1, 0.8), new(FeedbackKind.Meter, 3, 0.9), new(FeedbackKind.StripColor, 4, 0xFF0000),
            FeedbackCommand.Display(5, 0, "Kick"),
        ];
        Exercise(surface, bytes, feedback, time);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
            Exercise(surface, bytes, feedback, time);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.Equal(101 * 7, events);
    }

    private static void Exercise(MackieSurface surface, byte[] bytes, FeedbackCommand[] feedback, FakeTimeProvider time)
    {
        surface.Receive(bytes);
        foreach (var c in feedback)
            surface.Send(c);
        time.Advance(TimeSpan.FromSeconds(2));
        surface.Tick();
    }

    private sealed class NullPort : IMidiPort
    {
        public string Name => "null";

        public bool IsConnected => true;

        public MidiPortCounters Counters { get; } = new();

        public bool Send(ReadOnlySpan<byte> messages) => true;

        public ValueTask<int> ReceiveAsync(Memory<byte> buffer, CancellationToken cancellation) => ValueTask.FromResult(0);

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
