using ControlSurface.Core.Engine;
using ControlSurface.Midi.Mackie;

namespace ControlSurface.Midi.Tests.Mackie;

/// <summary>The device role's receive path (parser, decoder, unit, post) allocates nothing per message, display digits included.</summary>
public sealed class MackieUnitAllocationTests
{
    private const int WarmUp = 50;
    private const int Measured = 600;

    [Fact]
    public async Task Receive_FadersLampsAndDisplayDigits_AllocateNothing()
    {
        var port = new LoopbackMidiPort();
        await using var target = new MackieControlTarget([port]);
        long before = 0, after = 0;
        var posted = 0;
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        // Runs on the unit's reader thread, inside one Parse call: what it allocated between the two marks is per message.
        target.Attach(_ =>
        {
            posted++;
            if (posted == WarmUp)
                before = GC.GetAllocatedBytesForCurrentThread();
            if (posted == WarmUp + Measured)
            {
                after = GC.GetAllocatedBytesForCurrentThread();
                done.TrySetResult();
            }
        }, 0);
        target.Start();
        var bytes = new List<byte>();
        for (var i = 0; i < (WarmUp + Measured) / 5 + 20; i++)
        {
            var d = (byte)(0x30 + (i % 10));
            var digit = (byte)(0x30 + (i / 10 % 10)); // digit i % 10 changes every round
            // A fader move, a time digit and an assignment digit that change, the BEATS lamp, a mute LED, a meter.
            bytes.AddRange([0xE0, (byte)(i & 0x7F), 0x20, 0xB0, (byte)(0x40 + (i % 10)), digit, 0xB0, 0x4A, d]);
            bytes.AddRange(i % 2 == 0 ? [0x90, 0x72, 0x7F, 0x90, 0x10, 0x7F] : [0x90, 0x72, 0x00, 0x90, 0x10, 0x00]);
            bytes.AddRange([0xD0, (byte)(0x10 | (i % 12))]);
        }

        port.Inject([.. bytes]);
        await done.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        Assert.Equal(0, after - before);
    }
}
