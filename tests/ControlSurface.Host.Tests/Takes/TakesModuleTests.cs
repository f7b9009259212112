using ControlSurface.Core.Engine;
using ControlSurface.Core.Mapping;
using ControlSurface.Core.Surfaces;
using ControlSurface.Host.Config;
using ControlSurface.Host.Reporting;
using ControlSurface.Host.Takes;
using Microsoft.Extensions.Time.Testing;

namespace ControlSurface.Host.Tests.Takes;

public sealed class TakesModuleTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private sealed class Board : ISurface
    {
        public string Name => "pads";

        public string Kind => "test";

        public SurfaceLayout Layout { get; } = new(8, true, true, 16, StandardBoard.ButtonCount(8), 8);

        public void Send(in FeedbackCommand command)
        {
        }
    }

    [Fact]
    public void Config_TakesPadsAndSongs_BindTheLayoutAndStartAtTheFirstSong()
    {
        var config = ConfigLoader.Parse("bridge.yaml", $"""
            takes:
              db: {_dir.File("t.db")}
              songs: [Intro, Chorus]
              pads: ["0 = arm", "1 = record", "2 = marker:too loud curve=hard threshold=0.3"]
            """);
        var engine = new BridgeEngine(new EngineOptions(), new FakeTimeProvider());
        engine.AddSurface(new Board(), StandardBoard.Mapping(8, 16, 8));
        var sections = new List<ReportWriter.Section>();
        new TakesModule().Attach(engine, config.Extras, replaying: false, sections);

        foreach (var (pad, velocity) in new[] { (2, 0.2), (0, 0.9), (1, 0.9), (2, 0.6) })
            engine.Process(EngineInput.FromControl(new ControlEvent(0, ControlEventKind.PadHit, pad, velocity)));
        var report = ReportWriter.Write(engine, sections);

        using var sheet = SqliteTakeSheet.OpenForReading(_dir.File("t.db"));
        var take = Assert.Single(sheet.Load().Takes);
        Assert.Equal(("Intro", "too loud"), (take.Song, take.Markers.Single().Note));
        Assert.Equal(["Intro", "Chorus"], sheet.Load().Songs);
        Assert.Contains("\"unusedHits\": 1", report, StringComparison.Ordinal);
    }

    [Fact]
    public void PlayPadWithAMackieTargetWithoutLocate_ReportCountsTheLocateTheDawNeverGot()
    {
        var config = ConfigLoader.Parse("bridge.yaml", $"""
            takes:
              db: {_dir.File("t.db")}
              pads: ["0 = arm", "1 = record", "3 = play-last"]
            """);
        var engine = new BridgeEngine(new EngineOptions(), new FakeTimeProvider());
        engine.AddSurface(new Board(), StandardBoard.Mapping(8, 16, 8));
        var log = new StringWriter();
        using var locate = new Host.Osc.OscLocateSender("ardour", null, log);
        engine.AddTarget(locate);
        var sections = new List<ReportWriter.Section>();
        new TakesModule().Attach(engine, config.Extras, replaying: false, sections);

        foreach (var pad in new[] { 0, 1, 1, 3, 3 })
            engine.Process(EngineInput.FromControl(new ControlEvent(0, ControlEventKind.PadHit, pad, 0.9)));
        var report = ReportWriter.Write(engine, sections);

        Assert.Contains("\"locatesUnsupported\": 2", report, StringComparison.Ordinal);
        Assert.Contains("\"locatesSent\": 0", report, StringComparison.Ordinal);
        Assert.Single(log.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Config_BadPadBinding_IsAConfigErrorAtThePadsKey()
    {
        var e = Assert.Throws<ConfigException>(() => ConfigLoader.Parse("bridge.yaml", """
            takes:
              pads: ["0 = arm", "1 = juggle"]
            """));

        Assert.Equal(2, e.Line);
        Assert.Contains("pads item 2: unknown take action 'juggle'", e.Message, StringComparison.Ordinal);
    }
}
