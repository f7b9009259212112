namespace ControlSurface.Midi.Codec;

/// <summary>Optional stage after the parser: joins 14-bit controller pairs (MSB on CC 0..31, LSB on CC 32..63).</summary>
/// <remarks>
/// <para>When it emits, per channel and controller:</para>
/// <list type="bullet">
/// <item>On an LSB (CC 32..63): always, with the last MSB seen (0 if none), since a fine-only change is legal MIDI.</item>
/// <item>On an MSB (CC 0..31), as long as no LSB has ever arrived for that controller: at once, as MSB × 128.
/// This serves MSB-only devices (most knobs) without waiting for an LSB that never comes.</item>
/// <item>On an MSB once an LSB has been seen for that controller: nothing. The MSB is latched (and the LSB taken
/// as 0, as the specification says) and the value goes out with the LSB that follows, so a pair gives one value,
/// not a coarse jump followed by the fine one.</item>
/// </list>
/// <para>Controllers 6/38 (data entry) are also pairs here; when decoding (N)RPN as well, offer control changes to
/// <see cref="ParameterNumberAssembler"/> and use whichever claims them. Allocation-free; not thread-safe.</para>
/// </remarks>
public sealed class ControllerPairAssembler
{
    private const int Pairs = 32;

    private readonly byte[] _msb = new byte[16 * Pairs];
    private readonly bool[] _lsbSeen = new bool[16 * Pairs];

    /// <summary>Offers a message; returns true with a value when a 14-bit controller value is complete.</summary>
    /// <param name="message">Any message; only control changes 0..63 are considered.</param>
    /// <param name="value">The joined value when true.</param>
    public bool TryAssemble(in MidiMessage message, out PairedControllerValue value)
    {
        value = default;
        if (message.Kind != MidiMessageKind.ControlChange || message.Data1 >= 2 * Pairs)
            return false;
        var channel = message.Channel;
        var controller = message.Data1 & (Pairs - 1);
        var slot = channel.Index * Pairs + controller;
        if (message.Data1 < Pairs)
        {
            _msb[slot] = message.Data2;
            if (_lsbSeen[slot])
                return false;
            value = new PairedControllerValue(channel, SevenBit.FromDataByte((byte)controller),
                FourteenBit.FromDataBytes(0, message.Data2), message.Offset);
            return true;
        }
        _lsbSeen[slot] = true;
        value = new PairedControllerValue(channel, SevenBit.FromDataByte((byte)controller),
            FourteenBit.FromDataBytes(message.Data2, _msb[slot]), message.Offset);
        return true;
    }

    /// <summary>Forgets every latched MSB and every "this controller sends LSBs" observation.</summary>
    public void Reset()
    {
        Array.Clear(_msb);
        Array.Clear(_lsbSeen);
    }
}
