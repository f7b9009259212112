using ControlSurface.Host.Cli;

namespace ControlSurface.Host.Tests.Cli;

public sealed class CommandLineTests
{
    [Fact]
    public async Task Version_PrintsProgramNameAndVersion()
    {
        var (code, stdout, _) = await CliRunner.RunAsync("--version");

        Assert.Equal(0, code);
        Assert.Matches(@"^controlsurface \d+\.\d+\.\d+", stdout);
    }

    [Fact]
    public async Task Help_ListsEveryCommand()
    {
        var (code, stdout, _) = await CliRunner.RunAsync("--help");

        Assert.Equal(0, code);
        foreach (var c in CommandTable.All)
            Assert.Contains(c.Name, stdout);
    }

    [Fact]
    public async Task EveryCommand_AnswersHelp()
    {
        foreach (var c in CommandTable.All)
        {
            var (code, stdout, _) = await CliRunner.RunAsync(c.Name, "--help");
            Assert.Equal(0, code);
            Assert.Contains("Usage: controlsurface " + c.Name, stdout);
        }
    }

    [Fact]
    public async Task UnknownCommand_ExitsTwoWithOneLine()
    {
        var (code, _, stderr) = await CliRunner.RunAsync("frobnicate");

        Assert.Equal(2, code);
        Assert.Contains("unknown command 'frobnicate'", stderr);
    }

    [Fact]
    public async Task UnknownOption_ExitsTwoNamingIt()
    {
        var (code, _, stderr) = await CliRunner.RunAsync("demo", "--secnds", "3");

        Assert.Equal(2, code);
        Assert.Equal("controlsurface demo: unknown option --secnds", stderr.Trim());
    }

    [Fact]
    public async Task BadNumber_ExitsTwoNamingTheOption()
    {
        var (code, _, stderr) = await CliRunner.RunAsync("demo", "--seconds", "soon");

        Assert.Equal(2, code);
        Assert.Contains("--seconds must be a number", stderr);
    }
}
