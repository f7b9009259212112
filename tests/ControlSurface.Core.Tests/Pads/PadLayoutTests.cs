using ControlSurface.Core.Pads;
using ControlSurface.Core.Takes;

namespace ControlSurface.Core.Tests.Pads;

public sealed class PadLayoutTests
{
    [Fact]
    public void Default16_BindsSixteenPadsToTheTakeWorkflow()
    {
        var layout = PadLayout.Default16;

        Assert.Equal(Enumerable.Range(0, 16), layout.Bindings.Select(b => b.Pad));
        Assert.Equal(TakeActionKind.Arm, layout[0]!.Action.Kind);
        Assert.Equal(TakeActionKind.Record, layout[1]!.Action.Kind);
        Assert.Equal([1, 2, 3, 4, 5], Enumerable.Range(8, 5).Select(p => layout[p]!.Action).Select(a => a.Argument));
        Assert.Equal(TakeMarker.PresetNotes, Enumerable.Range(13, 3).Select(p => layout[p]!.Action.Note));
        Assert.Null(layout[16]);
    }

    [Fact]
    public void Parse_ReadsActionsCurvesAndThresholds_AndSkipsComments()
    {
        var layout = PadLayout.Parse("""
            # my pads
            3 = marker:too fast curve=soft threshold=0.25

            7 = play:4 curve=fixed velocity=0.5
            """);

        Assert.Equal(new PadBinding(3, new TakeAction(TakeActionKind.Marker, 0, "too fast"), new VelocityCurve(VelocityCurveKind.Soft, 0.25)), layout[3]);
        Assert.Equal(new VelocityCurve(VelocityCurveKind.Fixed, VelocityCurve.DefaultThreshold, 0.5), layout[7]!.Curve);
        Assert.Equal(new TakeAction(TakeActionKind.PlayTake, 4), layout[7]!.Action);
    }

    [Theory]
    [InlineData("0 = arm\n1 = dance", "line 2", "unknown take action 'dance'")]
    [InlineData("0 = arm\n\n0 = record", "line 3", "bound twice")]
    [InlineData("x = arm", "line 1", "pad must be a number")]
    [InlineData("4 = rate:9", "line 1", "from 1 to 5")]
    [InlineData("4 = arm threshold=2", "line 1", "threshold must be a number from 0 to 1")]
    [InlineData("4 = arm wobble=1", "line 1", "unknown pad option 'wobble'")]
    [InlineData("4 = curve=soft", "line 1", "has no action")]
    public void Parse_BadLine_SaysWhichLineAndWhat(string text, string where, string what)
    {
        var e = Assert.Throws<FormatException>(() => PadLayout.Parse(text));

        Assert.Contains(where, e.Message, StringComparison.Ordinal);
        Assert.Contains(what, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_ParsesBackToTheSameBindings()
    {
        var layout = PadLayout.Parse("0 = arm curve=hard threshold=0.2\n5 = marker:pitch\n9 = play:2");

        var again = PadLayout.Parse(layout.ToString());

        Assert.Equal(layout.Bindings, again.Bindings);
    }
}
