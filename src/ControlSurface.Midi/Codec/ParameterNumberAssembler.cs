namespace ControlSurface.Midi.Codec;

/// <summary>Optional stage after the parser: turns RPN/NRPN control change sequences into <see cref="ParameterChange"/>s.</summary>
/// <remarks>
/// <para>Per channel: CC 99/98 select an NRPN and CC 101/100 an RPN (MSB/LSB; both halves must have been sent since
/// switching between RPN and NRPN). 127/127 is the null parameter: data entry is then ignored. Data entry is CC 6
/// (MSB) and CC 38 (LSB); CC 96/97 increment and decrement.</para>
/// <para>When a Set is emitted: on CC 38 always (with the latched MSB); on CC 6 at once while no CC 38 has arrived for
/// the channel (MSB-only senders), and latched otherwise so an MSB+LSB pair gives one value. Whether a sender uses
/// CC 38 is a property of the sender, so that observation survives parameter changes; <see cref="Reset"/> clears it.
/// Allocation-free; not thread-safe.</para>
/// </remarks>
public sealed class ParameterNumberAssembler
{
    private const byte Null = 0x7F;

    private readonly State[] _channels = new State[16];

    /// <summary>Creates an assembler with no parameter selected on any channel.</summary>
    public ParameterNumberAssembler() => Reset();

    /// <summary>Offers a message; returns true with a change when a data entry applies to a selected parameter.</summary>
    /// <param name="message">Any message; only the control changes named above are considered.</param>
    /// <param name="change">The change when true.</param>
    public bool TryAssemble(in MidiMessage message, out ParameterChange change)
    {
        change = default;
        if (message.Kind != MidiMessageKind.ControlChange)
            return false;
        ref var s = ref _channels[message.Channel.Index];
        var v = message.Data2;
        switch (message.Data1)
        {
            case 99: Select(ref s, ParameterKind.NonRegistered, msb: v, lsb: null); return false;
            case 98: Select(ref s, ParameterKind.NonRegistered, msb: null, lsb: v); return false;
            case 101: Select(ref s, ParameterKind.Registered, msb: v, lsb: null); return false;
            case 100: Select(ref s, ParameterKind.Registered, msb: null, lsb: v); return false;
            case 6:
                s.DataMsb = v;
                if (s.LsbSeen)
                    return false;
                return Emit(s, message, ParameterAction.Set, FourteenBit.FromDataBytes(0, v), out change);
            case 38:
                s.LsbSeen = true;
                return Emit(s, message, ParameterAction.Set, FourteenBit.FromDataBytes(v, s.DataMsb), out change);
            case 96:
                return Emit(s, message, ParameterAction.Increment, FourteenBit.FromDataBytes(v, 0), out change);
            case 97:
                return Emit(s, message, ParameterAction.Decrement, FourteenBit.FromDataBytes(v, 0), out change);
            default:
                return false;
        }
    }

    /// <summary>Deselects every channel's parameter (as after power-on).</summary>
    public void Reset()
    {
        for (var i = 0; i < _channels.Length; i++)
            _channels[i] = default;
    }

    private static void Select(ref State s, ParameterKind kind, byte? msb, byte? lsb)
    {
        if (s.Kind != kind)
        {
            s.Kind = kind;
            s.Sent = 0;
        }
        if (msb is { } m)
        {
            s.NumberMsb = m;
            s.Sent |= 1;
        }
        if (lsb is { } l)
        {
            s.NumberLsb = l;
            s.Sent |= 2;
        }
        s.DataMsb = 0;
    }

    private static bool Emit(in State s, in MidiMessage message, ParameterAction action, FourteenBit value, out ParameterChange change)
    {
        if (s.Sent != 3 || (s.NumberMsb == Null && s.NumberLsb == Null))
        {
            change = default;
            return false;
        }
        change = new ParameterChange(message.Channel, s.Kind, FourteenBit.FromDataBytes(s.NumberLsb, s.NumberMsb), action, value, message.Offset);
        return true;
    }

    private struct State
    {
        public ParameterKind Kind;
        public byte NumberMsb;
        public byte NumberLsb;
        public byte DataMsb;
        public bool LsbSeen;
        public byte Sent; // bit 0: number MSB sent, bit 1: number LSB sent, since the last RPN/NRPN switch
    }
}
