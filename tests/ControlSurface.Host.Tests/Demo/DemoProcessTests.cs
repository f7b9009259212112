using System.Text.Json;

namespace ControlSurface.Host.Tests.Demo;

public sealed class DemoProcessTests
{
    [Fact]
    public async Task Program_DemoJson_PrintsOnlyTheReportOnStdout()
    {
        var (code, stdout, stderr) = await ProgramProcess.RunAsync(TimeSpan.FromSeconds(60), "demo", "--seconds", "2", "--json");

        Assert.True(code == 0, stderr);
        using var doc = JsonDocument.Parse(stdout);
        Assert.Equal(32, doc.RootElement.GetProperty("strips").GetArrayLength());
    }

    [Fact]
    public async Task Program_DemoWithoutTerminal_DrawsNoLiveViewAndSummarises()
    {
        var (code, stdout, _) = await ProgramProcess.RunAsync(TimeSpan.FromSeconds(60), "demo", "--seconds", "1");

        Assert.Equal(0, code);
        Assert.StartsWith("demo: ", stdout);
        Assert.DoesNotContain("\u001b[", stdout);
    }

    [Fact]
    public async Task Program_Version_ExitsZero()
    {
        var (code, stdout, _) = await ProgramProcess.RunAsync(TimeSpan.FromSeconds(30), "--version");

        Assert.Equal(0, code);
        Assert.StartsWith("controlsurface ", stdout);
    }
}
