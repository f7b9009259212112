using System.Diagnostics;
using System.Text.Json;

namespace ControlSurface.Host.Tests.Takes;

/// <summary>Reads a MIDI file with the npm package midi-file (tests/tools/midi-file, installed by scripts/setup.d/40-node-midi-file.sh).</summary>
internal static class NodeMidiReader
{
    public static string ToolDirectory
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "ControlSurface.sln")))
                    return Path.Combine(dir.FullName, "tests", "tools", "midi-file");
            }
            throw new InvalidOperationException("cannot find the repository root above " + AppContext.BaseDirectory);
        }
    }

    public static async Task<JsonElement> ReadAsync(string midiFile)
    {
        var dir = ToolDirectory;
        Assert.True(File.Exists(Path.Combine(dir, "node_modules", "midi-file", "package.json")),
            $"midi-file is not installed in {dir}: run scripts/setup.d/40-node-midi-file.sh");
        var psi = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = dir };
        psi.ArgumentList.Add(Path.Combine(dir, "read-midi.js"));
        psi.ArgumentList.Add(midiFile);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await p.WaitForExitAsync(cts.Token);
        Assert.True(p.ExitCode == 0, "node read-midi.js failed: " + await stderr);
        return JsonDocument.Parse(await stdout).RootElement.Clone();
    }
}
