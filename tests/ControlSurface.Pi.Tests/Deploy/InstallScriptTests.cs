using ControlSurface.Pi.Tests.Build;

namespace ControlSurface.Pi.Tests.Deploy;

/// <summary>hardware/pi/install.sh run for real into a temporary root (DESTDIR), twice.</summary>
public sealed class InstallScriptTests : IDisposable
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("install-");

    private string Root => Path.Combine(_work.FullName, "root");

    private string Build => Path.Combine(_work.FullName, "build");

    public InstallScriptTests()
    {
        Directory.CreateDirectory(Build);
        var exe = Path.Combine(Build, "controlsurface");
        File.WriteAllText(exe, "#!/bin/sh\necho controlsurface 0.0.0\n");
        File.SetUnixFileMode(exe, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        File.WriteAllText(Path.Combine(Build, "libSystem.IO.Ports.Native.so"), "native");
        File.WriteAllText(Path.Combine(_work.FullName, "config.yaml"), "engine:\n  strips: 8\n");
    }

    [Fact]
    public async Task Install_IntoDestdir_PutsEverythingInPlaceAndSaysSo()
    {
        var result = await Install();

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(File.Exists(Path.Combine(Root, "opt/controlsurface/controlsurface")));
        Assert.True(File.Exists(Path.Combine(Root, "opt/controlsurface/libSystem.IO.Ports.Native.so")));
        Assert.Equal(File.ReadAllText(RepoPaths.PiFile("controlsurface.service")), File.ReadAllText(Path.Combine(Root, "etc/systemd/system/controlsurface.service")));
        Assert.True(File.Exists(Path.Combine(Root, "etc/systemd/system/controlsurface-usb-midi.service")));
        Assert.Equal("engine:\n  strips: 8\n", File.ReadAllText(Path.Combine(Root, "etc/controlsurface/config.yaml")));
        var rules = File.ReadAllText(Path.Combine(Root, "etc/udev/rules.d/99-controlsurface.rules"));
        Assert.Contains("ATTRS{serial}==\"E66138528367A52B\", GROUP=\"dialout\", MODE=\"0660\", SYMLINK+=\"controlsurface-mcu0\"", rules, StringComparison.Ordinal);
        Assert.Contains("ATTRS{serial}==\"FB-00A2\", GROUP=\"dialout\", MODE=\"0660\", SYMLINK+=\"controlsurface-mcu1\"", rules, StringComparison.Ordinal);
        Assert.Contains("KERNEL==\"midiC*D0\", ATTRS{id}==\"ControlSurface\", GROUP=\"audio\", MODE=\"0660\", SYMLINK+=\"snd/controlsurface-midi\"", rules, StringComparison.Ordinal);
        Assert.Contains("install.sh: installed /opt/controlsurface/controlsurface", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("install.sh: skipped   user controlsurface", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Install_Twice_ChangesNothingAndKeepsTheUsersConfig()
    {
        await Install();
        File.WriteAllText(Path.Combine(Root, "etc/controlsurface/config.yaml"), "# edited on the box\n");

        var again = await Install();

        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.DoesNotContain("installed", again.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("updated", again.Stdout, StringComparison.Ordinal);
        Assert.Contains("install.sh: unchanged /opt/controlsurface/controlsurface", again.Stdout, StringComparison.Ordinal);
        Assert.Contains("install.sh: kept      /etc/controlsurface/config.yaml", again.Stdout, StringComparison.Ordinal);
        Assert.Equal("# edited on the box\n", File.ReadAllText(Path.Combine(Root, "etc/controlsurface/config.yaml")));
    }

    [Fact]
    public async Task Install_NewBuild_UpdatesTheProgram()
    {
        await Install();
        File.AppendAllText(Path.Combine(Build, "controlsurface"), "# v2\n");

        var update = await Install();

        Assert.Contains("install.sh: updated   /opt/controlsurface/controlsurface", update.Stdout, StringComparison.Ordinal);
        Assert.EndsWith("# v2\n", File.ReadAllText(Path.Combine(Root, "opt/controlsurface/controlsurface")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Install_NoBuild_FailsWithAHint()
    {
        var result = await ChildProcess.RunAsync("bash", [RepoPaths.PiFile("install.sh"), "--build", Path.Combine(_work.FullName, "nothing")],
            TimeSpan.FromMinutes(1), new Dictionary<string, string> { ["DESTDIR"] = Root });

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("run hardware/pi/publish.sh first", result.Stderr, StringComparison.Ordinal);
    }

    public void Dispose() => _work.Delete(recursive: true);

    private Task<ProcessResult> Install() =>
        ChildProcess.RunAsync("bash",
            [RepoPaths.PiFile("install.sh"), "--build", Build, "--config", Path.Combine(_work.FullName, "config.yaml"),
             "--mcu-serial", "E66138528367A52B", "--mcu-serial", "FB-00A2"],
            TimeSpan.FromMinutes(1), new Dictionary<string, string> { ["DESTDIR"] = Root });
}
