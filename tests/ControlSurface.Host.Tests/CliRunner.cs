using ControlSurface.Host.Cli;

namespace ControlSurface.Host.Tests;

/// <summary>Runs `controlsurface` commands in process with captured output.</summary>
internal static class CliRunner
{
    public static async Task<(int Code, string Out, string Err)> RunAsync(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var context = new CommandContext(TextReader.Null, stdout, stderr, TimeProvider.System);
        var code = await CommandLine.RunAsync(args, context, TestContext.Current.CancellationToken);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
