using ControlSurface.Midi.Codec;

namespace ControlSurface.Midi.Tests.Codec;

public sealed class ControllerPairAssemblerTests
{
    private static MidiMessage Cc(int controller, int value, int channel = 0) =>
        MidiMessage.ControlChange(new Channel(channel), new SevenBit(controller), new SevenBit(value));

    [Fact]
    public void TryAssemble_MsbOnlyDevice_EmitsOnEveryMsb()
    {
        var assembler = new ControllerPairAssembler();

        Assert.True(assembler.TryAssemble(Cc(7, 100), out var first));
        Assert.True(assembler.TryAssemble(Cc(7, 101), out var second));

        Assert.Equal(100 * 128, first.Value);
        Assert.Equal(101 * 128, second.Value);
        Assert.Equal(7, second.Controller);
    }

    [Fact]
    public void TryAssemble_PairedDevice_EmitsOnceOnTheLsb()
    {
        var assembler = new ControllerPairAssembler();
        assembler.TryAssemble(Cc(7, 1), out _);
        assembler.TryAssemble(Cc(39, 2), out _);

        var onMsb = assembler.TryAssemble(Cc(7, 100), out _);
        var onLsb = assembler.TryAssemble(Cc(39, 5), out var value);

        Assert.False(onMsb);
        Assert.True(onLsb);
        Assert.Equal(100 * 128 + 5, value.Value);
    }

    [Fact]
    public void TryAssemble_LsbAlone_UsesTheLatchedMsb()
    {
        var assembler = new ControllerPairAssembler();
        assembler.TryAssemble(Cc(1, 64), out _);

        Assert.True(assembler.TryAssemble(Cc(33, 10), out var fine));

        Assert.Equal(64 * 128 + 10, fine.Value);
    }

    [Fact]
    public void TryAssemble_ChannelsAndControllersAreIndependent()
    {
        var assembler = new ControllerPairAssembler();
        assembler.TryAssemble(Cc(7, 1, channel: 0), out _);
        assembler.TryAssemble(Cc(39, 1, channel: 0), out _);

        Assert.True(assembler.TryAssemble(Cc(7, 3, channel: 1), out var otherChannel));
        Assert.True(assembler.TryAssemble(Cc(8, 3, channel: 0), out _));
        Assert.Equal(1, otherChannel.Channel.Index);
    }

    [Theory]
    [InlineData(64)]
    [InlineData(127)]
    public void TryAssemble_ControllerAbove63_IsNotClaimed(int controller) =>
        Assert.False(new ControllerPairAssembler().TryAssemble(Cc(controller, 1), out _));

    [Fact]
    public void TryAssemble_NoteOn_IsNotClaimed() =>
        Assert.False(new ControllerPairAssembler().TryAssemble(MidiMessage.NoteOn(default, new SevenBit(7), new SevenBit(1)), out _));

    [Fact]
    public void Reset_ForgetsLsbObservation()
    {
        var assembler = new ControllerPairAssembler();
        assembler.TryAssemble(Cc(39, 1), out _);

        assembler.Reset();

        Assert.True(assembler.TryAssemble(Cc(7, 3), out _));
    }
}
