namespace ControlSurface.Host.Systemd;

/// <summary>Alive when every watched counter moved since the last check (e.g. the engine's tick count and a Pi surface's poll count).</summary>
/// <remarks>Wire it as <c>new ProgressLiveness(() =&gt; engine.Counters.Ticks)</c>; a loop that hangs stops its counter, the pings stop, systemd restarts the service.</remarks>
internal sealed class ProgressLiveness(params Func<long>[] counters) : IWatchdogLiveness
{
    private readonly long[] _last = Enumerable.Repeat(long.MinValue, counters.Length).ToArray();

    public bool IsAlive()
    {
        var alive = true;
        for (var i = 0; i < counters.Length; i++)
        {
            var now = counters[i]();
            alive &= now != _last[i];
            _last[i] = now;
        }
        return alive;
    }
}
