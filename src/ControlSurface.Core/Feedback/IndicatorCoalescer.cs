using ControlSurface.Core.Surfaces;

namespace ControlSurface.Core.Feedback;

/// <summary>LEDs, rings, meters and texts of one surface: latest value wins per control, within the link's byte budget.</summary>
/// <remarks>
/// One slot per control, allocated up front: a flood replaces the slot's value and never builds a queue.
/// A value equal to what the surface already shows is not sent again. Controls beyond the layout pass
/// straight through (counted in <see cref="PassedThrough"/>). Engine thread only.
/// </remarks>
internal sealed class IndicatorCoalescer
{
    private readonly Slot[] _leds;
    private readonly Slot[] _rings;
    private readonly Slot[] _meters;
    private readonly Slot[] _texts;
    private readonly int _lines;
    private readonly IFeedbackSink _sink;
    private readonly LinkBudget _budget;
    private readonly CounterSet _counters;
    private readonly int _bytesIndicator;
    private readonly int _bytesText;
    private int _dirty;
    private bool _staging;

    public IndicatorCoalescer(SurfaceLayout layout, FeedbackOptions options, FeedbackParts parts)
    {
        _leds = new Slot[layout.Buttons + layout.Pads];
        _rings = new Slot[layout.Encoders];
        _meters = new Slot[layout.Faders];
        _lines = layout.DisplayLines;
        _texts = new Slot[layout.Faders * layout.DisplayLines];
        _sink = parts.Sink;
        _budget = parts.Budget;
        _counters = parts.Counters;
        _bytesIndicator = options.BytesPerIndicator;
        _bytesText = options.BytesPerTextOverhead;
    }

    /// <summary>Commands sent straight through because their control is outside the layout.</summary>
    public long PassedThrough { get; private set; }

    /// <summary>Controls whose latest value is still waiting for the budget (or for a bank switch to complete).</summary>
    public int Pending => _dirty;

    public void Show(in FeedbackCommand command, long now)
    {
        var slots = SlotsFor(command, out var index);
        if (slots is null)
        {
            PassedThrough++;
            _sink.Send(command);
            return;
        }

        ref var slot = ref slots[index];
        var shown = slot.Command;
        if (slot.Known && !slot.Dirty && shown.Value.Equals(command.Value) && shown.Color == command.Color
            && string.Equals(shown.Text, command.Text, StringComparison.Ordinal))
        {
            return;
        }

        if (slot.Dirty)
        {
            _counters.Coalesced++;
        }
        else
        {
            _dirty++;
        }

        slot.Command = command;
        slot.Known = true;
        slot.Dirty = true;
        if (!_staging)
        {
            TrySend(ref slot, now);
        }
    }

    /// <summary>Holds everything back until <see cref="CompleteBank"/>, so a bank switch never shows a half-updated strip.</summary>
    public void BeginBank() => _staging = true;

    /// <summary>Re-sends everything the surface shows: names first, then LEDs, rings and meters (the motors glide after).</summary>
    public void CompleteBank(long now)
    {
        _staging = false;
        MarkAll(_texts);
        MarkAll(_leds);
        MarkAll(_rings);
        MarkAll(_meters);
        Drain(_texts, now);
        Drain(_leds, now);
        Drain(_rings, now);
        Drain(_meters, now);
    }

    /// <summary>Sends what the budget allows, most urgent first: LEDs, rings, meters, then texts.</summary>
    public void Flush(long now)
    {
        if (_dirty == 0 || _staging)
        {
            return;
        }

        Drain(_leds, now);
        Drain(_rings, now);
        Drain(_meters, now);
        Drain(_texts, now);
    }

    private void MarkAll(Slot[] slots)
    {
        for (var i = 0; i < slots.Length; i++)
        {
            if (slots[i].Known && !slots[i].Dirty)
            {
                slots[i].Dirty = true;
                _dirty++;
            }
        }
    }

    private void Drain(Slot[] slots, long now)
    {
        for (var i = 0; i < slots.Length && _dirty > 0; i++)
        {
            if (slots[i].Dirty && !TrySend(ref slots[i], now))
            {
                return;
            }
        }
    }

    private bool TrySend(ref Slot slot, long now)
    {
        var text = slot.Command.Text;
        var bytes = text is null ? _bytesIndicator : _bytesText + text.Length;
        if (!_budget.TryTake(bytes, now))
        {
            return false;
        }

        slot.Dirty = false;
        _dirty--;
        _sink.Send(slot.Command);
        return true;
    }

    private Slot[]? SlotsFor(in FeedbackCommand c, out int index)
    {
        var slots = c.Kind switch
        {
            FeedbackKind.Led => _leds,
            FeedbackKind.Ring => _rings,
            FeedbackKind.Meter => _meters,
            FeedbackKind.Text => _texts,
            _ => null,
        };
        index = c.Kind == FeedbackKind.Text ? (c.Control * _lines) + c.Color : c.Control;
        var lineOk = c.Kind != FeedbackKind.Text || (c.Color >= 0 && c.Color < _lines);
        return slots is not null && lineOk && index >= 0 && index < slots.Length ? slots : null;
    }

    private struct Slot
    {
        public FeedbackCommand Command;
        public bool Known;
        public bool Dirty;
    }
}
