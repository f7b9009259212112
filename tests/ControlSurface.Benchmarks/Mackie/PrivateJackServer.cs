using System.Diagnostics;

namespace ControlSurface.Benchmarks.Mackie;

/// <summary>A jackd of our own on the dummy backend (no realtime), under a unique name; stopped on dispose.</summary>
internal sealed class PrivateJackServer : IDisposable
{
    private readonly Process _process;

    private PrivateJackServer(string name, int period)
    {
        Name = name;
        Period = period;
        var psi = new ProcessStartInfo("jackd") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in (string[])["-n", name, "--no-realtime", "-t", "2000", "-d", "dummy", "-r", "48000", "-p", period.ToString(System.Globalization.CultureInfo.InvariantCulture)])
            psi.ArgumentList.Add(a);
        psi.Environment["JACK_NO_AUDIO_RESERVATION"] = "1";
        _process = Process.Start(psi)!;
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string Name { get; }

    /// <summary>Frames per cycle at 48 kHz.</summary>
    public int Period { get; }

    public static bool Installed => File.Exists("/usr/bin/jackd") || File.Exists("/usr/local/bin/jackd");

    /// <summary>Starts jackd and waits (up to ~10 s of probes) until jack_lsp answers.</summary>
    public static PrivateJackServer Start(int period)
    {
        var server = new PrivateJackServer($"cs-lat-{Environment.ProcessId}", period);
        for (var i = 0; i < 100; i++)
        {
            var probe = new ProcessStartInfo("jack_lsp") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            probe.ArgumentList.Add("-s");
            probe.ArgumentList.Add(server.Name);
            using var p = Process.Start(probe)!;
            p.StandardOutput.ReadToEnd();
            p.StandardError.ReadToEnd();
            p.WaitForExit();
            if (p.ExitCode == 0)
                return server;
            if (server._process.HasExited)
                break;
            server._process.WaitForExit(100);
        }
        server.Dispose();
        throw new InvalidOperationException($"jackd {server.Name} did not come up");
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
                kill.WaitForExit();
            if (!_process.WaitForExit(10_000))
                _process.Kill();
        }
        _process.Dispose();
    }
}
