namespace ControlSurface.Firmware.Serial;

/// <summary>How often <see cref="FaultInjector"/> damages a frame; each probability is per frame, 0..1.</summary>
/// <param name="BitFlip">A random bit of the frame (delimiter included) is flipped.</param>
/// <param name="DroppedByte">One random byte of the frame is left out.</param>
/// <param name="DroppedFrame">The whole frame is left out.</param>
public sealed record FaultRates(double BitFlip, double DroppedByte, double DroppedFrame)
{
    /// <summary>No faults.</summary>
    public static FaultRates None { get; } = new(0, 0, 0);

    /// <summary>One percent of each kind, as the link is tested.</summary>
    public static FaultRates OnePercent { get; } = new(0.01, 0.01, 0.01);
}
