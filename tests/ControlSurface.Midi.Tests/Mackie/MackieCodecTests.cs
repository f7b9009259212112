using ControlSurface.Midi.Codec;
using ControlSurface.Midi.Mackie;

namespace ControlSurface.Midi.Tests.Mackie;

public sealed class MackieCodecTests
{
    [Theory]
    [InlineData(0.0, 0)]
    [InlineData(1.0, 16383)]
    [InlineData(0.6104, 10000)]
    [InlineData(2.0, 16383)]
    [InlineData(-1.0, 0)]
    public void FaderValue_ScalesToFourteenBits(double position, int expected)
    {
        Assert.Equal(expected, MackieEncoder.FaderValue(position));
    }

    [Fact]
    public void Fader_EncodesPitchBendThatDecodesBack()
    {
        Span<byte> bytes = stackalloc byte[3];

        MackieEncoder.Fader(bytes, 8, 10000 / 16383.0);
        var decoded = MackieDecoder.Decode(MidiMessage.PitchBend(Channel.FromNumber((bytes[0] & 0x0F) + 1), FourteenBit.FromParts((SevenBit)bytes[2], (SevenBit)bytes[1])));

        Assert.Equal(new byte[] { 0xE8, 0x10, 0x4E }, bytes.ToArray());
        Assert.Equal(new MackieMessage(MackieMessageKind.Fader, 8, 10000), decoded);
    }

    [Theory]
    [InlineData(0x01, 1)]
    [InlineData(0x05, 5)]
    [InlineData(0x41, -1)]
    [InlineData(0x47, -7)]
    [InlineData(0x00, 1)]
    public void RelativeSteps_ReadsMackieSignBit(byte value, int expected)
    {
        Assert.Equal(expected, MackieDecoder.RelativeSteps(value));
    }

    [Fact]
    public void VPot_NegativeSteps_SetsDirectionBit()
    {
        Span<byte> bytes = stackalloc byte[3];

        MackieEncoder.VPot(bytes, 3, -7);

        Assert.Equal(new byte[] { 0xB0, 0x13, 0x47 }, bytes.ToArray());
    }

    [Fact]
    public void Lcd_EncodesTheReferenceExample()
    {
        Span<byte> bytes = stackalloc byte[32];

        var n = MackieEncoder.Lcd(bytes, 0x14, 0x0E, "Kick   ");

        Assert.Equal(Convert.FromHexString("F000006614120E4B69636B202020F7"), bytes[..n].ToArray());
    }

    [Fact]
    public void DecodeSysEx_DeviceQuery_ReportsModel()
    {
        var m = MackieDecoder.DecodeSysEx([0x00, 0x00, 0x66, 0x15, 0x00]);

        Assert.Equal(new MackieMessage(MackieMessageKind.DeviceQuery, 0, 0x15, 0x15), m);
    }

    [Fact]
    public void DecodeSysEx_OtherManufacturer_IsNone()
    {
        var m = MackieDecoder.DecodeSysEx([0x00, 0x00, 0x67, 0x15, 0x13, 0x00]);

        Assert.Equal(MackieMessageKind.None, m.Kind);
    }

    [Fact]
    public void Decode_SevenSegmentOnChannel16_IsTimecodeDigit()
    {
        var m = MackieDecoder.Decode(MidiMessage.ControlChange(Channel.FromNumber(16), (SevenBit)0x41, (SevenBit)0x34));

        Assert.Equal(new MackieMessage(MackieMessageKind.TimecodeDigit, 1, 0x34), m);
    }

    [Fact]
    public void HostConnectionQuery_HasSerialAndChallenge()
    {
        Span<byte> bytes = stackalloc byte[18];

        var n = MackieEncoder.HostConnectionQuery(bytes, 0x14, "ABCDEFG"u8, [1, 2, 3, 4]);

        Assert.Equal(18, n);
        Assert.Equal(Convert.FromHexString("F000006614014142434445464701020304F7"), bytes.ToArray());
    }
}
