using ControlSurface.Core.Surfaces;

namespace ControlSurface.Core.Feedback;

/// <summary>Shows which way to move a non-motor fader to pick up its value, as LEDs or a display arrow.</summary>
/// <remarks>Sends only when a fader's hint changes; the arrow strings are constants, so nothing allocates.</remarks>
internal sealed class PickupHints
{
    private const string Up = "\u25B2";
    private const string Down = "\u25BC";
    private const string Blank = " ";
    private readonly PickupDirection[] _shown;
    private readonly PickupHintStyle _style;
    private readonly int _ledBase;
    private readonly int _line;
    private readonly IFeedbackSink _sink;

    public PickupHints(int faders, FeedbackOptions options, IFeedbackSink sink)
    {
        _shown = new PickupDirection[faders];
        _style = options.PickupHint;
        _ledBase = options.PickupHintLedBase;
        _line = options.PickupHintTextLine;
        _sink = sink;
    }

    public PickupDirection Shown(int fader) => _shown[fader];

    public void Show(int fader, PickupDirection hint)
    {
        if (_shown[fader] == hint)
        {
            return;
        }

        _shown[fader] = hint;
        switch (_style)
        {
            case PickupHintStyle.Leds:
                _sink.Send(FeedbackCommand.Led(_ledBase + (2 * fader), hint == PickupDirection.Up ? 1 : 0));
                _sink.Send(FeedbackCommand.Led(_ledBase + (2 * fader) + 1, hint == PickupDirection.Down ? 1 : 0));
                break;
            case PickupHintStyle.Text:
                _sink.Send(FeedbackCommand.Display(fader, _line, hint switch
                {
                    PickupDirection.Up => Up,
                    PickupDirection.Down => Down,
                    _ => Blank,
                }));
                break;
        }
    }
}
