namespace ControlSurface.Midi.Codec;

/// <summary>A 14-bit controller value joined from an MSB controller (0..31) and its LSB partner (32..63).</summary>
/// <param name="Channel">Channel (zero-based).</param>
/// <param name="Controller">The MSB controller number, 0..31 (the LSB partner is this + 32).</param>
/// <param name="Value">MSB × 128 + LSB, 0..16383.</param>
/// <param name="Offset">Byte offset of the control change that completed the value.</param>
public readonly record struct PairedControllerValue(Channel Channel, SevenBit Controller, FourteenBit Value, long Offset);
