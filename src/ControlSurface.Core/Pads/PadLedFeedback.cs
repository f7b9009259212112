using ControlSurface.Core.Surfaces;
using ControlSurface.Core.Takes;

namespace ControlSurface.Core.Pads;

/// <summary>Keeps one surface's take pads lit to match the session, sending only the LEDs that changed.</summary>
/// <remarks>
/// One instance per surface (it remembers what that surface shows).
/// Call <see cref="Update"/> on the engine thread after take actions; <see cref="Invalidate"/> after the
/// surface (re)connects so everything is sent again.
/// </remarks>
public sealed class PadLedFeedback
{
    private readonly PadLedPalette _palette;
    private PadLedState?[] _shown = [];
    private int _version = -1;

    /// <summary>Creates the feedback for one surface.</summary>
    public PadLedFeedback(PadLedPalette? palette = null) => _palette = palette ?? PadLedPalette.Default;

    /// <summary>LED commands sent so far.</summary>
    public long Sent { get; private set; }

    /// <summary>The LED state a binding shows for the session.</summary>
    public static PadLedState StateOf(PadBinding binding, TakeSession session)
    {
        ArgumentNullException.ThrowIfNull(binding);
        ArgumentNullException.ThrowIfNull(session);
        var recording = session.Recording is not null;
        var current = session.Current;
        return binding.Action.Kind switch
        {
            TakeActionKind.Arm => session.Armed ? PadLedState.Armed : PadLedState.Idle,
            TakeActionKind.Record => recording ? PadLedState.Recording : session.Armed ? PadLedState.Armed : PadLedState.Idle,
            TakeActionKind.StopKeep or TakeActionKind.StopDiscard => recording ? PadLedState.Recording : PadLedState.Idle,
            TakeActionKind.PlayLast => !recording && session.TakesOfSong.Any(t => t.Status != TakeStatus.Discarded) ? PadLedState.Recorded : PadLedState.Idle,
            TakeActionKind.PlayTake => !recording && session.TakesOfSong.Any(t => t.Number == binding.Action.Argument) ? PadLedState.Recorded : PadLedState.Idle,
            TakeActionKind.MarkKeeper => current?.Verdict == TakeVerdict.Keeper ? PadLedState.Keeper : PadLedState.Idle,
            TakeActionKind.MarkReject => current?.Verdict == TakeVerdict.Reject ? PadLedState.Rejected : PadLedState.Idle,
            TakeActionKind.Rate => current is not null && current.Rating >= binding.Action.Argument ? PadLedState.Recorded : PadLedState.Idle,
            TakeActionKind.Marker or TakeActionKind.UndoLast => current is not null ? PadLedState.Recorded : PadLedState.Idle,
            _ => PadLedState.Idle,
        };
    }

    /// <summary>Forces the next <see cref="Update"/> to send every pad.</summary>
    public void Invalidate()
    {
        Array.Clear(_shown);
        _version = -1;
    }

    /// <summary>Sends the pads whose state changed since the last update to <paramref name="surface"/>.</summary>
    /// <param name="session">The take session.</param>
    /// <param name="layout">The pad layout (its pad numbers are the take pad slots).</param>
    /// <param name="surface">Where the LEDs are.</param>
    /// <param name="ledOf">The surface's LED number for a layout pad, or -1 when the surface has no such pad.
    /// Default: pad LEDs are numbered after the button LEDs (<c>Layout.Buttons + pad</c>), as on the standard board.</param>
    /// <returns>How many LED commands were sent.</returns>
    public int Update(TakeSession session, PadLayout layout, ISurface surface, Func<int, int>? ledOf = null)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(surface);
        if (session.Version == _version)
            return 0;
        _version = session.Version;
        var pads = surface.Layout.Pads;
        if (_shown.Length < pads)
            Array.Resize(ref _shown, pads);
        var sent = 0;
        foreach (var binding in layout.Bindings)
        {
            if (binding.Pad >= pads)
                break;
            var led = ledOf is null ? surface.Layout.Buttons + binding.Pad : ledOf(binding.Pad);
            var state = StateOf(binding, session);
            if (led < 0 || _shown[binding.Pad] == state)
                continue;
            _shown[binding.Pad] = state;
            surface.Send(_palette.Command(led, state));
            sent++;
        }
        Sent += sent;
        return sent;
    }
}
