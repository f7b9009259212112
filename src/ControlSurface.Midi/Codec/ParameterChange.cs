namespace ControlSurface.Midi.Codec;

/// <summary>A data entry applied to a registered or non-registered parameter number.</summary>
/// <param name="Channel">Channel (zero-based).</param>
/// <param name="Kind">RPN or NRPN.</param>
/// <param name="Number">Parameter number, MSB × 128 + LSB.</param>
/// <param name="Action">Set, increment or decrement.</param>
/// <param name="Value">For <see cref="ParameterAction.Set"/>: data MSB × 128 + LSB (for RPN 0, semitones × 128 + cents).
/// For increment/decrement: the data byte as sent, which senders use as a step count or leave at 0.</param>
/// <param name="Offset">Byte offset of the control change that produced it.</param>
public readonly record struct ParameterChange(
    Channel Channel, ParameterKind Kind, FourteenBit Number, ParameterAction Action, FourteenBit Value, long Offset);
