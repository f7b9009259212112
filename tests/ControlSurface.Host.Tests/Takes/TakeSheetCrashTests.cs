using System.Diagnostics;
using ControlSurface.Core.Takes;
using ControlSurface.Host.Takes;

namespace ControlSurface.Host.Tests.Takes;

public sealed class TakeSheetCrashTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task SigkillMidTake_LeavesTheSheetIntact_WithTheTakeInterruptedAtItsStart()
    {
        var db = _dir.File("takes.db");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        using (var take1 = Record(db))
        {
            take1.StandardInput.Close(); // end of input: stop and keep
            await take1.WaitForExitAsync(timeout.Token);
            Assert.Equal(0, take1.ExitCode);
        }
        var before = DateTimeOffset.UtcNow;
        using var child = Record(db);

        var first = await child.StandardOutput.ReadLineAsync(timeout.Token);
        Assert.StartsWith("Ballad take 2 recording", first, StringComparison.Ordinal);
        await child.StandardInput.WriteLineAsync("pitch".AsMemory(), timeout.Token);
        await child.StandardInput.FlushAsync(timeout.Token);
        await child.StandardOutput.ReadLineAsync(timeout.Token); // the instructions line
        Assert.Equal("Ballad take 2 marker \"pitch\"", await child.StandardOutput.ReadLineAsync(timeout.Token));
        child.Kill(); // SIGKILL on Unix: no finally blocks, no flush, no goodbye
        await child.WaitForExitAsync(timeout.Token);
        var after = DateTimeOffset.UtcNow;

        using var sheet = SqliteTakeSheet.OpenForReading(db);
        var takes = sheet.Load().Takes;

        Assert.Equal(137, child.ExitCode);
        Assert.Equal(1, sheet.InterruptedOnOpen);
        Assert.Equal([(1, TakeStatus.Complete), (2, TakeStatus.Interrupted)], takes.Select(t => (t.Number, t.Status)));
        var interrupted = takes[1];
        Assert.InRange(interrupted.StartedAt, before, after);
        Assert.Null(interrupted.EndedAt);
        Assert.Equal("pitch", interrupted.Markers.Single().Note);
        var (listCode, list, _) = await CliRunner.RunAsync("takes", "list", "--db", db);
        Assert.Equal(0, listCode);
        Assert.Contains("interrupted", list, StringComparison.Ordinal);
    }

    private static Process Record(string db)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        foreach (var a in new[] { ProgramProcess.Dll, "takes", "record", "--db", db, "--song", "Ballad" })
            psi.ArgumentList.Add(a);
        return Process.Start(psi)!;
    }
}
