namespace ControlSurface.Pi.Tests.Build;

/// <summary>Publishes the Pi build once per test run (hardware/pi/publish.sh into a temporary folder) for every build test.</summary>
public sealed class PiBuildFixture : IAsyncLifetime
{
    public string OutDir { get; } = Path.Combine(Path.GetTempPath(), $"controlsurface-pi-{Environment.ProcessId}");

    public string Executable => Path.Combine(OutDir, "controlsurface");

    public ProcessResult? Publish { get; private set; }

    /// <summary>Environment for running the arm64 build under qemu-user without binfmt: the arm64 loader and libc come from the Debian cross packages.</summary>
    public static IReadOnlyDictionary<string, string> QemuEnvironment { get; } = new Dictionary<string, string>
    {
        ["QEMU_LD_PREFIX"] = "/usr/aarch64-linux-gnu",
    };

    public const string Qemu = "/usr/bin/qemu-aarch64-static";

    public async ValueTask InitializeAsync()
    {
        Publish = await ChildProcess.RunAsync("bash", [RepoPaths.PiFile("publish.sh"), OutDir], TimeSpan.FromMinutes(20));
    }

    public ValueTask DisposeAsync()
    {
        if (Directory.Exists(OutDir))
            Directory.Delete(OutDir, recursive: true);
        return ValueTask.CompletedTask;
    }

    /// <summary>Runs the arm64 build under qemu with <paramref name="args"/>.</summary>
    public Task<ProcessResult> RunArm64Async(params string[] args)
    {
        Assert.True(Publish is { ExitCode: 0 }, $"publish.sh failed: {Publish}");
        Assert.True(File.Exists(Qemu), $"{Qemu} is missing; run scripts/setup.d/40-qemu.sh");
        return ChildProcess.RunAsync(Qemu, [Executable, .. args], TimeSpan.FromMinutes(3), QemuEnvironment);
    }

    /// <summary>Runs the x64 build of the same program with <paramref name="args"/>.</summary>
    public static Task<ProcessResult> RunX64Async(params string[] args)
    {
        Assert.True(File.Exists(RepoPaths.HostDll), $"{RepoPaths.HostDll} is missing; build the solution in Release first");
        return ChildProcess.RunAsync("dotnet", [RepoPaths.HostDll, .. args], TimeSpan.FromMinutes(3));
    }
}
