using System.Diagnostics;

namespace ControlSurface.Midi.Tests.EndToEnd;

/// <summary>The shared Ardour peer (../shared/peers/ardour): found next to the repo, started if not running, facts from peer.env.</summary>
public sealed class ArdourPeer
{
    private ArdourPeer(Dictionary<string, string> env)
    {
        OscPort = int.Parse(env["OSC_PORT"], System.Globalization.CultureInfo.InvariantCulture);
        JackServer = env.GetValueOrDefault("JACK_SERVER", "default");
        McuIn = env["MCU_IN"];
        McuOut = env["MCU_OUT"];
    }

    public int OscPort { get; }

    public string JackServer { get; }

    public string McuIn { get; }

    public string McuOut { get; }

    /// <summary>Starts the peer (idempotent) and reads its facts; null with a reason when it cannot run here.</summary>
    public static ArdourPeer? Start(out string reason)
    {
        var dir = FindPeerDirectory();
        if (dir is null)
        {
            reason = "../shared/peers/ardour not found next to the repository";
            return null;
        }
        var failed = Path.Combine(Path.GetTempPath(), "controlsurface-ardour-install.failed");
        if (File.Exists(failed) || !Directory.Exists("/usr/lib/ardour7"))
        {
            reason = "Ardour peer install failed or did not run (scripts/setup.d/40-jack-ardour.sh); see " + failed;
            return null;
        }
        var run = Environment.GetEnvironmentVariable("ARDOUR_PEER_RUN_DIR") ?? Path.Combine(Path.GetTempPath(), "controlsurface-ardour-peer");
        // One start.sh at a time per run dir, also across test processes.
        var psi = new ProcessStartInfo("flock") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        // -o: the daemons start.sh leaves running must not inherit (and hold) the lock.
        foreach (var a in (string[])["-o", run + ".lock", Path.Combine(dir, "start.sh")])
            psi.ArgumentList.Add(a);
        psi.Environment["ARDOUR_PEER_RUN_DIR"] = run;
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        p.WaitForExit();
        if (p.ExitCode != 0)
            throw new InvalidOperationException($"start.sh failed ({p.ExitCode}): {stderr.Result}{stdout.Result}");
        var env = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadAllLines(Path.Combine(run, "peer.env")))
        {
            var eq = line.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0)
                env[line[..eq]] = line[(eq + 1)..].Trim('\'');
        }
        reason = "";
        return new ArdourPeer(env);
    }

    private static string? FindPeerDirectory()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            var candidate = Path.Combine(d.FullName, "shared", "peers", "ardour");
            if (File.Exists(Path.Combine(candidate, "start.sh")))
                return candidate;
        }
        return null;
    }
}
