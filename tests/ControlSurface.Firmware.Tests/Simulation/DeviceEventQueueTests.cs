using ControlSurface.Firmware.Protocol;
using ControlSurface.Firmware.Simulation;

namespace ControlSurface.Firmware.Tests.Simulation;

public sealed class DeviceEventQueueTests
{
    private static List<ushort> SendAll(DeviceEventQueue q, double now)
    {
        var sent = new List<ushort>();
        while (q.TryNext(now, out var e))
            sent.Add(e.Sequence);
        return sent;
    }

    [Fact]
    public void TryNext_ManyEvents_StopsAtTheWindow()
    {
        var q = new DeviceEventQueue();
        for (var i = 0; i < 40; i++)
            q.Enqueue(EventKind.PadHit, 0, 1);

        var sent = SendAll(q, 0);

        Assert.Equal(DeviceEventQueue.Window, sent.Count);
        Assert.Equal(Enumerable.Range(0, 32).Select(i => (ushort)i), sent);
    }

    [Fact]
    public void Acknowledge_Cumulative_ForgetsAndOpensTheWindow()
    {
        var q = new DeviceEventQueue();
        for (var i = 0; i < 40; i++)
            q.Enqueue(EventKind.PadHit, 0, 1);
        SendAll(q, 0);

        q.Acknowledge(10, 0.001);
        var more = SendAll(q, 0.001);

        Assert.Equal(30, q.Count);
        Assert.Equal(Enumerable.Range(32, 8).Select(i => (ushort)i), more);
    }

    [Fact]
    public void TryNext_NoAckFor20Ms_ResendsEverythingPendingInOrder()
    {
        var q = new DeviceEventQueue();
        for (var i = 0; i < 3; i++)
            q.Enqueue(EventKind.ButtonDown, (byte)i, 0);
        SendAll(q, 0);

        var early = SendAll(q, 0.019);
        var late = SendAll(q, 0.021);

        Assert.Empty(early);
        Assert.Equal([0, 1, 2], late);
        Assert.Equal(1, q.Retransmissions);
    }

    [Fact]
    public void Settle_WithHostHistory_DropsDeliveredAndRenumbersTheRest()
    {
        var q = new DeviceEventQueue();
        for (var i = 0; i < 5; i++)
            q.Enqueue(EventKind.PadHit, (byte)i, 1);

        // The host already has 0..2 (its ACK was lost); after a device reboot numbering could differ: renumber from 3.
        q.Settle(hostHasHistory: true, expected: 3, now: 0);
        var sent = new List<(ushort, byte)>();
        while (q.TryNext(0, out var e))
            sent.Add((e.Sequence, e.Index));

        Assert.Equal([(3, 3), (4, 4)], sent);
        Assert.Equal(3, q.OldestPending);
    }

    [Fact]
    public void Acknowledge_OldDuplicateAck_ChangesNothing()
    {
        var q = new DeviceEventQueue();
        q.Enqueue(EventKind.PadHit, 0, 1);
        q.Enqueue(EventKind.PadHit, 1, 1);
        q.Acknowledge(1, 0);

        q.Acknowledge(0, 0);

        Assert.Equal(1, q.Count);
        Assert.Equal(1, q.OldestPending);
    }

    [Fact]
    public void Enqueue_QueueFull_CountsTheDrop()
    {
        var q = new DeviceEventQueue();
        for (var i = 0; i < 1024; i++)
            Assert.True(q.Enqueue(EventKind.Encoder, 0, 1));

        var accepted = q.Enqueue(EventKind.Encoder, 0, 1);

        Assert.False(accepted);
        Assert.Equal(1, q.Dropped);
    }
}
