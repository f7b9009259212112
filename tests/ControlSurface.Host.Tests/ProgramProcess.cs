using System.Diagnostics;
using ControlSurface.Tests.Processes;

namespace ControlSurface.Host.Tests;

/// <summary>Runs the built `controlsurface` program as a child process, as a user would.</summary>
internal static class ProgramProcess
{
    /// <summary>The program's entry assembly, copied next to the tests by the project reference.</summary>
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "controlsurface.dll");

    /// <summary>Starts the program and leaves it running: the test reads its stderr while it works (see <see cref="LiveProcess"/>).</summary>
    public static LiveProcess Start(IReadOnlyDictionary<string, string>? env, params string[] args) =>
        LiveProcess.Start("dotnet", [Dll, .. args], env);

    public static async Task<(int Code, string Out, string Err)> RunAsync(TimeSpan limit, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add(Dll);
        foreach (var a in args)
            psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(limit);
        try
        {
            await p.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException($"controlsurface {string.Join(' ', args)} did not exit within {limit}");
        }
        return (p.ExitCode, await stdout, await stderr);
    }
}
