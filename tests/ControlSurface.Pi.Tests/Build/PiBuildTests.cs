using System.Text.Json;
using ControlSurface.Tests.Processes;

namespace ControlSurface.Pi.Tests.Build;

/// <summary>The linux-arm64 NativeAOT build from hardware/pi/publish.sh, run under qemu user emulation.</summary>
public sealed class PiBuildTests(PiBuildFixture build) : IClassFixture<PiBuildFixture>
{
    [Fact]
    public void Publish_WritesOneArm64Executable()
    {
        Assert.True(build.Publish is { ExitCode: 0 }, $"publish.sh failed: {build.Publish}");
        var header = new byte[20];
        using (var f = File.OpenRead(build.Executable))
            f.ReadExactly(header);

        Assert.Equal("\u007fELF"u8.ToArray(), header[..4]);
        Assert.Equal(0xB7, BitConverter.ToUInt16(header, 18)); // e_machine EM_AARCH64
        Assert.True(OperatingSystem.IsWindows() || (File.GetUnixFileMode(build.Executable) & UnixFileMode.UserExecute) != 0);
        Assert.Empty(Directory.GetFiles(build.OutDir, "*.dbg"));
        Assert.Contains("linux-arm64, NativeAOT", build.Publish.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Version_UnderQemu_MatchesTheX64Build()
    {
        var arm = await build.RunArm64Async("--version");
        var x64 = await PiBuildFixture.RunX64Async("--version");

        Assert.True(arm.ExitCode == 0, arm.ToString());
        Assert.StartsWith("controlsurface ", arm.Stdout, StringComparison.Ordinal);
        Assert.Equal(x64.Stdout, arm.Stdout);
    }

    [Fact]
    public async Task Demo_UnderQemu_ReportsTheSameShapeAsX64()
    {
        var arm = await build.RunArm64Async("demo", "--seconds", "3", "--json");
        var x64 = await PiBuildFixture.RunX64Async("demo", "--seconds", "3", "--json");

        Assert.True(arm.ExitCode == 0, arm.ToString());
        Assert.True(x64.ExitCode == 0, x64.ToString());
        using var armReport = JsonDocument.Parse(arm.Stdout);
        using var x64Report = JsonDocument.Parse(x64.Stdout);
        Assert.Equal(Shape(x64Report.RootElement), Shape(armReport.RootElement));
        Assert.True(armReport.RootElement.GetProperty("strips").GetArrayLength() > 0);
        Assert.True(armReport.RootElement.GetProperty("engine").GetProperty("controlEvents").GetInt64() > 0, "the scripted hand moved nothing");
    }

    [Fact]
    public async Task Run_UnderQemu_AppliesAConfigEditAndRefusesABrokenOne()
    {
        Assert.True(File.Exists(PiBuildFixture.Qemu), $"{PiBuildFixture.Qemu} is missing; run scripts/setup.d/40-qemu.sh");
        var dir = Directory.CreateTempSubdirectory("cs-qemu-reload-");
        try
        {
            var config = Path.Combine(dir.FullName, "config.yaml");
            var yaml = $"engine:\n  strips: 8\nsurfaces:\n  - kind: simulated-board\n    name: desk\n    link: in-process\ntakes:\n  db: {dir.FullName}/takes.db\n";
            await File.WriteAllTextAsync(config, yaml, TestContext.Current.CancellationToken);
            await using var arm = LiveProcess.Start(PiBuildFixture.Qemu, [build.Executable, "run", "--config", config, "--json"], PiBuildFixture.QemuEnvironment);
            await arm.WaitForLineAsync("config: watching");

            await File.WriteAllTextAsync(config, yaml.Replace("name: desk", "name: desk2"), TestContext.Current.CancellationToken);
            var applied = await arm.WaitForLineAsync("config: ");
            await File.WriteAllTextAsync(config, yaml.Replace("strips: 8", "strips: many"), TestContext.Current.CancellationToken);
            var rejected = await arm.WaitForLineAsync("config: ");
            arm.Signal("TERM");
            var (code, stdout) = await arm.WaitForExitAsync();
            using var report = JsonDocument.Parse(stdout);

            Assert.StartsWith($"config: reloaded {config}: added desk2; removed desk", applied, StringComparison.Ordinal);
            Assert.StartsWith($"config: rejected {config}:2:11: 'strips' must be a whole number", rejected, StringComparison.Ordinal);
            Assert.Equal(0, code);
            Assert.Equal("desk2", report.RootElement.GetProperty("surfaces")[0].GetProperty("name").GetString());
            Assert.Equal(1, report.RootElement.GetProperty("config").GetProperty("rejected").GetInt32());
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task UnknownCommand_UnderQemu_ExitsWithUsageCode()
    {
        var arm = await build.RunArm64Async("no-such-command");

        Assert.Equal(2, arm.ExitCode);
        Assert.Contains("unknown command 'no-such-command'", arm.Stderr, StringComparison.Ordinal);
    }

    /// <summary>Every property path with its JSON kind (numbers as one kind, null matching anything), sorted.</summary>
    private static List<string> Shape(JsonElement root)
    {
        var paths = new SortedSet<string>(StringComparer.Ordinal);
        Walk(root, "$", paths);
        return [.. paths];
    }

    private static void Walk(JsonElement e, string path, SortedSet<string> paths)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                paths.Add($"{path}:object");
                foreach (var p in e.EnumerateObject())
                    Walk(p.Value, $"{path}.{p.Name}", paths);
                break;
            case JsonValueKind.Array:
                paths.Add($"{path}:array");
                foreach (var item in e.EnumerateArray())
                    Walk(item, $"{path}[]", paths);
                break;
            case JsonValueKind.Null:
                paths.Add(path);
                break;
            case JsonValueKind.True or JsonValueKind.False:
                paths.Add($"{path}:bool");
                break;
            default:
                paths.Add($"{path}:{e.ValueKind.ToString().ToLowerInvariant()}");
                break;
        }
    }
}
