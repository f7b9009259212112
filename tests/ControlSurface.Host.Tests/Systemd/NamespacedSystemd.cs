using System.Diagnostics;

namespace ControlSurface.Host.Tests.Systemd;

/// <summary>
/// A real systemd (/usr/bin/systemd) running as PID 1 of its own PID, mount, UTS, IPC, network and cgroup namespaces,
/// so a unit runs with systemd as its parent exactly as on the Pi, without touching the machine's own init.
/// </summary>
/// <remarks>
/// Units go into a tmpfs /run/systemd/system seen only inside; the boot target pulls in nothing (no sysinit, no
/// journald), and container=unshare keeps systemd away from hardware setup. Files under /run inside are reached from
/// here through /proc/PID/root. Disposing kills the namespace's PID 1, which ends everything in it.
/// Needs root, unshare and nsenter; <see cref="SkipReason"/> says why not when they are missing.
/// </remarks>
internal sealed class NamespacedSystemd : IAsyncDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);
    private readonly Process _unshare;
    private readonly string _dir;

    private NamespacedSystemd(Process unshare, string dir, int pid)
    {
        _unshare = unshare;
        _dir = dir;
        Pid = pid;
    }

    /// <summary>systemd's PID as seen from here.</summary>
    public int Pid { get; }

    private static readonly string[] Namespaces = ["--pid", "--fork", "--mount", "--uts", "--ipc", "--net", "--cgroup", "--mount-proc", "--propagation", "private"];

    /// <summary>Null when this machine can run it, otherwise why not.</summary>
    public static string? SkipReason { get; } =
        !OperatingSystem.IsLinux() ? "Linux only"
        : Environment.UserName != "root" ? "needs root (namespaces and a second systemd)"
        : !File.Exists("/usr/bin/systemd") ? "no /usr/bin/systemd"
        : !File.Exists("/usr/bin/unshare") || !File.Exists("/usr/bin/nsenter") ? "no unshare/nsenter (util-linux)"
        : !CanUnshare() ? "this machine refuses new PID/mount namespaces (an unprivileged container?)"
        : null;

    private static bool CanUnshare()
    {
        var psi = new ProcessStartInfo("/usr/bin/unshare") { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in Namespaces.Append("/bin/true"))
            psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        if (!p.WaitForExit(10_000))
        {
            p.Kill();
            return false;
        }
        return p.ExitCode == 0;
    }

    /// <summary>Boots systemd with <paramref name="units"/> (file name → text) and <paramref name="files"/> (name → text, put in /run/cs).</summary>
    public static async Task<NamespacedSystemd> BootAsync(IReadOnlyDictionary<string, string> units, IReadOnlyDictionary<string, string> files)
    {
        var dir = Directory.CreateTempSubdirectory("cs-systemd-").FullName;
        Directory.CreateDirectory(Path.Combine(dir, "units"));
        Directory.CreateDirectory(Path.Combine(dir, "files"));
        foreach (var (name, text) in units)
            await File.WriteAllTextAsync(Path.Combine(dir, "units", name), text);
        foreach (var (name, text) in files)
            await File.WriteAllTextAsync(Path.Combine(dir, "files", name), text);
        await File.WriteAllTextAsync(Path.Combine(dir, "units", "cs-test.target"), "[Unit]\nDescription=ControlSurface test boot\nDefaultDependencies=no\n");
        var boot = Path.Combine(dir, "boot.sh");
        await File.WriteAllTextAsync(boot, $"""
            #!/bin/sh
            set -e
            mount -t tmpfs tmpfs /run
            mkdir -p /run/systemd/system /run/cs
            cp {dir}/units/* /run/systemd/system/
            cp {dir}/files/* /run/cs/
            export container=unshare
            echo booting
            exec /usr/bin/systemd --system --unit=cs-test.target --show-status=no
            """);
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(boot, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var psi = new ProcessStartInfo("/usr/bin/unshare") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in Namespaces.Append(boot))
            psi.ArgumentList.Add(a);
        var unshare = Process.Start(psi)!;
        // The boot script says so just before it execs systemd (same PID), so this waits on its output, not on a clock.
        using (var started = new CancellationTokenSource(Limit))
        {
            string? line;
            try
            {
                line = await unshare.StandardOutput.ReadLineAsync(started.Token);
            }
            catch (OperationCanceledException)
            {
                unshare.Kill(entireProcessTree: true);
                throw new TimeoutException($"the namespace's boot script did not start within {Limit}");
            }
            if (line != "booting")
                throw new InvalidOperationException($"unshare failed before systemd started: {line ?? "(no output)"} {await unshare.StandardError.ReadToEndAsync()}");
        }
        var pid = Child(unshare.Id) ?? throw new InvalidOperationException("unshare has no child although the boot script ran");
        var systemd = new NamespacedSystemd(unshare, dir, pid);
        // Blocks until the boot transaction is done (the manager then answers on its private socket).
        await WaitForAsync(async () => (await systemd.SystemctlAsync("is-system-running", "--wait")).Out.Trim() is "running" or "degraded" ? true : (bool?)null, "systemd to finish booting");
        return systemd;
    }

    /// <summary>Runs systemctl against this systemd.</summary>
    public async Task<(int Code, string Out, string Err)> SystemctlAsync(params string[] args)
    {
        var psi = new ProcessStartInfo("/usr/bin/nsenter") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "-t", Pid.ToString(System.Globalization.CultureInfo.InvariantCulture), "-m", "-p", "systemctl", "--no-pager" }.Concat(args))
            psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(Limit);
        try
        {
            await p.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException($"systemctl {string.Join(' ', args)} did not return within {Limit}");
        }
        return (p.ExitCode, await stdout, await stderr);
    }

    /// <summary>One property of a unit (systemctl show -p NAME --value).</summary>
    public async Task<string> PropertyAsync(string unit, string name) => (await SystemctlAsync("show", unit, "-p", name, "--value")).Out.Trim();

    /// <summary>A path inside the namespace (e.g. /run/cs/config.yaml) as reachable from here.</summary>
    public string Inside(string path) => $"/proc/{Pid}/root{path}";

    /// <summary>Waits until <paramref name="probe"/> returns a value, checking every 100 ms for at most a minute.</summary>
    /// <remarks>systemd offers no blocking wait for a unit property (Result, NRestarts, WatchdogTimestamp), so its state
    /// is asked again until it says so; the bound turns a missed transition into a failure that names it.</remarks>
    public static async Task<T> WaitForAsync<T>(Func<Task<T?>> probe, string what)
        where T : struct
    {
        using var limit = new CancellationTokenSource(Limit);
        while (true)
        {
            if (await probe() is { } value)
                return value;
            try
            {
                await Task.Delay(100, limit.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"gave up waiting for {what} after {Limit}");
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            Process.GetProcessById(Pid).Kill(); // SIGKILL to the namespace's PID 1 ends every process in it
        }
        catch (ArgumentException)
        {
        }
        await _unshare.WaitForExitAsync();
        _unshare.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    private static int? Child(int pid)
    {
        try
        {
            var children = File.ReadAllText($"/proc/{pid}/task/{pid}/children").Trim();
            return children.Length == 0 ? null : int.Parse(children.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return null;
        }
    }
}
