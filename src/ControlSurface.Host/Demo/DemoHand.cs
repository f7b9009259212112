using ControlSurface.Core.Engine;
using ControlSurface.Core.Mapping;

namespace ControlSurface.Host.Demo;

/// <summary>A scripted hand that plays a board for the demo: fader rides, mutes, solos, transport, banks, pads.</summary>
/// <remarks>
/// The script repeats every <see cref="Cycle"/>; <see cref="Step"/> runs every action due since the last step.
/// Like a person, the hand waits for a fader's motor to stop before grabbing the knob, and holds it for
/// <see cref="GripTime"/> before moving it, so the touch sensor has noticed the finger before the hand pushes:
/// a motor then never works against it (the boards' <c>motorPushWhileHeldMs</c> stays 0).
/// </remarks>
internal sealed class DemoHand
{
    /// <summary>Length of one pass of the script.</summary>
    public static readonly TimeSpan Cycle = TimeSpan.FromSeconds(12);

    private readonly IDemoBoard _board;
    private readonly int _faders;
    /// <summary>How long the hand holds a knob still before moving it.</summary>
    public static readonly TimeSpan GripTime = TimeSpan.FromMilliseconds(60);

    private readonly (double At, Action<IDemoBoard> Do)[] _script;
    private readonly bool[] _wantsGrip;
    private readonly TimeSpan?[] _heldSince;
    private TimeSpan _last = TimeSpan.FromTicks(-1);

    public DemoHand(IDemoBoard board)
    {
        _board = board;
        _faders = board.Faders;
        _wantsGrip = new bool[_faders];
        _heldSince = new TimeSpan?[_faders];
        _script = [.. Script()];
    }

    /// <summary>Extra timed actions (seconds into the cycle), e.g. a take session on the pads.</summary>
    public List<(double At, Action<IDemoBoard> Do)> Extra { get; } = [];

    /// <summary>Runs every action due in (last step, <paramref name="now"/>]; continuous fader rides move each step.</summary>
    public void Step(TimeSpan now)
    {
        var from = _last;
        _last = now;
        var cycleStart = TimeSpan.FromTicks(now.Ticks - now.Ticks % Cycle.Ticks);
        var t = (now - cycleStart).TotalSeconds;
        var f = from < cycleStart ? -1 : (from - cycleStart).TotalSeconds;
        foreach (var (at, action) in _script)
        {
            if (at > f && at <= t)
                action(_board);
        }
        foreach (var (at, action) in Extra)
        {
            if (at > f && at <= t)
                action(_board);
        }
        for (var fader = 0; fader < _faders; fader++)
        {
            if (_wantsGrip[fader] && !_board.MotorMoving(fader))
            {
                _wantsGrip[fader] = false;
                _heldSince[fader] = now;
                _board.Touch(fader);
            }
        }
        Ride(0, now, t, 0.5, 2.5, 0.45, 0.35);
        Ride(1, now, t, 4.5, 6.5, 0.6, 0.25);
    }

    /// <summary>Reaches for a fader: grabs it as soon as its motor is still.</summary>
    private void Grab(int fader)
    {
        if (fader < _faders && _heldSince[fader] is null)
            _wantsGrip[fader] = true;
    }

    /// <summary>Lets go of a fader (or stops reaching for it).</summary>
    private void LetGo(int fader)
    {
        if (fader >= _faders)
            return;
        _wantsGrip[fader] = false;
        if (_heldSince[fader] is null)
            return;
        _heldSince[fader] = null;
        _board.Release(fader);
    }

    private void Ride(int fader, TimeSpan now, double t, double start, double end, double centre, double depth)
    {
        if (fader >= _faders || t < start || t >= end || _heldSince[fader] is not { } since || now - since < GripTime)
            return;
        _board.Move(fader, centre + depth * Math.Sin((t - start) * Math.PI * 1.2));
    }

    private IEnumerable<(double, Action<IDemoBoard>)> Script()
    {
        yield return (0.2, b => b.Click(StandardBoard.Play));
        yield return (0.4, _ => Grab(0));
        yield return (2.5, _ => LetGo(0));
        yield return (3.0, b => b.Click(StandardBoard.StripButton(Parameter.Mute, 2 % _faders, _faders)));
        yield return (3.5, b => b.Turn(1, 8));
        yield return (4.0, b => b.Click(StandardBoard.StripButton(Parameter.Solo, 3 % _faders, _faders)));
        yield return (4.4, _ => Grab(1));
        yield return (6.0, b => b.Click(StandardBoard.StripButton(Parameter.Solo, 3 % _faders, _faders)));
        yield return (6.5, _ => LetGo(1));
        yield return (7.0, b => b.Click(StandardBoard.Stop));
        yield return (7.5, b => b.Click(StandardBoard.MarkerAdd));
        yield return (8.0, b => b.Click(StandardBoard.Play));
        yield return (9.0, b => b.Click(StandardBoard.BankRight));
        yield return (10.0, b => b.Click(StandardBoard.BankLeft));
        yield return (10.5, b => b.Turn(1, -8));
        yield return (11.0, b => b.Click(StandardBoard.StripButton(Parameter.Mute, 2 % _faders, _faders)));
        yield return (11.5, b => b.Click(StandardBoard.Stop));
    }
}
