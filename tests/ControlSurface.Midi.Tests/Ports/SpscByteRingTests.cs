using ControlSurface.Midi.Ports;

namespace ControlSurface.Midi.Tests.Ports;

public sealed class SpscByteRingTests
{
    [Fact]
    public void TryWrite_AcrossTheEnd_ReadsBackInOrder()
    {
        var ring = new SpscByteRing(16);
        Span<byte> scratch = stackalloc byte[16];
        ring.TryWrite([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
        ring.Read(scratch[..12]);

        var ok = ring.TryWrite([20, 21, 22], [23, 24, 25, 26, 27]);
        var n = ring.Read(scratch);

        Assert.True(ok);
        Assert.Equal(new byte[] { 20, 21, 22, 23, 24, 25, 26, 27 }, scratch[..n].ToArray());
    }

    [Fact]
    public void TryWrite_WhenFull_WritesNothing()
    {
        var ring = new SpscByteRing(16);
        ring.TryWrite(new byte[14]);

        var ok = ring.TryWrite([1, 2], [3]);

        Assert.False(ok);
        Assert.Equal(14, ring.Count);
    }

    [Fact]
    public async Task ProducerAndConsumerThreads_TransferEveryByteInOrder()
    {
        var ring = new SpscByteRing(64);
        const int total = 200_000;
        var producer = Task.Run(() =>
        {
            var next = 0;
            Span<byte> chunk = stackalloc byte[3];
            while (next < total)
            {
                for (var i = 0; i < 3; i++)
                    chunk[i] = (byte)(next + i);
                if (ring.TryWrite(chunk))
                    next += 3;
            }
        }, TestContext.Current.CancellationToken);
        var received = 0;
        var buffer = new byte[7];
        while (received < total - total % 3 + 3 && !(producer.IsCompleted && ring.Count == 0))
        {
            var n = ring.Read(buffer);
            for (var i = 0; i < n; i++)
                Assert.Equal((byte)(received + i), buffer[i]);
            received += n;
        }
        await producer;

        Assert.Equal(total - total % 3 + (total % 3 == 0 ? 0 : 3), received);
    }
}
