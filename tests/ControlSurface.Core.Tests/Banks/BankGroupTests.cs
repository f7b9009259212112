using ControlSurface.Core.Banks;

namespace ControlSurface.Core.Tests.Banks;

public sealed class BankGroupTests
{
    [Fact]
    public void Linked_SurfacesSitSideBySide()
    {
        var group = new BankGroup(32);
        var main = group.Add(8);
        var extender = group.Add(8);

        Assert.Equal(0, main.Offset);
        Assert.Equal(8, extender.Offset);
        Assert.Equal(16, group.TotalWidth);
        Assert.Same(group, main.Group);
        Assert.Same(extender, group[1]);
    }

    [Fact]
    public void Linked_BankOnAnySurface_MovesAllByTheTotalWidth()
    {
        var group = new BankGroup(48);
        var main = group.Add(8);
        var extender = group.Add(8);

        Assert.True(extender.BankRight());

        Assert.Equal(16, main.Offset);
        Assert.Equal(24, extender.Offset);
        Assert.Equal(16, group.Offset);
    }

    [Fact]
    public void Linked_ChannelMovesAllByOne()
    {
        var group = new BankGroup(32);
        var main = group.Add(8);
        var extender = group.Add(8);

        Assert.True(main.ChannelRight());

        Assert.Equal(1, main.Offset);
        Assert.Equal(9, extender.Offset);
    }

    [Fact]
    public void Linked_IsClampedSoTheLastSurfaceIsFull()
    {
        var group = new BankGroup(20);
        var main = group.Add(8);
        var extender = group.Add(8);

        Assert.True(group.BankRight(0));
        Assert.Equal(4, main.Offset);
        Assert.Equal(12, extender.Offset);
        Assert.Equal(19, extender.StripFor(7));
        Assert.False(group.BankRight(1));
        Assert.False(group.ChannelRight(0));
        Assert.True(group.BankLeft(1));
        Assert.Equal(0, main.Offset);
    }

    [Fact]
    public void Linked_FewerStripsThanFaders_RightmostFadersShowNothing()
    {
        var group = new BankGroup(10);
        var main = group.Add(8);
        var extender = group.Add(8);

        Assert.False(main.BankRight());

        Assert.Equal(8, extender.Offset);
        Assert.Equal(9, extender.StripFor(1));
        Assert.Null(extender.StripFor(2));
    }

    [Fact]
    public void Linked_DifferentWidths_LayOutByWidth()
    {
        var group = new BankGroup(64);
        var a = group.Add(8);
        var b = group.Add(4);
        var c = group.Add(1);

        group.Move(2, 5);

        Assert.Equal((5, 13, 17), (a.Offset, b.Offset, c.Offset));
        Assert.True(c.BankRight());
        Assert.Equal(18, a.Offset);
    }

    [Fact]
    public void Independent_EachSurfaceMovesAlone()
    {
        var group = new BankGroup(32, linked: false);
        var left = group.Add(8);
        var right = group.Add(8);

        Assert.Equal(0, right.Offset);
        Assert.True(right.BankRight());

        Assert.Equal(0, left.Offset);
        Assert.Equal(8, right.Offset);
        Assert.True(group.ChannelRight(0));
        Assert.Equal(1, left.Offset);
        Assert.Equal(8, right.Offset);
    }

    [Fact]
    public void Independent_ClampsEachToItsOwnRange()
    {
        var group = new BankGroup(12, linked: false);
        var left = group.Add(8);

        Assert.True(left.BankRight());
        Assert.Equal(4, left.Offset);
    }

    [Fact]
    public void SwitchingToLinked_LaysOutFromTheFirstSurface()
    {
        var group = new BankGroup(32, linked: false);
        var left = group.Add(8);
        var right = group.Add(8);
        left.SetOffset(3);
        right.SetOffset(20);

        group.Linked = true;

        Assert.Equal(3, left.Offset);
        Assert.Equal(11, right.Offset);
    }

    [Fact]
    public void SwitchingToIndependent_KeepsPlacesWithinOwnRange()
    {
        var group = new BankGroup(10);
        group.Add(8);
        var right = group.Add(8);

        group.Linked = false;

        Assert.Equal(2, right.Offset); // 8 was only valid as part of the pair
        Assert.False(group.Linked);
    }

    [Fact]
    public void SetTotalStrips_ReClampsEverySurface()
    {
        var group = new BankGroup(64);
        var main = group.Add(8);
        var extender = group.Add(8);
        group.Move(0, 40);

        Assert.True(extender.SetTotalStrips(24));

        Assert.Equal(8, main.Offset);
        Assert.Equal(16, extender.Offset);
        Assert.Equal(24, main.TotalStrips);
        Assert.Equal(24, group.TotalStrips);
    }

    [Fact]
    public void SetTotalStrips_Independent_ReClampsEach()
    {
        var group = new BankGroup(64, linked: false);
        var a = group.Add(8);
        var b = group.Add(8);
        a.SetOffset(50);
        b.SetOffset(4);

        Assert.True(group.SetTotalStrips(16));

        Assert.Equal(8, a.Offset);
        Assert.Equal(4, b.Offset);
        Assert.Equal(16, b.TotalStrips);
    }

    [Fact]
    public void Add_WhileBanked_PlacesTheNewSurfaceAfterTheOthers()
    {
        var group = new BankGroup(64);
        var main = group.Add(8);
        main.BankRight();

        var extender = group.Add(8);

        Assert.Equal(8, main.Offset);
        Assert.Equal(16, extender.Offset);
    }

    [Fact]
    public void Empty_HasOffsetZero()
    {
        var group = new BankGroup(8);
        Assert.Equal(0, group.Offset);
        Assert.Empty(group.Windows);
        Assert.Throws<ArgumentOutOfRangeException>(() => new BankGroup(-1));
    }
}
