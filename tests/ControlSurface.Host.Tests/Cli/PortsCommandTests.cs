using System.Text.Json;
using ControlSurface.Host.Cli;

namespace ControlSurface.Host.Tests.Cli;

public sealed class PortsCommandTests
{
    [Fact]
    public async Task Run_Json_PrintsPortsArrayAndJackStatus()
    {
        var output = new StringWriter();
        var context = new CommandContext(TextReader.Null, output, TextWriter.Null, TimeProvider.System);

        var code = await CommandLine.RunAsync(["ports", "--json", "--jack-server", "cs-no-such-server"], context, TestContext.Current.CancellationToken);

        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output.ToString());
        Assert.Equal(JsonValueKind.Array, doc.RootElement.GetProperty("ports").ValueKind);
        Assert.Equal("no JACK server running", doc.RootElement.GetProperty("jack").GetString());
    }

    [Fact]
    public async Task Run_UnknownOption_ExitsWithUsageError()
    {
        var error = new StringWriter();
        var context = new CommandContext(TextReader.Null, TextWriter.Null, error, TimeProvider.System);

        var code = await CommandLine.RunAsync(["ports", "--colour"], context, TestContext.Current.CancellationToken);

        Assert.Equal(2, code);
        Assert.Contains("--colour", error.ToString(), StringComparison.Ordinal);
    }
}
