using ControlSurface.Midi.Ports;

namespace ControlSurface.Midi.Tests.Ports;

public sealed class MidiFramingTests
{
    [Theory]
    [InlineData(new byte[] { 0x90, 0x10, 0x7F, 0xE0 }, 3)]
    [InlineData(new byte[] { 0xD0, 0x1C }, 2)]
    [InlineData(new byte[] { 0xF0, 0x00, 0x00, 0x66, 0x14, 0x00, 0xF7, 0x90 }, 7)]
    [InlineData(new byte[] { 0xF8, 0x90 }, 1)]
    [InlineData(new byte[] { 0xE0, 0x10 }, 0)]
    [InlineData(new byte[] { 0xF0, 0x00, 0x00 }, 0)]
    [InlineData(new byte[] { 0x10, 0x7F }, 0)]
    public void MessageLength_FindsTheEndOfTheFirstMessage(byte[] bytes, int expected)
    {
        var length = MidiFraming.MessageLength(bytes);

        Assert.Equal(expected, length);
    }
}
