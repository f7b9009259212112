using ControlSurface.Core.Banks;
using CsCheck;

namespace ControlSurface.Core.Tests.Banks;

public sealed class BankWindowTests
{
    [Fact]
    public void New_StartsAtZero()
    {
        var window = new BankWindow(8, 32);

        Assert.Equal(0, window.Offset);
        Assert.Equal(24, window.MaxOffset);
        Assert.Equal(0, window.StripFor(0));
        Assert.Equal(7, window.StripFor(7));
    }

    [Fact]
    public void BankRight_MovesByTheWidth()
    {
        var window = new BankWindow(8, 32);

        Assert.True(window.BankRight());

        Assert.Equal(8, window.Offset);
        Assert.Equal(8, window.StripFor(0));
        Assert.Equal(15, window.StripFor(7));
    }

    [Fact]
    public void BankRight_AtTheEnd_ClampsSoTheLastBankIsFull()
    {
        var window = new BankWindow(8, 20);
        window.BankRight();

        Assert.True(window.BankRight());
        Assert.Equal(12, window.Offset);
        Assert.False(window.BankRight());
        Assert.Equal(12, window.Offset);
    }

    [Fact]
    public void BankLeft_AtZero_DoesNothing()
    {
        var window = new BankWindow(8, 32);
        Assert.False(window.BankLeft());
        Assert.False(window.ChannelLeft());
        Assert.Equal(0, window.Offset);
    }

    [Fact]
    public void BankLeft_NearTheStart_ClampsAtZero()
    {
        var window = new BankWindow(8, 32);
        window.SetOffset(5);

        Assert.True(window.BankLeft());
        Assert.Equal(0, window.Offset);
    }

    [Fact]
    public void ChannelRightAndLeft_MoveByOne()
    {
        var window = new BankWindow(8, 32);

        Assert.True(window.ChannelRight());
        Assert.Equal(1, window.Offset);
        Assert.True(window.ChannelLeft());
        Assert.Equal(0, window.Offset);
    }

    [Fact]
    public void ChannelRight_AtMaxOffset_DoesNothing()
    {
        var window = new BankWindow(8, 10);
        window.SetOffset(2);

        Assert.False(window.ChannelRight());
        Assert.Equal(2, window.Offset);
    }

    [Fact]
    public void FewerStripsThanFaders_StaysAtZeroAndShowsNothingPastTheEnd()
    {
        var window = new BankWindow(8, 5);

        Assert.False(window.BankRight());
        Assert.False(window.ChannelRight());
        Assert.Equal(4, window.StripFor(4));
        Assert.Null(window.StripFor(5));
        Assert.Null(window.StripFor(7));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(8)]
    public void StripFor_OffTheSurface_IsNull(int local)
    {
        Assert.Null(new BankWindow(8, 32).StripFor(local));
    }

    [Fact]
    public void Shows_TellsTheLocalFader()
    {
        var window = new BankWindow(8, 32);
        window.SetOffset(10);

        Assert.True(window.Shows(13, out var local));
        Assert.Equal(3, local);
        Assert.False(window.Shows(9, out local));
        Assert.Equal(-1, local);
        Assert.False(window.Shows(18, out _));
        Assert.False(window.Shows(-1, out _));
    }

    [Fact]
    public void SetOffset_IsClamped()
    {
        var window = new BankWindow(8, 32);

        Assert.True(window.SetOffset(100));
        Assert.Equal(24, window.Offset);
        Assert.True(window.SetOffset(int.MinValue));
        Assert.Equal(0, window.Offset);
        Assert.False(window.SetOffset(0));
    }

    [Fact]
    public void Move_ExtremeValues_DoNotOverflow()
    {
        var window = new BankWindow(8, 32);
        window.SetOffset(3);

        Assert.True(window.Move(int.MaxValue));
        Assert.Equal(24, window.Offset);
        Assert.True(window.Move(int.MinValue));
        Assert.Equal(0, window.Offset);
    }

    [Fact]
    public void SetTotalStrips_Shrinking_ReClamps()
    {
        var window = new BankWindow(8, 32);
        window.SetOffset(24);

        Assert.True(window.SetTotalStrips(16));
        Assert.Equal(8, window.Offset);
        Assert.False(window.SetTotalStrips(40));
        Assert.Equal(8, window.Offset);
    }

    [Fact]
    public void New_BadArguments_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new BankWindow(0, 8));
        Assert.Throws<ArgumentOutOfRangeException>(() => new BankWindow(8, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new BankWindow(8, 8).SetTotalStrips(-1));
    }

    [Fact]
    public void AnySequenceOfMoves_StaysInRange()
    {
        var moves = Gen.Int[0, 5].Array[0, 40];
        Gen.Select(Gen.Int[1, 16], Gen.Int[0, 64], moves).Sample((width, total, sequence) =>
        {
            var window = new BankWindow(width, total);
            foreach (var move in sequence)
            {
                var before = window.Offset;
                var changed = move switch
                {
                    0 => window.BankLeft(),
                    1 => window.BankRight(),
                    2 => window.ChannelLeft(),
                    3 => window.ChannelRight(),
                    4 => window.Move(before - 7),
                    _ => window.SetOffset(total),
                };

                Assert.InRange(window.Offset, 0, Math.Max(0, total - width));
                Assert.Equal(changed, before != window.Offset);
                for (var local = 0; local < width; local++)
                {
                    var strip = window.StripFor(local);
                    Assert.Equal(window.Offset + local < total, strip.HasValue);
                    if (strip is { } s)
                    {
                        Assert.True(window.Shows(s, out var back));
                        Assert.Equal(local, back);
                    }
                }
            }
        });
    }
}
