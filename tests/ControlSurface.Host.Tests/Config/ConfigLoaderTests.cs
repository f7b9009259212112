using ControlSurface.Host.Config;

namespace ControlSurface.Host.Tests.Config;

public sealed class ConfigLoaderTests
{
    private static ConfigException Fails(string yaml) =>
        Assert.Throws<ConfigException>(() => ConfigLoader.Parse("bridge.yaml", yaml));

    [Fact]
    public void Parse_ExampleFile_BuildsEngineAndComponents()
    {
        var path = Path.Combine(RepoRoot.Path, "hardware", "examples", "standalone-sim.yaml");

        var config = ConfigLoader.LoadFile(path);

        Assert.Equal(16, config.Engine.StripCount);
        Assert.Equal(["Kick", "Snare", "Bass", "Vox"], config.Engine.StripNames);
        Assert.Equal(["desk", "console"], config.Components.Select(c => c.Name));
    }

    [Fact]
    public void Parse_UnknownKind_PointsAtTheKindValue()
    {
        var e = Fails("""
            surfaces:
              - kind: simulated-bored
            """);

        Assert.Equal(2, e.Line);
        Assert.Equal(11, e.Column);
        Assert.Contains("unknown surface kind 'simulated-bored'", e.Message);
        Assert.Contains("simulated-board", e.Message);
    }

    [Fact]
    public void Parse_MisspelledKey_PointsAtIt()
    {
        var e = Fails("""
            surfaces:
              - kind: simulated-board
                fadres: 8
            """);

        Assert.Equal("bridge.yaml:3:5: unknown key 'fadres' (known here: encoders, faders, feedback, hand, identity, kind, link, name, pads)", e.Message);
    }

    [Fact]
    public void Parse_OutOfRangeNumber_NamesTheRange()
    {
        var e = Fails("""
            engine:
              strips: 0
            """);

        Assert.Equal(2, e.Line);
        Assert.Contains("'strips' must be a whole number from 1 to 1024", e.Message);
    }

    [Fact]
    public void Parse_BrokenYaml_GivesLineAndColumn()
    {
        var e = Fails("engine:\n  strips: [1, 2\n");

        Assert.Equal("bridge.yaml", e.File);
        Assert.True(e.Line >= 2);
    }

    [Fact]
    public void Parse_SameNameTwice_IsRefused()
    {
        var e = Fails("""
            surfaces:
              - kind: simulated-board
                name: desk
            targets:
              - kind: builtin-mixer
                name: desk
            """);

        Assert.Equal(6, e.Line);
        Assert.Contains("'desk' is used twice", e.Message);
    }

    [Fact]
    public void Parse_TargetKindUnderSurfaces_IsUnknownThere()
    {
        var e = Fails("""
            surfaces:
              - kind: builtin-mixer
            """);

        Assert.Contains("unknown surface kind 'builtin-mixer'", e.Message);
    }
}
