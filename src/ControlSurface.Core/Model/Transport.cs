namespace ControlSurface.Core.Model;

/// <summary>The transport: state, position in samples, record and punch, loop, shuttle, markers and tempo.</summary>
/// <remarks>
/// <para><b>State.</b> Play starts rolling from Stopped and resumes from Paused. Pause holds a rolling transport and,
/// pressed again, resumes it; record enable survives a pause, so a paused take resumes recording. Stop always stops,
/// ends any shuttle and drops record enable (as Ardour does by default). Commands return true when they changed something.</para>
/// <para><b>Record and punch.</b> <see cref="Record"/> toggles <see cref="RecordEnabled"/> and starts rolling when
/// stopped or paused. The rule: the state is <see cref="TransportState.Recording"/> exactly when the transport rolls,
/// record is enabled, and the position is allowed by punch: with <see cref="PunchIn"/> on, at or after
/// <see cref="PunchRange"/>.Start; with <see cref="PunchOut"/> on, before its End. Otherwise a rolling transport is
/// <see cref="TransportState.Playing"/> (record enabled and waiting for punch-in, or punched out). The rule is
/// evaluated after every command, punch setting, <see cref="Locate"/> and <see cref="Advance"/> (so at tick
/// resolution). Punch is ignored while the punch range is empty. <see cref="SetState"/> mirrors a DAW and skips the rule.</para>
/// <para><b>Loop.</b> With <see cref="Loop"/> on and a loop range set, rolling at normal speed from before
/// <see cref="LoopEnd"/> to or past it wraps to <see cref="LoopStart"/> plus the overshoot (modulo the loop length).
/// A playhead already past the loop end plays on. Nothing wraps until a loop range is set.</para>
/// <para><b>Shuttle.</b> Holding rewind or fast-forward moves the position at <see cref="ShuttleSpeed"/> (8×) backward or
/// forward in any state but Recording (ignored there, and ended when recording engages, so a take is only written at
/// normal speed); releasing returns to the state's own speed. Rewind stops at 0 by itself. Shuttle ignores the loop.</para>
/// <para><b>Markers.</b> Next locates to the first marker after the position. Previous locates to the last marker more
/// than <see cref="PreviousMarkerTolerance"/> (0.5 s) before it, so pressing it just after passing a marker goes to the
/// one before, as DAWs do.</para>
/// <para>No clock is read: <see cref="Advance"/> is given the elapsed time and keeps the sub-sample remainder, so
/// position is exact over any number of ticks. Only the engine writes; not thread-safe.</para>
/// </remarks>
public sealed class Transport
{
    /// <summary>The default shuttle speed, 8× normal.</summary>
    public const int DefaultShuttleSpeed = 8;

    private readonly MarkerList _markers = new();
    private readonly SampleAccumulator _clock;
    private int _shuttle;
    private bool _punchIn;
    private bool _punchOut;
    private int _shuttleSpeed = DefaultShuttleSpeed;
    private double _tempo = 120.0;
    private TimeSignature _meter = TimeSignature.CommonTime;
    private TimeSpan _previousMarkerTolerance = TimeSpan.FromSeconds(0.5);

    /// <summary>Creates a stopped transport at position 0.</summary>
    /// <param name="sampleRate">Samples per second, 1..768000 (default 48000).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sampleRate"/> is out of range.</exception>
    public Transport(int sampleRate = 48000)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sampleRate, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sampleRate, 768000);
        SampleRate = sampleRate;
        _clock = new SampleAccumulator(sampleRate);
    }

    /// <summary>What the transport is doing.</summary>
    public TransportState State { get; private set; }

    /// <summary>The playhead, in samples from the session start (never negative).</summary>
    public long PositionSamples { get; private set; }

    /// <summary>Samples per second.</summary>
    public int SampleRate { get; }

    /// <summary>True while playing or recording.</summary>
    public bool IsRolling => State is TransportState.Playing or TransportState.Recording;

    /// <summary>The global record enable (the record key's lamp); see the punch rule in the remarks.</summary>
    public bool RecordEnabled { get; private set; }

    /// <summary>Punch-in: recording starts at <see cref="PunchRange"/>.Start. Changing it re-applies the punch rule.</summary>
    public bool PunchIn
    {
        get => _punchIn;
        set
        {
            _punchIn = value;
            ApplyPunchRule();
        }
    }

    /// <summary>Punch-out: recording ends at <see cref="PunchRange"/>.End. Changing it re-applies the punch rule.</summary>
    public bool PunchOut
    {
        get => _punchOut;
        set
        {
            _punchOut = value;
            ApplyPunchRule();
        }
    }

    /// <summary>The punch range; empty (punch ignored) until <see cref="SetPunchRange"/> is called.</summary>
    public SampleRange PunchRange { get; private set; }

    /// <summary>Loop playback on or off.</summary>
    public bool Loop { get; set; }

    /// <summary>First sample of the loop.</summary>
    public long LoopStart { get; private set; }

    /// <summary>First sample after the loop; equal to <see cref="LoopStart"/> (no loop) until a range is set.</summary>
    public long LoopEnd { get; private set; }

    /// <summary>True while rewind is held.</summary>
    public bool IsRewinding => _shuttle < 0;

    /// <summary>True while fast-forward is held.</summary>
    public bool IsFastForwarding => _shuttle > 0;

    /// <summary>How fast the position moves now: 0, 1, or ±<see cref="ShuttleSpeed"/>.</summary>
    public int Speed => _shuttle != 0 ? _shuttle * _shuttleSpeed : IsRolling ? 1 : 0;

    /// <summary>Shuttle speed as a multiple of normal, 1..64 (default 8).</summary>
    public int ShuttleSpeed
    {
        get => _shuttleSpeed;
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 64);
            _shuttleSpeed = value;
        }
    }

    /// <summary>The markers, in timeline order.</summary>
    public IReadOnlyList<Marker> Markers => _markers;

    /// <summary>How far past a marker <see cref="PreviousMarker"/> still skips it (default 0.5 s).</summary>
    public TimeSpan PreviousMarkerTolerance
    {
        get => _previousMarkerTolerance;
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, TimeSpan.Zero);
            _previousMarkerTolerance = value;
        }
    }

    /// <summary>Tempo in quarter notes per minute, above 0 and at most 1000 (default 120).</summary>
    public double Tempo
    {
        get => _tempo;
        set
        {
            BarsBeatsTicks.ValidateTempo(value);
            _tempo = value;
        }
    }

    /// <summary>The time signature (default 4/4).</summary>
    public TimeSignature Meter
    {
        get => _meter;
        set => _meter = value.Validate();
    }

    /// <summary>The frame rate <see cref="Timecode"/> uses (default 30 fps, Ardour's default).</summary>
    public TimecodeRate TimecodeRate { get; set; } = TimecodeRate.Fps30;

    /// <summary>The position as timecode at <see cref="TimecodeRate"/>.</summary>
    public Timecode Timecode => Timecode.FromSamples(PositionSamples, SampleRate, TimecodeRate);

    /// <summary>The position as bars|beats|ticks from <see cref="Tempo"/> and <see cref="Meter"/>.</summary>
    public BarsBeatsTicks BarsBeatsTicks => BarsBeatsTicks.FromSamples(PositionSamples, SampleRate, _tempo, _meter);

    /// <summary>What the DAW shows on its time and assignment displays (text mirrored from the host, not computed here).</summary>
    public TransportDisplay Display { get; } = new();

    /// <summary>Starts rolling from Stopped, or resumes from Paused.</summary>
    /// <returns>True when the state changed.</returns>
    public bool Play()
    {
        switch (State)
        {
            case TransportState.Stopped:
                return SetRolling();
            case TransportState.Paused:
                return SetRolling();
            default:
                return false;
        }
    }

    /// <summary>Stops: ends any shuttle and drops record enable; the position stays.</summary>
    /// <returns>True when anything changed.</returns>
    public bool Stop()
    {
        var changed = State != TransportState.Stopped || RecordEnabled || _shuttle != 0;
        State = TransportState.Stopped;
        RecordEnabled = false;
        _shuttle = 0;
        return changed;
    }

    /// <summary>Pauses a rolling transport; pressed again while paused, resumes what it was doing.</summary>
    /// <returns>True when the state changed (false when stopped).</returns>
    public bool Pause()
    {
        if (IsRolling)
        {
            State = TransportState.Paused;
            return true;
        }

        return State == TransportState.Paused && SetRolling();
    }

    /// <summary>Toggles record enable while rolling; when stopped or paused, enables record and rolls.</summary>
    /// <returns>True (record enable or state always changes).</returns>
    public bool Record()
    {
        RecordEnabled = !IsRolling || !RecordEnabled;
        if (!IsRolling)
        {
            SetRolling();
        }

        ApplyPunchRule();
        return true;
    }

    /// <summary>Moves the playhead (negative positions go to 0); re-applies the punch rule.</summary>
    /// <param name="samples">The new position in samples.</param>
    /// <returns>True when the position changed.</returns>
    public bool Locate(long samples)
    {
        samples = Math.Max(0, samples);
        var changed = samples != PositionSamples;
        PositionSamples = samples;
        _clock.Reset();
        ApplyPunchRule();
        return changed;
    }

    /// <summary>Sets the loop range.</summary>
    /// <param name="start">First sample, 0 or more.</param>
    /// <param name="end">First sample after the loop, after <paramref name="start"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A negative start or an end not after the start.</exception>
    public void SetLoopRange(long start, long end)
    {
        var range = SampleRange.Create(start, end);
        (LoopStart, LoopEnd) = (range.Start, range.End);
    }

    /// <summary>Sets the punch range and re-applies the punch rule.</summary>
    /// <param name="start">Punch-in point, 0 or more.</param>
    /// <param name="end">Punch-out point, after <paramref name="start"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A negative start or an end not after the start.</exception>
    public void SetPunchRange(long start, long end)
    {
        PunchRange = SampleRange.Create(start, end);
        ApplyPunchRule();
    }

    /// <summary>Mirrors a state reported by an outside authority (the DAW), without the punch rule.</summary>
    /// <param name="state">The reported state; Recording also sets <see cref="RecordEnabled"/>, Stopped clears it.</param>
    /// <returns>True when the state changed.</returns>
    public bool SetState(TransportState state)
    {
        var changed = State != state;
        State = state;
        if (state == TransportState.Recording)
        {
            RecordEnabled = true;
            _shuttle = 0;
        }
        else if (state == TransportState.Stopped)
        {
            RecordEnabled = false;
            _shuttle = 0;
        }

        return changed;
    }

    /// <summary>Rewind key held (true) or released (false).</summary>
    /// <param name="held">Whether the key is down.</param>
    /// <returns>True when the shuttle changed; false while recording (ignored) or already at 0.</returns>
    public bool Rewind(bool held) => Shuttle(-1, held);

    /// <summary>Fast-forward key held (true) or released (false).</summary>
    /// <param name="held">Whether the key is down.</param>
    /// <returns>True when the shuttle changed; false while recording (ignored).</returns>
    public bool FastForward(bool held) => Shuttle(1, held);

    /// <summary>Moves the position by the time that passed at the current <see cref="Speed"/>, wrapping at the loop end.</summary>
    /// <param name="elapsed">Time since the last advance; zero or negative does nothing.</param>
    /// <returns>True when the position or state changed.</returns>
    public bool Advance(TimeSpan elapsed)
    {
        var speed = Speed;
        if (elapsed <= TimeSpan.Zero || speed == 0)
        {
            return false;
        }

        var whole = _clock.Take(elapsed);
        var before = (PositionSamples, State);
        var next = (long)Int128.Clamp(PositionSamples + ((Int128)whole * speed), 0, long.MaxValue);
        if (_shuttle < 0 && next <= 0)
        {
            next = 0;
            _shuttle = 0; // rewind stops at the start by itself
        }
        else if (_shuttle == 0 && Loop && LoopEnd > LoopStart && PositionSamples < LoopEnd && next >= LoopEnd)
        {
            next = LoopStart + ((next - LoopEnd) % (LoopEnd - LoopStart));
        }

        PositionSamples = next;
        ApplyPunchRule();
        return before != (PositionSamples, State);
    }

    /// <summary>Adds a marker at the playhead (or returns the one already there).</summary>
    /// <param name="name">Name; null gives "Marker N".</param>
    /// <returns>The marker at the playhead.</returns>
    public Marker AddMarker(string? name = null) => _markers.Add(PositionSamples, name);

    /// <summary>Removes the marker at a position.</summary>
    /// <param name="positionSamples">Where the marker is.</param>
    /// <returns>True when there was one.</returns>
    public bool RemoveMarker(long positionSamples) => _markers.RemoveAt(positionSamples);

    /// <summary>Locates to the first marker after the playhead.</summary>
    /// <returns>True when there was one.</returns>
    public bool NextMarker() => _markers.After(PositionSamples) is { } m && LocateTo(m);

    /// <summary>Locates to the last marker more than <see cref="PreviousMarkerTolerance"/> before the playhead.</summary>
    /// <returns>True when there was one.</returns>
    public bool PreviousMarker()
    {
        var tolerance = SampleAccumulator.ToSamples(_previousMarkerTolerance, SampleRate);
        return _markers.Before(PositionSamples - tolerance) is { } m && LocateTo(m);
    }

    private bool LocateTo(Marker marker)
    {
        Locate(marker.PositionSamples);
        return true;
    }

    private bool Shuttle(int direction, bool held)
    {
        if (State == TransportState.Recording)
        {
            return false;
        }

        if (held)
        {
            if (_shuttle == direction || (direction < 0 && PositionSamples == 0))
            {
                return false;
            }

            _shuttle = direction;
            return true;
        }

        if (_shuttle != direction)
        {
            return false;
        }

        _shuttle = 0;
        return true;
    }

    private bool SetRolling()
    {
        var before = State;
        State = TransportState.Playing;
        ApplyPunchRule();
        return before != State;
    }

    private void ApplyPunchRule()
    {
        if (!IsRolling)
        {
            return;
        }

        var allowed = PunchRange.IsEmpty
            || ((!_punchIn || PositionSamples >= PunchRange.Start) && (!_punchOut || PositionSamples < PunchRange.End));
        State = RecordEnabled && allowed ? TransportState.Recording : TransportState.Playing;
        if (State == TransportState.Recording)
        {
            _shuttle = 0; // a take is written at normal speed only
        }
    }
}
