using ControlSurface.Pi.Tests.Build;

namespace ControlSurface.Pi.Tests.Deploy;

/// <summary>hardware/pi/controlsurface.service checked by systemd's own parser (systemd-analyze verify).</summary>
public sealed class SystemdUnitTests
{
    private const string InstalledBinary = "/opt/controlsurface/controlsurface";

    [Fact]
    public async Task Verify_Unit_PassesWithoutWarnings()
    {
        var result = await Verify(File.ReadAllText(RepoPaths.PiFile("controlsurface.service")));

        Assert.True(result.ExitCode == 0 && result.Stderr.Length == 0, result.ToString());
    }

    [Fact]
    public async Task Verify_GadgetUnit_PassesWithoutWarnings()
    {
        var unit = File.ReadAllText(RepoPaths.PiFile("controlsurface-usb-midi.service"));

        var result = await Verify(unit, "/opt/controlsurface/usb-midi-gadget.sh", "controlsurface-usb-midi.service");

        Assert.True(result.ExitCode == 0 && result.Stderr.Length == 0, result.ToString());
    }

    [Fact]
    public async Task Verify_MisspelledSetting_IsReported()
    {
        var unit = File.ReadAllText(RepoPaths.PiFile("controlsurface.service")).Replace("WatchdogSec=", "WatchDogSec=", StringComparison.Ordinal);

        var result = await Verify(unit);

        Assert.Contains("Unknown key 'WatchDogSec'", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Unit_NotifyWatchdogRestartAndDeviceGroups_AreSet()
    {
        var lines = File.ReadAllLines(RepoPaths.PiFile("controlsurface.service")).Select(l => l.Trim()).ToList();

        Assert.Contains("Type=notify", lines);
        Assert.Contains("Restart=always", lines);
        Assert.Contains("User=controlsurface", lines);
        Assert.Contains("SupplementaryGroups=gpio i2c spi dialout audio", lines);
        Assert.Contains(lines, l => l.StartsWith("WatchdogSec=", StringComparison.Ordinal));
        // AddSystemd only activates when systemd is the parent: the binary itself, no shell in between.
        Assert.Contains(lines, l => l.StartsWith($"ExecStart={InstalledBinary} ", StringComparison.Ordinal));
        // systemctl reload: the program reads its config again on SIGHUP.
        Assert.Contains("ExecReload=/bin/kill -HUP $MAINPID", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("PrivateDevices=yes", StringComparison.Ordinal) || l.StartsWith("DevicePolicy=", StringComparison.Ordinal));
    }

    /// <summary>Runs systemd-analyze verify on the unit with its executables pointed at stand-ins in a temporary folder (verify checks they exist).</summary>
    private static async Task<ProcessResult> Verify(string unit, string executable = InstalledBinary, string name = "controlsurface.service")
    {
        var dir = Directory.CreateTempSubdirectory("unit-");
        try
        {
            var standIn = Path.Combine(dir.FullName, Path.GetFileName(executable));
            File.WriteAllText(standIn, "#!/bin/sh\n");
            File.SetUnixFileMode(standIn, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            var path = Path.Combine(dir.FullName, name);
            File.WriteAllText(path, unit.Replace(executable, standIn, StringComparison.Ordinal));
            return await ChildProcess.RunAsync("systemd-analyze", ["verify", path], TimeSpan.FromMinutes(1));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
