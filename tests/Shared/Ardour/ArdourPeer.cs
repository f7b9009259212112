using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace ControlSurface.Tests.Ardour;

/// <summary>
/// A private Ardour test peer (../shared/peers/ardour): its own run dir and JACK server name, started with
/// start.sh (serialised across test processes with a lock file) and stopped with stop.sh on dispose.
/// </summary>
/// <remarks>
/// Linked into every test project that needs Ardour. A missing install is a skip with the reason; an
/// installed peer that does not come up is a failure with the logs. Every wait is bounded.
/// </remarks>
public sealed class ArdourPeer : IDisposable
{
    private const string Hardour = "/usr/lib/ardour7/hardour-7.3.0~ds0";
    private static readonly TimeSpan StartLimit = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan StopLimit = TimeSpan.FromSeconds(40);
    private static int s_instances;
    private readonly string _scripts;
    private bool _disposed;

    private ArdourPeer(string scripts, string runDir, string jackName)
    {
        _scripts = scripts;
        RunDir = runDir;
        JackServer = jackName;
    }

    /// <summary>The private run dir (peer.env, logs, PID files, session copy).</summary>
    public string RunDir { get; }

    /// <summary>The private JACK server name; clients need it as their server name.</summary>
    public string JackServer { get; }

    /// <summary>Ardour's OSC port on 127.0.0.1 (read from peer.env).</summary>
    public int OscPort { get; private set; }

    /// <summary>Ardour's Mackie Control input port (our output connects to it).</summary>
    public string McuIn { get; private set; } = "";

    /// <summary>Ardour's Mackie Control output port (it feeds our input).</summary>
    public string McuOut { get; private set; } = "";

    /// <summary>The hardour process id.</summary>
    public int HardourPid { get; private set; }

    /// <summary>Why the peer cannot run on this machine, or null when it is installed.</summary>
    public static string? NotInstalledReason()
    {
        var failed = Path.Combine(Path.GetTempPath(), "controlsurface-ardour-install.failed");
        if (File.Exists(failed))
            return $"the Ardour peer install failed (scripts/setup.d/40-jack-ardour.sh); see {failed}";
        if (FindScripts() is null)
            return "../shared/peers/ardour (start.sh) not found next to the repository";
        if (!File.Exists(Hardour) || !File.Exists("/usr/bin/jackd"))
            return $"Ardour or jackd is not installed ({Hardour}, /usr/bin/jackd); run scripts/setup.d/40-jack-ardour.sh";
        return null;
    }

    /// <summary>Starts a fresh private peer; throws with the logs when an installed peer does not come up.</summary>
    public static ArdourPeer Start(string tag)
    {
        var scripts = FindScripts() ?? throw new InvalidOperationException(NotInstalledReason());
        var n = Interlocked.Increment(ref s_instances);
        var id = string.Create(CultureInfo.InvariantCulture, $"{tag}-{Environment.ProcessId}-{n}");
        var run = Path.Combine(Path.GetTempPath(), "cs-ardour-" + id);
        var peer = new ArdourPeer(scripts, run, "cs-" + id);
        try
        {
            // -o: the daemons start.sh leaves running must not inherit (and hold) the lock.
            var lockFile = Path.Combine(Path.GetTempPath(), "controlsurface-ardour-start.lock");
            var (code, output) = peer.Script(StartLimit, "flock", "-o", "-w", "240", lockFile, Path.Combine(scripts, "start.sh"));
            if (code != 0)
                throw new InvalidOperationException($"start.sh exited {code} (run dir {run}):\n{output}\n{peer.LogTails()}");
            peer.ReadEnvironment();
            return peer;
        }
        catch
        {
            peer.Dispose();
            throw;
        }
    }

    /// <summary>True while hardour runs (not a zombie).</summary>
    public bool IsAlive
    {
        get
        {
            try
            {
                var stat = File.ReadAllText($"/proc/{HardourPid}/stat");
                var state = stat[(stat.LastIndexOf(')') + 2)..][0];
                return state is not ('Z' or 'X');
            }
            catch (IOException)
            {
                return false;
            }
        }
    }

    /// <summary>Throws a clear error when hardour has died (it crashes in its OSC surface under some patterns; see the README).</summary>
    public void ThrowIfDead()
    {
        if (!IsAlive)
            throw new InvalidOperationException($"hardour (pid {HardourPid}) died during the test; a segfault shows in `dmesg` " +
                $"(e.g. in libardour_osc.so).\n{LogTails()}");
    }

    /// <summary>The last lines of hardour.log and jackd.log.</summary>
    public string LogTails()
    {
        var text = new StringBuilder();
        foreach (var log in (string[])["hardour.log", "jackd.log"])
        {
            var path = Path.Combine(RunDir, log);
            if (!File.Exists(path))
                continue;
            var lines = File.ReadAllLines(path);
            text.Append("--- ").Append(log).Append(" (last lines)\n");
            foreach (var line in lines.AsSpan(Math.Max(0, lines.Length - 12)))
                text.Append(line).Append('\n');
        }
        return text.ToString();
    }

    private void ReadEnvironment()
    {
        var env = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadAllLines(Path.Combine(RunDir, "peer.env")))
        {
            var eq = line.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0)
                env[line[..eq]] = line[(eq + 1)..].Trim('\'');
        }
        OscPort = int.Parse(env["OSC_PORT"], CultureInfo.InvariantCulture);
        McuIn = env["MCU_IN"];
        McuOut = env["MCU_OUT"];
        HardourPid = int.Parse(File.ReadAllText(Path.Combine(RunDir, "hardour.pid")).Trim(), CultureInfo.InvariantCulture);
    }

    private (int Code, string Output) Script(TimeSpan limit, string file, params string[] args)
    {
        var psi = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
            psi.ArgumentList.Add(a);
        psi.Environment["ARDOUR_PEER_RUN_DIR"] = RunDir;
        psi.Environment["ARDOUR_PEER_JACK_NAME"] = JackServer;
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(limit))
        {
            p.Kill(entireProcessTree: true);
            p.WaitForExit();
            return (-1, $"{file} {string.Join(' ', args)} did not finish within {limit.TotalSeconds:0} s");
        }
        p.WaitForExit();
        return (p.ExitCode, stderr.Result + stdout.Result);
    }

    private static string? FindScripts()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            var candidate = Path.Combine(d.FullName, "shared", "peers", "ardour");
            if (File.Exists(Path.Combine(candidate, "start.sh")))
                return candidate;
        }
        return null;
    }

    /// <summary>Stops hardour and jackd (stop.sh, bounded); removes the run dir unless hardour died (its logs stay there).</summary>
    public void Dispose()
    {
        if (_disposed)
            return;
        _disposed = true;
        var healthy = HardourPid != 0 && IsAlive;
        Script(StopLimit, "bash", Path.Combine(_scripts, "stop.sh"));
        if (!healthy)
            return;
        try
        {
            Directory.Delete(RunDir, recursive: true);
        }
        catch (IOException)
        {
            // A process of the peer still writing; the next run uses another directory anyway.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
