using System.Diagnostics;
using System.Globalization;

namespace ControlSurface.Host.Tests.Systemd;

/// <summary>
/// hardware/pi/controlsurface.service run by a real systemd (PID 1 of its own namespaces): READY=1 through
/// Microsoft.Extensions.Hosting.Systemd, WATCHDOG=1 from the engine loop, a watchdog restart when the program hangs,
/// config reload by file edit and by `systemctl reload`, a clean stop on SIGTERM.
/// </summary>
/// <remarks>
/// The unit is the shipped one with only what this machine cannot have swapped out: the program path (the JIT build
/// next to the tests, so no MemoryDenyWriteExecute), no service user or device groups, a short watchdog, state in /run.
/// </remarks>
public sealed class SystemdServiceTests
{
    private const string Unit = "controlsurface.service";

    private const string Config = """
        engine:
          strips: 8
        surfaces:
          - kind: simulated-board
            name: desk
            link: in-process
        targets:
          - kind: builtin-mixer
            name: console
        takes:
          db: /run/cs/takes.db
        """;

    [Fact]
    public async Task Service_UnderRealSystemd_IsReadyPingsReloadsRestartsWhenHungAndStopsCleanly()
    {
        Assert.SkipWhen(NamespacedSystemd.SkipReason is not null, NamespacedSystemd.SkipReason ?? "");
        await using var systemd = await NamespacedSystemd.BootAsync(
            new Dictionary<string, string> { [Unit] = TestUnit() },
            new Dictionary<string, string> { ["config.yaml"] = Config });
        var config = systemd.Inside("/run/cs/config.yaml");

        // Type=notify: start returns only once READY=1 arrived.
        var start = await systemd.SystemctlAsync("start", Unit);
        Assert.True(start.Code == 0, await DiagnoseAsync(systemd, start.Err));
        var state = await systemd.PropertyAsync(Unit, "SubState");
        var pings = await CountPingsAsync(systemd, 3);

        await File.WriteAllTextAsync(config, Config.Replace("name: desk", "name: desk2"), TestContext.Current.CancellationToken);
        var applied = await StatusAsync(systemd, "config reloaded (1)");
        await File.WriteAllTextAsync(config, Config.Replace("name: console", "name: console\n    volume: 11"), TestContext.Current.CancellationToken);
        var rejected = await StatusAsync(systemd, "config rejected");
        var reload = await systemd.SystemctlAsync("reload", Unit);
        var stillRunning = await systemd.PropertyAsync(Unit, "SubState");
        await File.WriteAllTextAsync(config, Config, TestContext.Current.CancellationToken);
        await StatusAsync(systemd, "config reloaded (2)");

        // A hung program: its pings stop, systemd kills it and starts it again.
        var hung = await systemd.PropertyAsync(Unit, "MainPID");
        Stop(systemd, int.Parse(hung, CultureInfo.InvariantCulture));
        var result = await NamespacedSystemd.WaitForAsync(async () => await systemd.PropertyAsync(Unit, "Result") == "watchdog" ? true : (bool?)null, "the watchdog to fire");
        await NamespacedSystemd.WaitForAsync(async () => await systemd.PropertyAsync(Unit, "NRestarts") == "1" && await systemd.PropertyAsync(Unit, "SubState") == "running" ? true : (bool?)null, "the restart");
        var restartedPid = await systemd.PropertyAsync(Unit, "MainPID");

        var stop = await systemd.SystemctlAsync("stop", Unit);
        var exit = (await systemd.PropertyAsync(Unit, "Result"), await systemd.PropertyAsync(Unit, "ExecMainStatus"));

        Assert.Equal("running", state);
        Assert.True(pings >= 3);
        Assert.StartsWith("config reloaded (1): added desk2; removed desk", applied);
        Assert.StartsWith("config rejected: /run/cs/config.yaml:10:5: unknown key 'volume'", rejected);
        Assert.True(reload.Code == 0, reload.Err);
        Assert.Equal("running", stillRunning);
        Assert.True(result);
        Assert.NotEqual(hung, restartedPid);
        Assert.True(stop.Code == 0, stop.Err);
        Assert.Equal(("success", "0"), exit);
    }

    /// <summary>The shipped unit, adapted to this machine (see the class remarks).</summary>
    private static string TestUnit()
    {
        var program = Path.Combine(AppContext.BaseDirectory, "controlsurface");
        // The shared framework lives in DOTNET_ROOT/shared/Microsoft.NETCore.App/VERSION.
        var dotnetRoot = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", ".."));
        var lines = File.ReadAllLines(Path.Combine(RepoRoot.Path, "hardware", "pi", "controlsurface.service"));
        var unit = new List<string>();
        string[] drop = ["User=", "Group=", "SupplementaryGroups=", "MemoryDenyWriteExecute=", "WatchdogSec=", "TimeoutStopSec=", "RestartSec=",
            "StateDirectory=", "CacheDirectory=", "ConfigurationDirectory=", "WorkingDirectory=", "Wants=", "After="];
        // On a Pi the program sits in /opt; a test checkout may sit in /tmp or a home directory, which the unit's own
        // hardening hides from the service (exit 203/EXEC). Only then is that one setting dropped.
        bool Under(string root) => program.StartsWith(root, StringComparison.Ordinal) || dotnetRoot.StartsWith(root, StringComparison.Ordinal);
        if (Under("/tmp/") || Under("/var/tmp/"))
            drop = [.. drop, "PrivateTmp="];
        if (Under("/home/") || Under("/root/") || Under("/run/user/"))
            drop = [.. drop, "ProtectHome="];
        foreach (var line in lines)
        {
            if (drop.Any(d => line.StartsWith(d, StringComparison.Ordinal)))
                continue;
            unit.Add(line.StartsWith("ExecStart=", StringComparison.Ordinal) ? $"ExecStart={program} run --config /run/cs/config.yaml" : line);
            if (line == "[Unit]")
                unit.Add("DefaultDependencies=no");
            if (line == "[Service]")
            {
                unit.Add($"Environment=DOTNET_ROOT={dotnetRoot}");
                unit.Add("WatchdogSec=2");
                unit.Add("TimeoutStopSec=3");
                unit.Add("RestartSec=1");
                unit.Add("WorkingDirectory=/run/cs");
                unit.Add("ReadWritePaths=/run/cs");
                unit.Add("StandardOutput=append:/run/cs/stdout.log");
                unit.Add("StandardError=append:/run/cs/stderr.log");
            }
        }
        return string.Join('\n', unit) + "\n";
    }

    private static async Task<string> DiagnoseAsync(NamespacedSystemd systemd, string error)
    {
        var status = await systemd.SystemctlAsync("status", Unit);
        var log = File.Exists(systemd.Inside("/run/cs/stderr.log")) ? await File.ReadAllTextAsync(systemd.Inside("/run/cs/stderr.log")) : "(no stderr.log)";
        return $"{error}\n{status.Out}\n{log}";
    }

    private static async Task<int> CountPingsAsync(NamespacedSystemd systemd, int wanted)
    {
        // systemd stamps WatchdogTimestamp at every WATCHDOG=1 it accepts.
        var seen = new HashSet<string>();
        return await NamespacedSystemd.WaitForAsync(async () =>
        {
            seen.Add(await systemd.PropertyAsync(Unit, "WatchdogTimestampMonotonic"));
            return seen.Count > wanted ? seen.Count - 1 : (int?)null;
        }, $"{wanted} watchdog pings");
    }

    private static async Task<string> StatusAsync(NamespacedSystemd systemd, string prefix)
    {
        var text = "";
        await NamespacedSystemd.WaitForAsync(async () =>
        {
            text = await systemd.PropertyAsync(Unit, "StatusText");
            return text.StartsWith(prefix, StringComparison.Ordinal) ? true : (bool?)null;
        }, $"StatusText '{prefix}...'");
        return text;
    }

    private static void Stop(NamespacedSystemd systemd, int namespacePid)
    {
        // MainPID is the number inside the namespace; find the same process from here by its NSpid line.
        foreach (var dir in Directory.GetDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
                continue;
            string status;
            try
            {
                status = File.ReadAllText(Path.Combine(dir, "status"));
            }
            catch (IOException)
            {
                continue;
            }
            var nspid = status.Split('\n').FirstOrDefault(l => l.StartsWith("NSpid:", StringComparison.Ordinal))?.Split('\t', StringSplitOptions.RemoveEmptyEntries);
            if (nspid is { Length: 3 } && nspid[2] == namespacePid.ToString(CultureInfo.InvariantCulture) && IsChildOf(pid, systemd.Pid))
            {
                using var kill = Process.Start("kill", ["-STOP", pid.ToString(CultureInfo.InvariantCulture)]);
                kill.WaitForExit(10_000);
                return;
            }
        }
        throw new InvalidOperationException($"no process with namespace PID {namespacePid} under systemd {systemd.Pid}");
    }

    private static bool IsChildOf(int pid, int parent) =>
        File.ReadAllText($"/proc/{pid}/stat").Split(") ")[1].Split(' ')[1] == parent.ToString(CultureInfo.InvariantCulture);
}
