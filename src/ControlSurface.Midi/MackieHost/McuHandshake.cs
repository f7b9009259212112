namespace ControlSurface.Midi.MackieHost;

/// <summary>When a Mackie unit counts as online, and when to ask it again: the host side of the device query.</summary>
/// <remarks>
/// Offline after start and whenever the port goes down or comes back; then a device query every
/// <see cref="MackieSurfaceOptions.QueryInterval"/>. A hello, a confirmation or any other message from the unit
/// make it online; so do <see cref="MackieSurfaceOptions.QueriesBeforeAssumingOnline"/> unanswered queries (a clone
/// that never answers still deserves its state). Times are UTC ticks. Not thread-safe: the owner serialises calls.
/// </remarks>
internal sealed class McuHandshake(MackieSurfaceOptions options)
{
    private bool _portWasUp;
    private long _nextQuery;
    private int _unanswered;

    /// <summary>What the owner should do after a <see cref="Tick"/>.</summary>
    public enum Step
    {
        /// <summary>Nothing.</summary>
        None,
        /// <summary>Send a device query.</summary>
        Query,
        /// <summary>Take the unit as online and push the state.</summary>
        AssumeOnline,
    }

    public bool Online { get; private set; }

    public long Queries { get; private set; }

    /// <summary>True while the port is up (as last seen).</summary>
    public bool PortUp => _portWasUp;

    public void Restart()
    {
        _portWasUp = false;
        _nextQuery = 0;
    }

    public Step Tick(long now, bool portUp)
    {
        if (portUp != _portWasUp)
        {
            Online = false;
            _unanswered = 0;
            _nextQuery = now;
            _portWasUp = portUp;
        }
        if (!portUp || Online || now < _nextQuery)
            return Step.None;
        if (_unanswered >= options.QueriesBeforeAssumingOnline)
            return Step.AssumeOnline;
        _unanswered++;
        Queries++;
        _nextQuery = now + options.QueryInterval.Ticks;
        return Step.Query;
    }

    public void SetOnline()
    {
        Online = true;
        _unanswered = 0;
    }
}
