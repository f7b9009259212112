using System.Diagnostics;
using System.Threading.Channels;

namespace ControlSurface.Host.Tests;

/// <summary>The built `controlsurface` program running as a child process, its stderr read line by line while it runs.</summary>
internal sealed class RunningProgram : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Channel<string> _errLines = Channel.CreateUnbounded<string>();
    private readonly Task<string> _stdout;
    private readonly Task _stderr;

    private RunningProgram(Process process)
    {
        _process = process;
        _stdout = process.StandardOutput.ReadToEndAsync();
        _stderr = Task.Run(async () =>
        {
            while (await process.StandardError.ReadLineAsync() is { } line)
                _errLines.Writer.TryWrite(line);
            _errLines.Writer.TryComplete();
        });
    }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public static RunningProgram Start(IReadOnlyDictionary<string, string>? env, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add(ProgramProcess.Dll);
        foreach (var a in args)
            psi.ArgumentList.Add(a);
        foreach (var (k, v) in env ?? new Dictionary<string, string>())
            psi.Environment[k] = v;
        return new RunningProgram(Process.Start(psi)!);
    }

    /// <summary>The next stderr line containing <paramref name="text"/>, waiting at most <paramref name="limit"/>.</summary>
    public async Task<string> WaitForLineAsync(string text, TimeSpan limit)
    {
        using var cts = new CancellationTokenSource(limit);
        try
        {
            while (true)
            {
                var line = await _errLines.Reader.ReadAsync(cts.Token);
                if (line.Contains(text, StringComparison.Ordinal))
                    return line;
            }
        }
        catch (Exception e) when (e is OperationCanceledException or ChannelClosedException)
        {
            throw new TimeoutException($"no stderr line with '{text}' within {limit} (exited: {_process.HasExited})");
        }
    }

    /// <summary>Sends a POSIX signal (SIGHUP = 1, SIGTERM = 15) with kill(1).</summary>
    public void Signal(int signal)
    {
        using var kill = Process.Start("kill", [$"-{signal}", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        if (!kill.WaitForExit(10_000) || kill.ExitCode != 0)
            throw new InvalidOperationException($"kill -{signal} {_process.Id} failed");
    }

    /// <summary>Waits for the exit (at most <paramref name="limit"/>), returning the exit code and stdout.</summary>
    public async Task<(int Code, string Out)> WaitForExitAsync(TimeSpan limit)
    {
        using var cts = new CancellationTokenSource(limit);
        await _process.WaitForExitAsync(cts.Token);
        await _stderr;
        return (_process.ExitCode, await _stdout);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
