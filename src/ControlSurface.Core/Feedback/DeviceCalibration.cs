using System.Globalization;
using System.Text;

namespace ControlSurface.Core.Feedback;

/// <summary>Taper calibration of one device's faders: raw range per fader, 0 dB alignment and trim.</summary>
/// <remarks>
/// A surface reports fader positions as raw/<see cref="FullScale"/> (0..1, "device units"); the model works
/// in model units 0..1. <see cref="ToModel"/> and <see cref="ToDevice"/> map between them per fader and are
/// inverse of each other inside the calibrated range. Kept with the device's profile as text:
/// <c>fullscale 1023; zerodb 0.75; fader 0 8 1015 760 0.002; fader 1 ...</c> (see <see cref="Parse"/>).
/// Immutable after construction; safe to share.
/// </remarks>
public sealed class DeviceCalibration
{
    private readonly FaderCalibration[] _faders;

    /// <summary>Creates a calibration.</summary>
    /// <param name="fullScale">Raw value of device position 1.0 (1023 for 10-bit, 16383 for a 14-bit pitch bend).</param>
    /// <param name="modelZeroDb">Model position of 0 dB (taper-dependent; Mackie/Ardour put it near 0.78).</param>
    /// <param name="faders">One entry per fader.</param>
    public DeviceCalibration(int fullScale, double modelZeroDb, IReadOnlyList<FaderCalibration> faders)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(fullScale, 1);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(modelZeroDb);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(modelZeroDb, 1);
        ArgumentNullException.ThrowIfNull(faders);
        FullScale = fullScale;
        ModelZeroDb = modelZeroDb;
        _faders = [.. faders];
        for (var i = 0; i < _faders.Length; i++)
        {
            _faders[i].Validate(i);
            if (_faders[i].RawMax > fullScale)
            {
                throw new ArgumentOutOfRangeException(nameof(faders), $"fader {i}: raw max {_faders[i].RawMax} is above full scale {fullScale}");
            }
        }
    }

    /// <summary>Raw value of device position 1.0.</summary>
    public int FullScale { get; }

    /// <summary>Model position of 0 dB.</summary>
    public double ModelZeroDb { get; }

    /// <summary>Number of calibrated faders.</summary>
    public int Count => _faders.Length;

    /// <summary>Fader <paramref name="fader"/>'s calibration.</summary>
    public FaderCalibration this[int fader] => _faders[fader];

    /// <summary>A calibration that maps device units to model units one to one.</summary>
    public static DeviceCalibration Identity(int faders, int fullScale = 1023, double modelZeroDb = 0.75)
    {
        var list = new FaderCalibration[faders];
        Array.Fill(list, new FaderCalibration(0, fullScale));
        return new DeviceCalibration(fullScale, modelZeroDb, list);
    }

    /// <summary>Maps a device position (raw/full scale) of <paramref name="fader"/> to a model position, clamped to 0..1.</summary>
    public double ToModel(int fader, double device)
    {
        var c = _faders[fader];
        var raw = device * FullScale;
        double model;
        if (c.AlignsZeroDb)
        {
            model = raw <= c.RawZeroDb
                ? (raw - c.RawMin) / (c.RawZeroDb - c.RawMin) * ModelZeroDb
                : ModelZeroDb + ((raw - c.RawZeroDb) / (c.RawMax - c.RawZeroDb) * (1 - ModelZeroDb));
        }
        else
        {
            model = (raw - c.RawMin) / (c.RawMax - c.RawMin);
        }

        return Math.Clamp(model + c.Trim, 0, 1);
    }

    /// <summary>Maps a model position to the device position that shows it on <paramref name="fader"/>.</summary>
    public double ToDevice(int fader, double model)
    {
        var c = _faders[fader];
        var m = Math.Clamp(model - c.Trim, 0, 1);
        double raw;
        if (c.AlignsZeroDb)
        {
            raw = m <= ModelZeroDb
                ? c.RawMin + (m / ModelZeroDb * (c.RawZeroDb - c.RawMin))
                : c.RawZeroDb + ((m - ModelZeroDb) / (1 - ModelZeroDb) * (c.RawMax - c.RawZeroDb));
        }
        else
        {
            raw = c.RawMin + (m * (c.RawMax - c.RawMin));
        }

        return Math.Clamp(raw / FullScale, 0, 1);
    }

    /// <summary>The profile text form, e.g. <c>fullscale 1023; zerodb 0.75; fader 0 8 1015 760 0.002</c>.</summary>
    public string ToProfileText()
    {
        var b = new StringBuilder();
        b.Append(CultureInfo.InvariantCulture, $"fullscale {FullScale}; zerodb {ModelZeroDb:R}");
        for (var i = 0; i < _faders.Length; i++)
        {
            var c = _faders[i];
            b.Append(CultureInfo.InvariantCulture, $"; fader {i} {c.RawMin} {c.RawMax} {c.RawZeroDb} {c.Trim:R}");
        }

        return b.ToString();
    }

    /// <summary>Parses the profile text form; throws <see cref="FormatException"/> naming the clause and character offset.</summary>
    public static DeviceCalibration Parse(string text) => DeviceCalibrationParser.Parse(text);
}
