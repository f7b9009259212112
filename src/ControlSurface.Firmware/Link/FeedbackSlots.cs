using ControlSurface.Core.Surfaces;
using ControlSurface.Firmware.Protocol;
using ControlSurface.Firmware.Protocol.Messages;

namespace ControlSurface.Firmware.Link;

/// <summary>The latest feedback per control (fader target, motor, LED, text, meter, ring), with dirty marks.</summary>
/// <remarks>
/// The engine thread writes (<see cref="Set"/>), the link's writer thread drains; one short lock between them.
/// Only the latest value per control is ever sent, so a burst of targets never queues up behind the wire.
/// </remarks>
internal sealed class FeedbackSlots
{
    private readonly Lock _gate = new();
    private readonly SurfaceLayout _layout;
    private readonly double[] _targets;
    private readonly sbyte[] _motors;
    private readonly (LedMode Mode, int Color)[] _leds;
    private readonly string?[] _texts;
    private readonly int[] _meters;
    private readonly int[] _rings;
    private readonly bool[] _held;
    private readonly bool[] _dirty;
    private readonly int _ledBase;
    private readonly int _textBase;
    private readonly int _meterBase;
    private readonly int _ringBase;
    private int _refreshCursor;

    public FeedbackSlots(SurfaceLayout layout, int leds)
    {
        _layout = layout;
        var lines = Math.Max(layout.DisplayLines, 0);
        _targets = new double[layout.Faders];
        _motors = new sbyte[layout.Faders];
        _leds = new (LedMode, int)[leds];
        _texts = new string?[layout.Faders * lines];
        _meters = new int[layout.Faders];
        _rings = new int[layout.Encoders];
        _ledBase = layout.Faders * 2;
        _textBase = _ledBase + leds;
        _meterBase = _textBase + _texts.Length;
        _ringBase = _meterBase + _meters.Length;
        _held = new bool[_ringBase + _rings.Length];
        _dirty = new bool[_held.Length];
    }

    /// <summary>True when something waits to be sent.</summary>
    public bool AnyDirty { get; private set; }

    /// <summary>Records a command; false when its control does not exist.</summary>
    public bool Set(in FeedbackCommand c)
    {
        lock (_gate)
        {
            int slot;
            switch (c.Kind)
            {
                case FeedbackKind.FaderTarget when (uint)c.Control < (uint)_targets.Length:
                    _targets[c.Control] = Math.Clamp(c.Value, 0, 1);
                    slot = c.Control;
                    break;
                case FeedbackKind.MotorEnable when (uint)c.Control < (uint)_motors.Length:
                    _motors[c.Control] = (sbyte)(c.Value > 0 ? 1 : 0);
                    slot = _targets.Length + c.Control;
                    break;
                case FeedbackKind.Led when (uint)c.Control < (uint)_leds.Length:
                    var mode = c.Value <= 0 ? LedMode.Off : c.Value >= 1 ? LedMode.On : LedMode.Blink;
                    _leds[c.Control] = (mode, c.Color == 0 ? 0xFFFFFF : c.Color & 0xFFFFFF);
                    slot = _ledBase + c.Control;
                    break;
                case FeedbackKind.Text when (uint)c.Control < (uint)_layout.Faders && (uint)c.Color < (uint)_layout.DisplayLines:
                    slot = _textBase + (c.Control * _layout.DisplayLines) + c.Color;
                    _texts[slot - _textBase] = c.Text ?? string.Empty;
                    break;
                case FeedbackKind.Meter when (uint)c.Control < (uint)_meters.Length:
                    _meters[c.Control] = (int)Math.Round(Math.Clamp(c.Value, 0, 1) * 65535);
                    slot = _meterBase + c.Control;
                    break;
                case FeedbackKind.Ring when (uint)c.Control < (uint)_rings.Length:
                    _rings[c.Control] = (int)Math.Round(Math.Clamp(c.Value, 0, 1) * 65535);
                    slot = _ringBase + c.Control;
                    break;
                default:
                    return false;
            }
            _held[slot] = true;
            _dirty[slot] = true;
            AnyDirty = true;
            return true;
        }
    }

    /// <summary>Marks everything the host holds for sending again (after a resync).</summary>
    public void MarkAllDirty()
    {
        lock (_gate)
        {
            for (var i = 0; i < _held.Length; i++)
                _dirty[i] |= _held[i];
            AnyDirty = true;
        }
    }

    /// <summary>LEDs the connected board has (from HELLO); LEDs at or past it are kept but not sent.</summary>
    public int DeviceLeds { get; set; } = int.MaxValue;

    /// <summary>Encodes every dirty slot into <paramref name="batch"/>; fader targets wait until their calibration is known.</summary>
    public void Drain(FrameBatch batch, FaderCalibrations calibration)
    {
        lock (_gate)
        {
            var waiting = false;
            for (var i = 0; i < _dirty.Length; i++)
            {
                if (!_dirty[i])
                    continue;
                if (Encode(i, batch, calibration))
                    _dirty[i] = false;
                else
                    waiting = true;
            }
            AnyDirty = waiting;
        }
    }

    /// <summary>Re-sends the next held slot, round-robin, so a lost command is repaired.</summary>
    public void RefreshOne(FrameBatch batch, FaderCalibrations calibration)
    {
        lock (_gate)
        {
            for (var tries = 0; tries < _held.Length; tries++)
            {
                var i = _refreshCursor;
                _refreshCursor = (_refreshCursor + 1) % _held.Length;
                if (_held[i])
                {
                    Encode(i, batch, calibration);
                    return;
                }
            }
        }
    }

    private bool Encode(int slot, FrameBatch batch, FaderCalibrations calibration)
    {
        if (slot < _targets.Length)
        {
            if (!calibration.TryToRaw(slot, _targets[slot], out var raw))
                return false;
            batch.Add(new FaderTarget((byte)slot, raw, 0));
        }
        else if (slot < _ledBase)
        {
            batch.Add(new MotorEnable((byte)(slot - _targets.Length), _motors[slot - _targets.Length] == 1));
        }
        else if (slot < _textBase)
        {
            var (mode, color) = _leds[slot - _ledBase];
            if (slot - _ledBase < DeviceLeds)
                batch.Add(new LedState((ushort)(slot - _ledBase), mode, color));
        }
        else if (slot < _meterBase)
        {
            var t = slot - _textBase;
            var text = (_texts[t] ?? string.Empty).PadRight(_layout.DisplayCharacters);
            batch.Add(new DisplayText((byte)(t / _layout.DisplayLines), (byte)(t % _layout.DisplayLines), 0, text));
        }
        else if (slot < _ringBase)
        {
            batch.Add(new MeterLevel((byte)(slot - _meterBase), (ushort)_meters[slot - _meterBase]));
        }
        else
        {
            batch.Add(new RingValue((byte)(slot - _ringBase), (ushort)_rings[slot - _ringBase]));
        }
        return true;
    }
}
