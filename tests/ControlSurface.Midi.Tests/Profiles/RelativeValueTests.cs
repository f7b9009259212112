using ControlSurface.Midi.Profiles;

namespace ControlSurface.Midi.Tests.Profiles;

public sealed class RelativeValueTests
{
    [Theory]
    [InlineData(KnobEncoding.TwosComplement)]
    [InlineData(KnobEncoding.SignMagnitude)]
    [InlineData(KnobEncoding.Offset64)]
    public void EncodeThenDecode_RoundTripsEveryStep(KnobEncoding encoding)
    {
        for (var steps = -63; steps <= 63; steps++)
            Assert.Equal(steps, RelativeValue.Decode(encoding, RelativeValue.Encode(encoding, steps)));
    }
}
