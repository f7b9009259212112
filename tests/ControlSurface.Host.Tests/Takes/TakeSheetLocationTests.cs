using ControlSurface.Host.Takes;

namespace ControlSurface.Host.Tests.Takes;

public sealed class TakeSheetLocationTests
{
    private static Func<string, string?> Env(params (string Key, string Value)[] vars) =>
        key => vars.FirstOrDefault(v => v.Key == key).Value;

    [Fact]
    public void Resolve_ConfiguredPathWins()
    {
        Assert.Equal("/srv/studio/a.db", TakeSheetLocation.Resolve("/srv/studio/a.db", Env((TakeSheetLocation.EnvironmentVariable, "/x.db"))));
    }

    [Fact]
    public void Resolve_EnvironmentVariableBeatsTheDataDirectory()
    {
        Assert.Equal("/x/t.db", TakeSheetLocation.Resolve(null, Env((TakeSheetLocation.EnvironmentVariable, "/x/t.db"), ("XDG_DATA_HOME", "/d"))));
    }

    [Fact]
    public void Resolve_UsesXdgDataHome()
    {
        Assert.Equal("/d/controlsurface/takes.db", TakeSheetLocation.Resolve(null, Env(("XDG_DATA_HOME", "/d"), ("HOME", "/home/p"))));
    }

    [Theory]
    [InlineData("")]
    [InlineData("relative/dir")]
    public void Resolve_WithoutAUsableXdgDataHome_FallsBackToLocalShare(string xdg)
    {
        Assert.Equal("/home/p/.local/share/controlsurface/takes.db", TakeSheetLocation.Resolve(null, Env(("XDG_DATA_HOME", xdg), ("HOME", "/home/p"))));
    }
}
