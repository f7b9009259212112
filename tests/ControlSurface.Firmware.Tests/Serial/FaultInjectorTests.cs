using ControlSurface.Firmware.Serial;

namespace ControlSurface.Firmware.Tests.Serial;

public sealed class FaultInjectorTests
{
    private sealed class Capture : ISerialTransport
    {
        public List<byte> Written { get; } = [];

        public string Path => "capture";

        public int Read(Span<byte> buffer) => 0;

        public void Write(ReadOnlySpan<byte> data) => Written.AddRange(data.ToArray());

        public void Dispose()
        {
        }
    }

    private static readonly byte[] TwoFrames = [0x05, 0x11, 0x22, 0x33, 0x44, 0x00, 0x03, 0x55, 0x66, 0x00];

    [Fact]
    public void Write_NoFaults_PassesBytesThrough()
    {
        var capture = new Capture();

        new FaultInjector(capture, FaultRates.None, 1).Write(TwoFrames);

        Assert.Equal(TwoFrames, capture.Written);
    }

    [Fact]
    public void Write_EveryFrameDropped_WritesNothingAndCounts()
    {
        var capture = new Capture();
        var faults = new FaultInjector(capture, new FaultRates(0, 0, 1), 1);

        faults.Write(TwoFrames);

        Assert.Empty(capture.Written);
        Assert.Equal(2, faults.FramesDropped);
    }

    [Fact]
    public void Write_EveryFrameFlipped_ChangesExactlyOneBitPerFrame()
    {
        var capture = new Capture();
        var faults = new FaultInjector(capture, new FaultRates(1, 0, 0), 7);

        faults.Write(TwoFrames);

        var flipped = TwoFrames.Zip(capture.Written, (a, b) => System.Numerics.BitOperations.PopCount((uint)(a ^ b))).Sum();
        Assert.Equal(2, flipped);
        Assert.Equal(2, faults.BitsFlipped);
    }

    [Fact]
    public void Write_EveryFrameLosesAByte_IsOneBytePerFrameShorter()
    {
        var capture = new Capture();
        var faults = new FaultInjector(capture, new FaultRates(0, 1, 0), 3);

        faults.Write(TwoFrames);

        Assert.Equal(TwoFrames.Length - 2, capture.Written.Count);
        Assert.Equal(2, faults.BytesDropped);
    }
}
