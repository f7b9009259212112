namespace ControlSurface.Pi.Board;

/// <summary>A quadrature rotary encoder on two Pi pins.</summary>
/// <param name="Encoder">Zero-based encoder number on the surface.</param>
/// <param name="PinA">Pi GPIO (BCM) for channel A.</param>
/// <param name="PinB">Pi GPIO (BCM) for channel B.</param>
/// <param name="Path">Where the encoder was declared.</param>
public sealed record EncoderSpec(int Encoder, int PinA, int PinB, string Path);
