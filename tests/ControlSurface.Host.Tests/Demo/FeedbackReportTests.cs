using System.Text.Json;

namespace ControlSurface.Host.Tests.Demo;

/// <summary>The demo's JSON report carries the feedback stage's counters and the recent causes per fader.</summary>
public sealed class FeedbackReportTests
{
    [Fact]
    public async Task DemoJson_EachSurfaceReportsFeedbackCountersAndFaderCauses()
    {
        var (code, stdout, stderr) = await ProgramProcess.RunAsync(TimeSpan.FromSeconds(60), "demo", "--seconds", "4", "--json");

        Assert.True(code == 0, stderr);
        using var doc = JsonDocument.Parse(stdout);
        var surface = doc.RootElement.GetProperty("surfaces")[0];
        foreach (var name in new[] { "motorMoves", "echoesSuppressed", "touchHolds", "coalesced", "pickupWaits" })
        {
            Assert.True(surface.GetProperty(name).GetInt64() >= 0, name);
        }

        Assert.True(surface.GetProperty("motorMoves").GetInt64() > 0);
        var causes = surface.GetProperty("faderCauses").EnumerateArray().ToList();
        Assert.NotEmpty(causes);
        var labels = causes.SelectMany(f => f.GetProperty("causes").EnumerateArray()).Select(c => c.GetProperty("cause").GetString()).ToHashSet();
        Assert.Contains("resync", labels);
    }
}
