namespace ControlSurface.Firmware.Serial;

/// <summary>A transport wrapper that damages outgoing frames at random: bit flips, dropped bytes, dropped frames.</summary>
/// <remarks>
/// Frames are found by their 0x00 delimiter in what is written, so the faults hit whole frames as a noisy
/// cable or a lost USB packet would. Seeded, so a failing run can be repeated. Reads pass through untouched;
/// wrap both ends to damage both directions.
/// </remarks>
public sealed class FaultInjector : ISerialTransport
{
    private readonly ISerialTransport _inner;
    private readonly FaultRates _rates;
    private readonly Random _random;
    private readonly Lock _gate = new();
    private readonly byte[] _pending = new byte[4096];
    private readonly byte[] _out = new byte[8192];
    private int _pendingLength;

    /// <summary>Wraps <paramref name="inner"/>.</summary>
    public FaultInjector(ISerialTransport inner, FaultRates rates, int seed)
    {
        _inner = inner ?? throw new ArgumentNullException(nameof(inner));
        _rates = rates ?? throw new ArgumentNullException(nameof(rates));
        _random = new Random(seed);
    }

    /// <summary>Frames seen.</summary>
    public long Frames { get; private set; }

    /// <summary>Bits flipped.</summary>
    public long BitsFlipped { get; private set; }

    /// <summary>Bytes dropped.</summary>
    public long BytesDropped { get; private set; }

    /// <summary>Frames dropped.</summary>
    public long FramesDropped { get; private set; }

    /// <inheritdoc/>
    public string Path => _inner.Path;

    /// <inheritdoc/>
    public int Read(Span<byte> buffer) => _inner.Read(buffer);

    /// <inheritdoc/>
    public void Write(ReadOnlySpan<byte> data)
    {
        lock (_gate)
        {
            var outLength = 0;
            foreach (var b in data)
            {
                if (_pendingLength < _pending.Length)
                    _pending[_pendingLength++] = b;
                if (b != 0)
                    continue;
                outLength = Damage(outLength);
                _pendingLength = 0;
                if (outLength > _out.Length - _pending.Length)
                {
                    _inner.Write(_out.AsSpan(0, outLength));
                    outLength = 0;
                }
            }
            if (outLength > 0)
                _inner.Write(_out.AsSpan(0, outLength));
        }
    }

    private int Damage(int outLength)
    {
        Frames++;
        var frame = _pending.AsSpan(0, _pendingLength);
        if (_random.NextDouble() < _rates.DroppedFrame)
        {
            FramesDropped++;
            return outLength;
        }
        if (_random.NextDouble() < _rates.BitFlip)
        {
            frame[_random.Next(frame.Length)] ^= (byte)(1 << _random.Next(8));
            BitsFlipped++;
        }
        var skip = -1;
        if (_random.NextDouble() < _rates.DroppedByte)
        {
            skip = _random.Next(frame.Length);
            BytesDropped++;
        }
        for (var i = 0; i < frame.Length; i++)
        {
            if (i != skip)
                _out[outLength++] = frame[i];
        }
        return outLength;
    }

    /// <inheritdoc/>
    public void Dispose() => _inner.Dispose();
}
