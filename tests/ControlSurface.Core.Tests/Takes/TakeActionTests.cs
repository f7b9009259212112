using ControlSurface.Core.Engine;
using ControlSurface.Core.Takes;

namespace ControlSurface.Core.Tests.Takes;

public sealed class TakeActionTests
{
    [Fact]
    public void Address_IsTakeActionWithTheKindAsIndex()
    {
        Assert.Equal(new ModelAddress(Parameter.TakeAction, 8), new TakeAction(TakeActionKind.Rate, 4).Address);
    }

    [Fact]
    public void TryFromModel_ReadsKindArgumentAndNote()
    {
        Assert.True(TakeAction.TryFromModel(new ModelAddress(Parameter.TakeAction, 9), 0, "pitch", out var a));
        Assert.Equal(new TakeAction(TakeActionKind.Marker, 0, "pitch"), a);
        Assert.True(TakeAction.TryFromModel(new ModelAddress(Parameter.TakeAction, 5), 3.0, null, out var p));
        Assert.Equal(3, p.Argument);
    }

    [Theory]
    [InlineData(Parameter.Play, 0)]
    [InlineData(Parameter.TakeAction, 13)]
    [InlineData(Parameter.TakeAction, -1)]
    public void TryFromModel_OtherAddressOrUnknownKind_IsRejected(Parameter parameter, int index)
    {
        Assert.False(TakeAction.TryFromModel(new ModelAddress(parameter, index), 1, null, out _));
    }

    [Theory]
    [InlineData("arm")]
    [InlineData("record")]
    [InlineData("stop-keep")]
    [InlineData("stop-discard")]
    [InlineData("play-last")]
    [InlineData("play:12")]
    [InlineData("keeper")]
    [InlineData("reject")]
    [InlineData("rate:5")]
    [InlineData("marker:timing")]
    [InlineData("undo")]
    [InlineData("next-song")]
    [InlineData("previous-song")]
    public void Parse_ThenToString_RoundTrips(string text)
    {
        Assert.Equal(text, TakeAction.Parse(text).ToString());
    }

    [Theory]
    [InlineData("marker:")]
    [InlineData("play:0")]
    [InlineData("rate")]
    public void Parse_MissingOrBadArgument_Throws(string text)
    {
        Assert.Throws<FormatException>(() => TakeAction.Parse(text));
    }
}
