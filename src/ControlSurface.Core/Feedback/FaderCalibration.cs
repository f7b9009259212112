namespace ControlSurface.Core.Feedback;

/// <summary>One fader's calibration: its real raw range, where its 0 dB mark sits, and a trim.</summary>
/// <param name="RawMin">Raw ADC reading at the bottom stop.</param>
/// <param name="RawMax">Raw ADC reading at the top stop (e.g. 15935 on an X-Touch, not 16383).</param>
/// <param name="RawZeroDb">Raw reading at the printed 0 dB mark, or -1 when the mark needs no alignment.</param>
/// <param name="Trim">Added to the model position after mapping (model units, small, e.g. ±0.01).</param>
/// <remarks>
/// With <paramref name="RawZeroDb"/> set, the range maps in two straight pieces so the printed 0 dB mark
/// lands exactly on the model's 0 dB position (<see cref="DeviceCalibration.ModelZeroDb"/>).
/// </remarks>
public sealed record FaderCalibration(int RawMin, int RawMax, int RawZeroDb = -1, double Trim = 0)
{
    /// <summary>True when the 0 dB mark is aligned (a raw position strictly inside the range).</summary>
    public bool AlignsZeroDb => RawZeroDb > RawMin && RawZeroDb < RawMax;

    /// <summary>Throws when the range is empty or the trim is unreasonable.</summary>
    public void Validate(int fader)
    {
        if (RawMin < 0 || RawMax <= RawMin)
        {
            throw new ArgumentOutOfRangeException(nameof(RawMax), $"fader {fader}: raw range {RawMin}..{RawMax} is empty or negative");
        }

        if (Math.Abs(Trim) > 0.25)
        {
            throw new ArgumentOutOfRangeException(nameof(Trim), $"fader {fader}: trim {Trim} is beyond ±0.25 of travel");
        }
    }
}
