using CsCheck;
using ControlSurface.Core.Model;

namespace ControlSurface.Core.Tests.Model;

/// <summary>Transport: markers.</summary>
public sealed class TransportMarkerTests
{
    private const int Rate = 48000;

    private static TimeSpan Seconds(double s) => TimeSpan.FromSeconds(s);

    [Fact]
    public void AddMarker_AtThePlayhead_NamesItInOrder()
    {
        var transport = new Transport();
        transport.Locate(Rate);

        var first = transport.AddMarker();
        transport.Locate(3 * Rate);
        var named = transport.AddMarker("Chorus");

        Assert.Equal(new Marker(Rate, "Marker 1"), first);
        Assert.Equal(new Marker(3 * Rate, "Chorus"), named);
        Assert.Equal([first, named], transport.Markers);
    }

    [Fact]
    public void AddMarker_WhereOneExists_ReturnsIt()
    {
        var transport = new Transport();
        var first = transport.AddMarker("Intro");

        var again = transport.AddMarker("Other");

        Assert.Same(first, again);
        Assert.Single(transport.Markers);
    }

    [Fact]
    public void NextMarker_LocatesToTheFirstAfterThePlayhead()
    {
        var transport = MarkedTransport();
        transport.Locate(3 * Rate);

        Assert.True(transport.NextMarker());
        Assert.Equal(4 * Rate, transport.PositionSamples);
        Assert.True(transport.NextMarker());
        Assert.Equal(8 * Rate, transport.PositionSamples);
        Assert.False(transport.NextMarker());
        Assert.Equal(8 * Rate, transport.PositionSamples);
    }

    [Fact]
    public void PreviousMarker_LocatesToTheLastBeforeThePlayhead()
    {
        var transport = MarkedTransport();
        transport.Locate(6 * Rate);

        Assert.True(transport.PreviousMarker());
        Assert.Equal(4 * Rate, transport.PositionSamples);
        Assert.True(transport.PreviousMarker());
        Assert.Equal(2 * Rate, transport.PositionSamples);
        Assert.False(transport.PreviousMarker());
        Assert.Equal(2 * Rate, transport.PositionSamples);
    }

    [Fact]
    public void PreviousMarker_JustAfterAMarker_GoesToTheOneBefore()
    {
        var transport = MarkedTransport();
        transport.Locate(4 * Rate);
        transport.Play();
        transport.Advance(Seconds(0.4)); // within the 0.5 s tolerance of the marker at 4 s

        transport.PreviousMarker();

        Assert.Equal(2 * Rate, transport.PositionSamples);
    }

    [Fact]
    public void PreviousMarker_PastTheTolerance_GoesToTheMarkerJustPassed()
    {
        var transport = MarkedTransport();
        transport.Locate((4 * Rate) + (Rate / 2) + 1);

        transport.PreviousMarker();

        Assert.Equal(4 * Rate, transport.PositionSamples);
    }

    [Fact]
    public void PreviousMarker_ZeroTolerance_GoesToTheMarkerJustPassed()
    {
        var transport = MarkedTransport();
        transport.PreviousMarkerTolerance = TimeSpan.Zero;
        transport.Locate((4 * Rate) + 1);

        transport.PreviousMarker();

        Assert.Equal(4 * Rate, transport.PositionSamples);
        Assert.Throws<ArgumentOutOfRangeException>(() => transport.PreviousMarkerTolerance = TimeSpan.FromSeconds(-1));
    }

    [Fact]
    public void RemoveMarker_TakesItOut()
    {
        var transport = MarkedTransport();

        Assert.True(transport.RemoveMarker(4 * Rate));
        Assert.False(transport.RemoveMarker(4 * Rate));
        Assert.Equal(2, transport.Markers.Count);
    }

    private static Transport MarkedTransport()
    {
        var transport = new Transport();
        foreach (var seconds in new[] { 8, 2, 4 })
        {
            transport.Locate(seconds * Rate);
            transport.AddMarker();
        }

        transport.Locate(0);
        return transport;
    }
}
