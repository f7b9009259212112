namespace ControlSurface.Firmware.Link;

/// <summary>Heartbeat round-trip times: the last 4096 samples, with percentiles on demand.</summary>
/// <remarks>Adding is allocation-free and thread-safe; percentiles sort a preallocated copy under the lock.</remarks>
public sealed class RoundTripStats
{
    private const int Capacity = 4096;
    private readonly Lock _gate = new();
    private readonly int[] _samples = new int[Capacity];
    private readonly int[] _scratch = new int[Capacity];
    private long _count;

    /// <summary>Samples taken since start.</summary>
    public long Count { get { lock (_gate) return _count; } }

    /// <summary>Adds one round trip in microseconds.</summary>
    public void Add(long micros)
    {
        lock (_gate)
        {
            _samples[_count % Capacity] = (int)Math.Clamp(micros, 0, int.MaxValue);
            _count++;
        }
    }

    /// <summary>The <paramref name="percent"/>-th percentile of the recent samples in microseconds, or 0 without samples.</summary>
    public long Percentile(double percent)
    {
        lock (_gate)
        {
            var n = (int)Math.Min(_count, Capacity);
            if (n == 0)
                return 0;
            Array.Copy(_samples, _scratch, n);
            Array.Sort(_scratch, 0, n);
            var rank = (int)Math.Ceiling(percent / 100 * n) - 1;
            return _scratch[Math.Clamp(rank, 0, n - 1)];
        }
    }
}
