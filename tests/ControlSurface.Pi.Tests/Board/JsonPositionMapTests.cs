using System.Text;
using ControlSurface.Pi.Board;

namespace ControlSurface.Pi.Tests.Board;

public sealed class JsonPositionMapTests
{
    [Fact]
    public void Find_NestedArrayValue_GivesItsLineAndColumn()
    {
        var map = new JsonPositionMap(Encoding.UTF8.GetBytes("{\n  \"a\": [\n    { \"b\": 1 },\n    { \"b\": 22 }\n  ]\n}"));

        Assert.Equal((4, 12), map.Find("a[1].b"));
    }

    [Fact]
    public void Find_MissingProperty_FallsBackToItsObject()
    {
        var map = new JsonPositionMap(Encoding.UTF8.GetBytes("{ \"a\": [ 1,\n { \"x\": 2 } ] }"));

        Assert.Equal((2, 2), map.Find("a[1].missing"));
    }
}
