using ControlSurface.Core.Model;

namespace ControlSurface.Core.Tests.Model;

public sealed class MarkerListTests
{
    [Fact]
    public void Add_KeepsTimelineOrder()
    {
        var list = new MarkerList();
        list.Add(300, "c");
        list.Add(100, "a");
        list.Add(200, "b");

        Assert.Equal(["a", "b", "c"], list.Select(m => m.Name));
        Assert.Equal(3, list.Count);
        Assert.Equal(200, list[1].PositionSamples);
    }

    [Fact]
    public void Add_BlankName_GetsANumberedName()
    {
        var list = new MarkerList();
        Assert.Equal("Marker 1", list.Add(5, null).Name);
        Assert.Equal("Marker 2", list.Add(6, "  ").Name);
    }

    [Fact]
    public void Add_NegativePosition_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new MarkerList().Add(-1, "x"));
    }

    [Fact]
    public void AfterAndBefore_AreStrict()
    {
        var list = new MarkerList();
        list.Add(100, "a");
        list.Add(200, "b");

        Assert.Equal("b", list.After(100)!.Name);
        Assert.Equal("a", list.After(99)!.Name);
        Assert.Null(list.After(200));
        Assert.Equal("a", list.Before(200)!.Name);
        Assert.Null(list.Before(100));
        Assert.Null(list.After(long.MaxValue));
        Assert.Equal("b", list.Before(long.MaxValue)!.Name);
    }

    [Fact]
    public void Clear_EmptiesTheList()
    {
        var list = new MarkerList();
        list.Add(1, "a");
        list.Clear();
        Assert.Empty(list);
        Assert.Null(list.Before(10));
    }
}
