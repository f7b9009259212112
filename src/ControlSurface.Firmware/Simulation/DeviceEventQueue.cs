using ControlSurface.Firmware.Protocol;
using ControlSurface.Firmware.Protocol.Messages;

namespace ControlSurface.Firmware.Simulation;

/// <summary>The device side of reliable events: numbering, a send window, cumulative ACKs and go-back-N retransmission.</summary>
/// <remarks>Not thread-safe; the board holds its lock. Times are in seconds of board time.</remarks>
internal sealed class DeviceEventQueue
{
    /// <summary>Most events sent ahead of their acknowledgement.</summary>
    public const int Window = 32;

    /// <summary>Time without an ACK after which every pending event is sent again.</summary>
    public const double RetransmitAfter = 0.020;

    private readonly DeviceEvent[] _ring = new DeviceEvent[1024];
    private int _head;
    private int _sent;
    private ushort _next;
    private double _waitingSince;

    /// <summary>Events held (sent or not) until acknowledged.</summary>
    public int Count { get; private set; }

    /// <summary>Events lost because the queue was full.</summary>
    public long Dropped { get; private set; }

    /// <summary>Times the pending events were sent again.</summary>
    public long Retransmissions { get; private set; }

    /// <summary>The number HELLO announces: the oldest pending event's, or the next new one's.</summary>
    public ushort OldestPending => Count > 0 ? _ring[_head].Sequence : _next;

    /// <summary>Adds a new event; false (and counted) when the queue is full.</summary>
    public bool Enqueue(EventKind kind, byte index, short value)
    {
        if (Count == _ring.Length)
        {
            Dropped++;
            return false;
        }
        _ring[(_head + Count) % _ring.Length] = new DeviceEvent(_next++, kind, index, value);
        Count++;
        return true;
    }

    /// <summary>Forgets every event before <paramref name="nextExpected"/>.</summary>
    public void Acknowledge(ushort nextExpected, double now)
    {
        var progressed = false;
        while (Count > 0 && (ushort)(nextExpected - _ring[_head].Sequence) is > 0 and < 0x8000)
        {
            _head = (_head + 1) % _ring.Length;
            Count--;
            _sent = Math.Max(0, _sent - 1);
            progressed = true;
        }
        if (progressed)
            _waitingSince = now;
    }

    /// <summary>Applies a WELCOME: drop what the host has, renumber the rest from its expectation, and send all again.</summary>
    public void Settle(bool hostHasHistory, ushort expected, double now)
    {
        if (hostHasHistory)
        {
            Acknowledge(expected, now);
            for (var i = 0; i < Count; i++)
            {
                var at = (_head + i) % _ring.Length;
                _ring[at] = _ring[at] with { Sequence = (ushort)(expected + i) };
            }
            _next = (ushort)(expected + Count);
        }
        _sent = 0;
        _waitingSince = now;
    }

    /// <summary>Gives the next event to send, if the window allows; restarts from the oldest after a timeout.</summary>
    public bool TryNext(double now, out DeviceEvent next)
    {
        next = default;
        if (_sent > 0 && now - _waitingSince >= RetransmitAfter)
        {
            _sent = 0;
            Retransmissions++;
        }
        if (_sent >= Count || _sent >= Window)
            return false;
        if (_sent == 0)
            _waitingSince = now;
        next = _ring[(_head + _sent) % _ring.Length];
        _sent++;
        return true;
    }
}
