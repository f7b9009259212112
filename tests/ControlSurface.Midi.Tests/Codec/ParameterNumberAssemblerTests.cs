using ControlSurface.Midi.Codec;

namespace ControlSurface.Midi.Tests.Codec;

public sealed class ParameterNumberAssemblerTests
{
    private static MidiMessage Cc(int controller, int value, int channel = 0) =>
        MidiMessage.ControlChange(new Channel(channel), new SevenBit(controller), new SevenBit(value));

    private static List<ParameterChange> Feed(ParameterNumberAssembler assembler, params (int Cc, int Value)[] ccs)
    {
        var changes = new List<ParameterChange>();
        foreach (var (cc, value) in ccs)
        {
            if (assembler.TryAssemble(Cc(cc, value), out var change))
                changes.Add(change);
        }
        return changes;
    }

    [Fact]
    public void TryAssemble_RpnPitchBendRangeWithMsbAndLsb_GivesOneSet()
    {
        var assembler = new ParameterNumberAssembler();
        Feed(assembler, (101, 0), (100, 0), (6, 2), (38, 0)); // first pair teaches that this sender uses LSB

        var changes = Feed(assembler, (101, 0), (100, 0), (6, 12), (38, 50));

        var change = Assert.Single(changes);
        Assert.Equal(ParameterKind.Registered, change.Kind);
        Assert.Equal(0, change.Number);
        Assert.Equal(ParameterAction.Set, change.Action);
        Assert.Equal(12 * 128 + 50, change.Value);
    }

    [Fact]
    public void TryAssemble_NrpnMsbOnlySender_EmitsOnDataEntryMsb()
    {
        var changes = Feed(new ParameterNumberAssembler(), (99, 1), (98, 8), (6, 64));

        var change = Assert.Single(changes);
        Assert.Equal(ParameterKind.NonRegistered, change.Kind);
        Assert.Equal(1 * 128 + 8, change.Number);
        Assert.Equal(64 * 128, change.Value);
    }

    [Fact]
    public void TryAssemble_IncrementAndDecrement_ApplyToSelectedParameter()
    {
        var changes = Feed(new ParameterNumberAssembler(), (99, 0), (98, 3), (96, 0), (97, 2));

        Assert.Equal([ParameterAction.Increment, ParameterAction.Decrement], changes.Select(c => c.Action));
        Assert.Equal(2, changes[1].Value);
        Assert.All(changes, c => Assert.Equal(3, c.Number));
    }

    [Fact]
    public void TryAssemble_NullParameter_IgnoresDataEntry() =>
        Assert.Empty(Feed(new ParameterNumberAssembler(), (101, 0), (100, 0), (101, 127), (100, 127), (6, 5), (38, 1), (96, 0)));

    [Fact]
    public void TryAssemble_NothingSelected_IgnoresDataEntry() =>
        Assert.Empty(Feed(new ParameterNumberAssembler(), (6, 5), (38, 1)));

    [Fact]
    public void TryAssemble_SwitchFromNrpnToRpn_NeedsBothHalvesAgain()
    {
        var assembler = new ParameterNumberAssembler();
        Feed(assembler, (99, 1), (98, 2));

        var halfSelected = Feed(assembler, (101, 0), (6, 1));
        var fullySelected = Feed(assembler, (100, 1), (6, 1));

        Assert.Empty(halfSelected);
        Assert.Equal(ParameterKind.Registered, Assert.Single(fullySelected).Kind);
        Assert.Equal(1, fullySelected[0].Number);
    }

    [Fact]
    public void TryAssemble_ChannelsKeepTheirOwnSelection()
    {
        var assembler = new ParameterNumberAssembler();
        Feed(assembler, (99, 0), (98, 1));

        Assert.False(assembler.TryAssemble(Cc(6, 1, channel: 2), out _));
        Assert.True(assembler.TryAssemble(Cc(6, 1, channel: 0), out _));
    }
}
