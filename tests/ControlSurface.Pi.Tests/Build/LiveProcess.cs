using System.Diagnostics;
using System.Globalization;
using System.Threading.Channels;

namespace ControlSurface.Pi.Tests.Build;

/// <summary>A child process that keeps running while the test talks to it: stderr read line by line, signals by kill(1).</summary>
public sealed class LiveProcess : IAsyncDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);
    private readonly Process _process;
    private readonly Channel<string> _lines = Channel.CreateUnbounded<string>();
    private readonly List<string> _seen = [];
    private readonly Task<string> _stdout;
    private readonly Task _stderr;

    private LiveProcess(Process process)
    {
        _process = process;
        _stdout = process.StandardOutput.ReadToEndAsync();
        _stderr = Task.Run(async () =>
        {
            while (await process.StandardError.ReadLineAsync() is { } line)
                _lines.Writer.TryWrite(line);
            _lines.Writer.TryComplete();
        });
    }

    public static LiveProcess Start(string file, IEnumerable<string> args, IReadOnlyDictionary<string, string>? env = null)
    {
        var psi = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
            psi.ArgumentList.Add(a);
        foreach (var (k, v) in env ?? new Dictionary<string, string>())
            psi.Environment[k] = v;
        return new LiveProcess(Process.Start(psi) ?? throw new InvalidOperationException($"could not start {file}"));
    }

    /// <summary>The next stderr line containing <paramref name="text"/>, waiting at most two minutes.</summary>
    public async Task<string> WaitForLineAsync(string text)
    {
        using var cts = new CancellationTokenSource(Limit);
        try
        {
            while (true)
            {
                var line = await _lines.Reader.ReadAsync(cts.Token);
                _seen.Add(line);
                if (line.Contains(text, StringComparison.Ordinal))
                    return line;
            }
        }
        catch (Exception e) when (e is OperationCanceledException or ChannelClosedException)
        {
            throw new TimeoutException($"no stderr line with '{text}' within {Limit} (exited: {_process.HasExited}); stderr so far:\n{string.Join('\n', _seen)}");
        }
    }

    /// <summary>Sends SIG<paramref name="name"/> (TERM, HUP...).</summary>
    public void Signal(string name)
    {
        using var kill = Process.Start("kill", [$"-{name}", _process.Id.ToString(CultureInfo.InvariantCulture)]);
        if (!kill.WaitForExit(10_000) || kill.ExitCode != 0)
            throw new InvalidOperationException($"kill -{name} {_process.Id} failed");
    }

    /// <summary>Waits for the exit (at most two minutes): exit code and stdout.</summary>
    public async Task<(int Code, string Out)> WaitForExitAsync()
    {
        using var cts = new CancellationTokenSource(Limit);
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
