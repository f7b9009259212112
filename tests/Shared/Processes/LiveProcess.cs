using System.Diagnostics;
using System.Globalization;
using System.Threading.Channels;

namespace ControlSurface.Tests.Processes;

/// <summary>A child process that keeps running while a test talks to it: stderr read line by line, signals by kill(1).</summary>
/// <remarks>
/// Linked into every test project that runs a program and watches it (the `controlsurface` build, the same program
/// under qemu). Every wait is bounded; disposing kills the process tree if it is still running.
/// </remarks>
public sealed class LiveProcess : IAsyncDisposable
{
    private static readonly TimeSpan DefaultLimit = TimeSpan.FromMinutes(2);
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

    /// <summary>The process id.</summary>
    public int Id => _process.Id;

    /// <summary>True once the process has ended.</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>The stderr lines the waits have read so far, for failure messages.</summary>
    public string SeenLines
    {
        get
        {
            lock (_seen)
                return string.Join('\n', _seen);
        }
    }

    /// <summary>Starts <paramref name="file"/> with its stdout, stderr and stdin redirected (stdin stays empty, so nothing waits on a terminal).</summary>
    public static LiveProcess Start(string file, IEnumerable<string> args, IReadOnlyDictionary<string, string>? env = null)
    {
        var psi = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var a in args)
            psi.ArgumentList.Add(a);
        foreach (var (k, v) in env ?? new Dictionary<string, string>())
            psi.Environment[k] = v;
        return new LiveProcess(Process.Start(psi) ?? throw new InvalidOperationException($"could not start {file}"));
    }

    /// <summary>The next stderr line containing <paramref name="text"/>, waiting at most <paramref name="limit"/> (default two minutes).</summary>
    public async Task<string> WaitForLineAsync(string text, TimeSpan? limit = null)
    {
        var bound = limit ?? DefaultLimit;
        using var cts = new CancellationTokenSource(bound);
        try
        {
            while (true)
            {
                var line = await _lines.Reader.ReadAsync(cts.Token);
                lock (_seen)
                    _seen.Add(line);
                if (line.Contains(text, StringComparison.Ordinal))
                    return line;
            }
        }
        catch (Exception e) when (e is OperationCanceledException or ChannelClosedException)
        {
            throw new TimeoutException($"no stderr line with '{text}' within {bound} (exited: {_process.HasExited}); stderr so far:\n{SeenLines}");
        }
    }

    /// <summary>Sends SIG<paramref name="name"/> (TERM, HUP...) with kill(1).</summary>
    public void Signal(string name)
    {
        using var kill = Process.Start("kill", [$"-{name}", _process.Id.ToString(CultureInfo.InvariantCulture)]);
        if (!kill.WaitForExit(10_000) || kill.ExitCode != 0)
            throw new InvalidOperationException($"kill -{name} {_process.Id} failed");
    }

    /// <summary>Waits for the exit (at most <paramref name="limit"/>, default two minutes): exit code and stdout.</summary>
    public async Task<(int Code, string Out)> WaitForExitAsync(TimeSpan? limit = null)
    {
        using var cts = new CancellationTokenSource(limit ?? DefaultLimit);
        await _process.WaitForExitAsync(cts.Token);
        await _stderr;
        return (_process.ExitCode, await _stdout);
    }

    /// <summary>Kills the process tree if it still runs.</summary>
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
