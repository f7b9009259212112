using System.Globalization;

namespace ControlSurface.Core.Feedback;

/// <summary>Reads the profile text form of a <see cref="DeviceCalibration"/>.</summary>
/// <remarks>Clauses are separated by ';' or line ends; '#' starts a comment to the end of the line (so a calibration file reads one clause per line).</remarks>
internal static class DeviceCalibrationParser
{
    public static DeviceCalibration Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var fullScale = 1023;
        var zeroDb = 0.75;
        var faders = new List<FaderCalibration>();
        var start = 0;
        var lastAt = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOfAny([';', '\n'], start);
            end = end < 0 ? text.Length : end;
            var clause = text[start..end];
            var comment = clause.IndexOf('#', StringComparison.Ordinal);
            clause = comment < 0 ? clause : clause[..comment];
            var at = start + (clause.Length - clause.TrimStart().Length);
            start = end + 1;
            var words = clause.Split([' ', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0)
            {
                continue;
            }

            lastAt = at;
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
                        throw CalibrationFormatException.At($"fader {index} is out of order (expected fader {faders.Count})", at);
                    }

                    faders.Add(new FaderCalibration(
                        Int(words[2], at),
                        Int(words[3], at),
                        words.Length > 4 ? Int(words[4], at) : -1,
                        words.Length > 5 ? Real(words[5], at) : 0));
                    break;
                default:
                    throw CalibrationFormatException.At($"unknown or malformed clause '{clause.Trim()}' (expected fullscale N, zerodb X or fader I MIN MAX [ZERODB [TRIM]])", at);
            }
        }

        try
        {
            return new DeviceCalibration(fullScale, zeroDb, faders);
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw CalibrationFormatException.At(e.Message, lastAt, e);
        }
    }

    private static int Int(string word, int at) =>
        int.TryParse(word, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v)
            ? v
            : throw CalibrationFormatException.At($"'{word}' is not an integer", at);

    private static double Real(string word, int at) =>
        double.TryParse(word, NumberStyles.Float, CultureInfo.InvariantCulture, out var v)
            ? v
            : throw CalibrationFormatException.At($"'{word}' is not a number", at);
}
