using System.Text.Json;
using ControlSurface.Core.Takes;
using ControlSurface.Host.Takes;

namespace ControlSurface.Host.Tests.Takes;

public sealed class DemoTakesTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Demo_TakesDb_TheHandRecordsAKeeperOnThePads_IntoTheSheetAtThatFile()
    {
        var db = _dir.File("demo-takes.db");
        var journal = _dir.File("demo.journal");

        var (code, stdout, stderr) = await ProgramProcess.RunAsync(TimeSpan.FromSeconds(90),
            "demo", "--seconds", "4.6", "--json", "--takes-db", db, "--journal", journal);

        Assert.True(code == 0, stderr);
        var takes = JsonDocument.Parse(stdout).RootElement.GetProperty("takes");
        Assert.Equal((1, 1, "Song 1", db), (takes.GetProperty("count").GetInt32(), takes.GetProperty("keepers").GetInt32(),
            takes.GetProperty("song").GetString(), takes.GetProperty("db").GetString()));
        Assert.Equal(1, takes.GetProperty("unusedHits").GetInt32());
        using var sheet = SqliteTakeSheet.OpenForReading(db);
        var take = Assert.Single(sheet.Load().Takes);
        Assert.Equal((TakeStatus.Complete, TakeVerdict.Keeper, 4), (take.Status, take.Verdict, take.Rating));
        Assert.Equal("pitch", take.Markers.Single().Note);
        var start = new DateTimeOffset(JsonDocument.Parse(File.ReadLines(journal).First()).RootElement.GetProperty("start").GetInt64(), TimeSpan.Zero); // engine start, UTC ticks
        // Wall-clock stamps come from the engine's clock; on a loaded machine the hand runs late, so only the order is pinned.
        Assert.NotNull(take.EndedAt);
        Assert.InRange(take.StartedAt, start, take.EndedAt.Value);
        Assert.True(take.EndSample > take.StartSample);
    }

    [Fact]
    public async Task Replay_OfADemoWithTakes_ReportsTheSameTakesWithoutTouchingTheSheet()
    {
        var db = _dir.File("t.db");
        var journal = _dir.File("run.journal");
        var (code, live, _) = await CliRunner.RunAsync("demo", "--seconds", "2", "--json", "--journal", journal, "--takes-db", db);
        Assert.Equal(0, code);
        var before = File.ReadAllBytes(db);

        var (replayCode, replayed, _) = await CliRunner.RunAsync("replay", journal, "--json");

        Assert.Equal(0, replayCode);
        Assert.Equal(live, replayed);
        Assert.Equal(1, JsonDocument.Parse(replayed).RootElement.GetProperty("takes").GetProperty("count").GetInt32());
        Assert.Equal(before, File.ReadAllBytes(db));
    }
}
