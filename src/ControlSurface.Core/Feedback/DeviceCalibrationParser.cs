using System.Globalization;

namespace ControlSurface.Core.Feedback;

/// <summary>Reads the profile text form of a <see cref="DeviceCalibration"/>.</summary>
internal static class DeviceCalibrationParser
{
    public static DeviceCalibration Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var fullScale = 1023;
        var zeroDb = 0.75;
        var faders = new List<FaderCalibration>();
        var offset = 0;
        foreach (var clause in text.Split(';'))
        {
            var words = clause.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var at = offset + (clause.Length - clause.TrimStart().Length);
            offset += clause.Length + 1;
            if (words.Length == 0)
            {
                continue;
            }

            switch (words[0])
            {
                case "fullscale" when words.Length == 2:
                    fullScale = Int(words[1], at);
                    break;
                case "zerodb" when words.Length == 2:
                    zeroDb = Real(words[1], at);
                    break;
                case "fader" when words.Length is 4 or 5 or 6:
                    var index = Int(words[1], at);
                    if (index != faders.Count)
                    {
                        throw new FormatException($"calibration: fader {index} at offset {at} is out of order (expected fader {faders.Count})");
                    }

                    faders.Add(new FaderCalibration(
                        Int(words[2], at),
                        Int(words[3], at),
                        words.Length > 4 ? Int(words[4], at) : -1,
                        words.Length > 5 ? Real(words[5], at) : 0));
                    break;
                default:
                    throw new FormatException($"calibration: unknown or malformed clause '{clause.Trim()}' at offset {at}");
            }
        }

        try
        {
            return new DeviceCalibration(fullScale, zeroDb, faders);
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw new FormatException($"calibration: {e.Message}", e);
        }
    }

    private static int Int(string word, int at) =>
        int.TryParse(word, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v)
            ? v
            : throw new FormatException($"calibration: '{word}' at offset {at} is not an integer");

    private static double Real(string word, int at) =>
        double.TryParse(word, NumberStyles.Float, CultureInfo.InvariantCulture, out var v)
            ? v
            : throw new FormatException($"calibration: '{word}' at offset {at} is not a number");
}
