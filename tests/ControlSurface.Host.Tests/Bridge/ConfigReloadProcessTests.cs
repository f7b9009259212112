using System.Text.Json;

namespace ControlSurface.Host.Tests.Bridge;

/// <summary>`controlsurface run --config FILE` as a child process while the file is edited on disk and SIGHUP is sent.</summary>
public sealed class ConfigReloadProcessTests : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    private const string Config = """
        engine:
          strips: 8
        surfaces:
          - kind: simulated-board
            name: desk
            link: in-process
            faders: 8
        targets:
          - kind: builtin-mixer
            name: console
        """;

    private readonly string _dir = Directory.CreateTempSubdirectory("cs-reload-proc-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Run_FileEditedWhileRunning_AppliesGoodEditsRefusesBrokenOnesAndKeepsRunning()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "signals are POSIX");
        var path = Path.Combine(_dir, "config.yaml");
        await File.WriteAllTextAsync(path, Config, TestContext.Current.CancellationToken);
        await using var program = ProgramProcess.Start(null, "run", "--config", path, "--json");
        await program.WaitForLineAsync("config: watching", Limit);

        await File.WriteAllTextAsync(path, Config.Replace("faders: 8", "faders: 4"), TestContext.Current.CancellationToken);
        var applied = await program.WaitForLineAsync("config: ", Limit);
        await File.WriteAllTextAsync(path, Config + "\n    volume: 11\n", TestContext.Current.CancellationToken);
        var rejected = await program.WaitForLineAsync("config: ", Limit);
        program.Signal("HUP"); // SIGHUP: systemctl reload reads the (still broken) file again
        var rejectedAgain = await program.WaitForLineAsync("config: ", Limit);
        var alive = !program.HasExited;
        program.Signal("TERM");
        var (code, stdout) = await program.WaitForExitAsync(Limit);
        var config = JsonDocument.Parse(stdout).RootElement.GetProperty("config");

        Assert.StartsWith($"config: reloaded {path}: rebuilt desk", applied);
        Assert.StartsWith($"config: rejected {path}:11:5: unknown key 'volume'", rejected);
        Assert.Contains("still running the previous configuration", rejected);
        Assert.StartsWith($"config: rejected {path}:11:5: unknown key 'volume'", rejectedAgain);
        Assert.True(alive);
        Assert.Equal(0, code);
        Assert.Equal(1, config.GetProperty("reloads").GetInt32());
        Assert.Equal(2, config.GetProperty("rejected").GetInt32());
        Assert.StartsWith($"{path}:11:5: unknown key 'volume'", config.GetProperty("lastError").GetString());
    }
}
