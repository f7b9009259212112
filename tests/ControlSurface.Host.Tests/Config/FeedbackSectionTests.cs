using System.Text.Json;
using System.Text.Json.Nodes;
using ControlSurface.Core.Feedback;
using ControlSurface.Host.Config;

namespace ControlSurface.Host.Tests.Config;

public sealed class FeedbackSectionTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("cs-feedback-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Example => Path.Combine(RepoRoot.Path, "hardware", "examples", "motor-faders.yaml");

    private static string Surface(string feedback) => $"""
        surfaces:
          - kind: simulated-board
            name: desk
            feedback:
        {feedback}
        """;

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Parse_ExampleFile_GivesTheSurfaceItsOptionsAndCalibration()
    {
        var config = ConfigLoader.LoadFile(Example);

        var feedback = config.Components.Single(c => c.Name == "desk").Feedback!;
        Assert.Equal(TimeSpan.FromMilliseconds(20), feedback.Options.TouchDebounce);
        Assert.Equal(TimeSpan.FromMilliseconds(150), feedback.Options.SettleTime);
        Assert.Equal(3.0 / 1023, feedback.Options.EchoTolerance, 12);
        Assert.Equal(1.5, feedback.Options.GlideSpeed);
        Assert.Null(feedback.Options.TouchMode);
        Assert.Equal(8, feedback.Calibration!.Count);
        Assert.Equal(767, feedback.Calibration[0].RawZeroDb);
        Assert.Equal(0.002, feedback.Calibration[7].Trim);
        Assert.Contains(config.Components.Single(c => c.Name == "desk").Files!, f => f.EndsWith("sim-board.cal", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_PickupPerFaderAndTouchMode_AreRead()
    {
        var config = ConfigLoader.Parse("bridge.yaml", Surface("""
                  touch: movement
                  pickup: scale
                  pickupFaders: [jump, pickup-tolerant]
                  pickupHint: leds
                  pickupHintLed: 40
            """));

        var o = config.Components[0].Feedback!.Options;
        Assert.Equal(TouchMode.MovementOnly, o.TouchMode);
        Assert.Equal(PickupMode.Scale, o.PickupMode);
        Assert.Equal([PickupMode.Jump, PickupMode.PickupTolerant], o.PickupModes);
        Assert.Equal(PickupHintStyle.Leds, o.PickupHint);
        Assert.Equal(40, o.PickupHintLedBase);
    }

    [Fact]
    public void Parse_OutOfRangeValue_PointsAtIt()
    {
        var e = Assert.Throws<ConfigException>(() => ConfigLoader.Parse("bridge.yaml", Surface("""
                  settleMs: 150
                  motorSpeed: -2
            """)));

        Assert.Equal(6, e.Line);
        Assert.Equal(19, e.Column);
        Assert.Contains("'motorSpeed' must be a number", e.Message);
    }

    [Fact]
    public void Parse_UnknownPickupModeInTheList_NamesIt()
    {
        var e = Assert.Throws<ConfigException>(() => ConfigLoader.Parse("bridge.yaml", Surface("""
                  pickupFaders: [jump, grab]
            """)));

        Assert.Equal(5, e.Line);
        Assert.Contains("not 'grab'", e.Message);
    }

    [Fact]
    public void Parse_MisspelledFeedbackKey_PointsAtIt()
    {
        var e = Assert.Throws<ConfigException>(() => ConfigLoader.Parse("bridge.yaml", Surface("""
                  settelMs: 150
            """)));

        Assert.Equal(5, e.Line);
        Assert.Contains("unknown key 'settelMs'", e.Message);
    }

    [Fact]
    public void Parse_BadInlineCalibration_PointsAtTheValue()
    {
        var e = Assert.Throws<ConfigException>(() => ConfigLoader.Parse("bridge.yaml", Surface("""
                  calibration: "fullscale 1023; fader 0 0 10x"
            """)));

        Assert.Equal("bridge.yaml", e.File);
        Assert.Equal(5, e.Line);
        Assert.Contains("'10x' is not an integer", e.Message);
    }

    [Fact]
    public void Parse_MistakeInTheCalibrationFile_NamesThatFileLineAndColumn()
    {
        var cal = Write("desk.cal", "# desk\nfullscale 1023\n\nfader 0 0 1023\n  fader 2 0 1023\n");
        var yaml = Write("bridge.yaml", Surface("""
                  calibrationFile: desk.cal
            """));

        var e = Assert.Throws<ConfigException>(() => ConfigLoader.LoadFile(yaml));

        Assert.Equal(cal, e.File);
        Assert.Equal(5, e.Line);
        Assert.Equal(3, e.Column);
        Assert.Contains("fader 2 is out of order", e.Message);
    }

    [Fact]
    public void Parse_MissingCalibrationFile_PointsAtTheKey()
    {
        var yaml = Write("bridge.yaml", Surface("""
                  calibrationFile: nowhere.cal
            """));

        var e = Assert.Throws<ConfigException>(() => ConfigLoader.LoadFile(yaml));

        Assert.Equal(yaml, e.File);
        Assert.Equal(5, e.Line);
        Assert.Contains("cannot read the calibration file", e.Message);
    }

    [Fact]
    public async Task Run_ExampleOverThePty_AppliesTheCalibrationAndReplaysTheSameReport()
    {
        var journal = Path.Combine(_dir, "run.journal");
        // The example beside its calibration file, with a take sheet of its own (never the user's, never shared).
        File.Copy(Path.Combine(Path.GetDirectoryName(Example)!, "sim-board.cal"), Path.Combine(_dir, "sim-board.cal"));
        var config = Write("motor-faders.yaml", File.ReadAllText(Example) + $"\ntakes:\n  db: {Path.Combine(_dir, "takes.db")}\n");

        var (code, live, stderr) = await CliRunner.RunAsync("run", "--config", config, "--seconds", "1.5", "--json", "--journal", journal);
        var (replayCode, replayed, _) = await CliRunner.RunAsync("replay", journal, "--json");

        Assert.True(code == 0, stderr);
        Assert.Equal(0, replayCode);
        // A run's report adds the configuration it ran; everything else must match.
        var run = (JsonObject)JsonNode.Parse(live)!;
        run.Remove("config");
        Assert.Equal(run.ToJsonString(), JsonNode.Parse(replayed)!.ToJsonString());
        var header = JsonDocument.Parse(File.ReadLines(journal).First()).RootElement;
        var surface = header.GetProperty("surfaces")[0];
        Assert.StartsWith("fullscale 1023; zerodb 0.75; fader 0 0 1023 767 0", surface.GetProperty("calibration").GetString(), StringComparison.Ordinal);
        Assert.Equal(1.5, surface.GetProperty("feedback").GetProperty("glideSpeed").GetDouble());
    }
}
