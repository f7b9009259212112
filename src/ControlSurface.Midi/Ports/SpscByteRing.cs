namespace ControlSurface.Midi.Ports;

/// <summary>A lock-free byte ring for exactly one producer thread and one consumer thread.</summary>
/// <remarks>
/// Safe to use from JACK's real-time thread: no locks, no allocation, no waiting. Capacity is rounded up
/// to a power of two. Writes are all-or-nothing so a reader never sees half a message.
/// </remarks>
public sealed class SpscByteRing
{
    private readonly byte[] _buffer;
    private readonly int _mask;
    private long _head; // next write position; written only by the producer
    private long _tail; // next read position; written only by the consumer

    /// <summary>Creates a ring of at least <paramref name="capacity"/> bytes.</summary>
    public SpscByteRing(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 16);
        var size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)capacity);
        _buffer = new byte[size];
        _mask = size - 1;
    }

    /// <summary>Total capacity in bytes.</summary>
    public int Capacity => _buffer.Length;

    /// <summary>Bytes ready for the consumer.</summary>
    public int Count => (int)(Volatile.Read(ref _head) - Volatile.Read(ref _tail));

    /// <summary>Producer: appends <paramref name="first"/> then <paramref name="second"/> as one unit, or nothing.</summary>
    /// <returns>False when there is not room for both.</returns>
    public bool TryWrite(ReadOnlySpan<byte> first, ReadOnlySpan<byte> second = default)
    {
        var head = _head;
        var free = _buffer.Length - (int)(head - Volatile.Read(ref _tail));
        if (first.Length + second.Length > free)
            return false;
        Copy(first, head);
        Copy(second, head + first.Length);
        Volatile.Write(ref _head, head + first.Length + second.Length);
        return true;
    }

    /// <summary>Consumer: copies up to <paramref name="destination"/>.Length bytes out and removes them.</summary>
    public int Read(Span<byte> destination)
    {
        var n = Peek(destination);
        Skip(n);
        return n;
    }

    /// <summary>Consumer: copies up to <paramref name="destination"/>.Length bytes without removing them.</summary>
    public int Peek(Span<byte> destination)
    {
        var tail = _tail;
        var n = Math.Min(destination.Length, (int)(Volatile.Read(ref _head) - tail));
        var start = (int)(tail & _mask);
        var firstPart = Math.Min(n, _buffer.Length - start);
        _buffer.AsSpan(start, firstPart).CopyTo(destination);
        _buffer.AsSpan(0, n - firstPart).CopyTo(destination[firstPart..]);
        return n;
    }

    /// <summary>Consumer: removes <paramref name="count"/> bytes already peeked.</summary>
    public void Skip(int count) => Volatile.Write(ref _tail, _tail + count);

    private void Copy(ReadOnlySpan<byte> source, long position)
    {
        if (source.IsEmpty)
            return;
        var start = (int)(position & _mask);
        var firstPart = Math.Min(source.Length, _buffer.Length - start);
        source[..firstPart].CopyTo(_buffer.AsSpan(start));
        source[firstPart..].CopyTo(_buffer.AsSpan(0));
    }
}
