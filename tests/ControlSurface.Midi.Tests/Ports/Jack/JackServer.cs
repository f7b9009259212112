using System.Diagnostics;

namespace ControlSurface.Midi.Tests.Ports.Jack;

/// <summary>A private jackd on the dummy backend, under a unique server name, for one test class.</summary>
public sealed class JackServer : IDisposable
{
    private Process? _process;

    public JackServer(string? name = null)
    {
        Name = name ?? $"cs-test-{Environment.ProcessId}-{Guid.NewGuid():N}"[..28];
        Available = File.Exists("/usr/bin/jackd") || File.Exists("/usr/local/bin/jackd");
        if (Available)
            Start();
    }

    public string Name { get; }

    public bool Available { get; }

    public static string SkipReason => "jackd is not installed (scripts/setup.d/40-jack-ardour.sh installs it)";

    public void Start()
    {
        var psi = new ProcessStartInfo("jackd")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in (string[])["-n", Name, "--no-realtime", "-t", "2000", "-d", "dummy", "-r", "48000", "-p", "256"])
            psi.ArgumentList.Add(a);
        psi.Environment["JACK_NO_AUDIO_RESERVATION"] = "1";
        _process = Process.Start(psi)!;
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        WaitUntilReady();
    }

    /// <summary>Stops the server the way a user's SIGTERM would.</summary>
    public void Stop()
    {
        if (_process is null)
            return;
        if (!_process.HasExited)
        {
            Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!.WaitForExit();
            if (!_process.WaitForExit(10_000))
                _process.Kill();
        }
        _process.Dispose();
        _process = null;
    }

    private void WaitUntilReady()
    {
        // jack_lsp exits 0 once the server answers; a bounded number of tries, each a real probe.
        for (var i = 0; i < 100; i++)
        {
            var psi = new ProcessStartInfo("jack_lsp") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            psi.ArgumentList.Add("-s");
            psi.ArgumentList.Add(Name);
            using var probe = Process.Start(psi)!;
            probe.StandardOutput.ReadToEnd();
            probe.StandardError.ReadToEnd();
            probe.WaitForExit();
            if (probe.ExitCode == 0)
                return;
            if (_process!.HasExited)
                throw new InvalidOperationException($"jackd {Name} exited with {_process.ExitCode}");
            _process.WaitForExit(50);
        }
        throw new TimeoutException($"jackd {Name} did not come up");
    }

    public void Dispose() => Stop();
}
