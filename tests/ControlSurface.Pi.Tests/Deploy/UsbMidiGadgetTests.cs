using ControlSurface.Pi.Tests.Build;

namespace ControlSurface.Pi.Tests.Deploy;

/// <summary>hardware/pi/usb-midi-gadget.sh against a stand-in configfs tree and device-controller folder.</summary>
public sealed class UsbMidiGadgetTests : IDisposable
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("gadget-");

    private string Gadget => Path.Combine(_work.FullName, "configfs/usb_gadget/controlsurface");

    public UsbMidiGadgetTests()
    {
        Directory.CreateDirectory(Path.Combine(_work.FullName, "configfs/usb_gadget"));
        Directory.CreateDirectory(Path.Combine(_work.FullName, "udc"));
    }

    [Fact]
    public async Task Up_WithAController_BuildsAMidiFunctionAndBindsIt()
    {
        Directory.CreateDirectory(Path.Combine(_work.FullName, "udc/fe980000.usb"));

        var result = await Run("up");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("0x1209", Read("idVendor"));
        Assert.Equal("ControlSurface MIDI", Read("strings/0x409/product"));
        Assert.Equal("1", Read("functions/midi.usb0/in_ports"));
        Assert.Equal("1", Read("functions/midi.usb0/out_ports"));
        Assert.Equal(Path.Combine(Gadget, "functions/midi.usb0"), new FileInfo(Path.Combine(Gadget, "configs/c.1/midi.usb0")).LinkTarget);
        Assert.Equal("fe980000.usb", Read("UDC"));
    }

    [Fact]
    public async Task Up_Twice_LeavesTheBoundGadgetAlone()
    {
        Directory.CreateDirectory(Path.Combine(_work.FullName, "udc/fe980000.usb"));
        await Run("up");

        var again = await Run("up");

        Assert.Equal(0, again.ExitCode);
        Assert.Contains("already bound to fe980000.usb", again.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Up_NoDeviceController_FailsWithTheConfigTxtHint()
    {
        var result = await Run("up");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("dtoverlay=dwc2,dr_mode=peripheral", result.Stderr, StringComparison.Ordinal);
    }

    public void Dispose() => _work.Delete(recursive: true);

    private string Read(string attribute) => File.ReadAllText(Path.Combine(Gadget, attribute)).Trim();

    private Task<ProcessResult> Run(string action) =>
        ChildProcess.RunAsync("bash", [RepoPaths.PiFile("usb-midi-gadget.sh"), action], TimeSpan.FromMinutes(1),
            new Dictionary<string, string>
            {
                ["CONFIGFS"] = Path.Combine(_work.FullName, "configfs"),
                ["UDC_DIR"] = Path.Combine(_work.FullName, "udc"),
            });
}
