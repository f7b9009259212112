using ControlSurface.Core.Feedback;

namespace ControlSurface.Host.Config;

/// <summary>Reads the `feedback:` mapping of a surface entry: the motor-fader rules and the device's calibration.</summary>
/// <remarks>
/// Keys (all optional; defaults are <see cref="FeedbackOptions"/>'s): <c>touchDebounceMs</c>, <c>stillMs</c>,
/// <c>settleMs</c>, <c>echoWindowMs</c>, <c>echoToleranceLsb</c>, <c>targetsPerSecond</c>, <c>linkBytesPerSecond</c>,
/// <c>motorSpeed</c>, <c>glideSpeed</c>, <c>deadbandLsb</c>, <c>touch</c> (auto|sensor|movement), <c>pickup</c>
/// (jump|pickup|pickup-tolerant|scale), <c>pickupFaders</c> (a list, one mode per fader), <c>pickupTolerance</c>,
/// <c>pickupHint</c> (none|leds|text), <c>pickupHintLed</c>, <c>pickupHintLine</c>, and the calibration either
/// inline (<c>calibration: "fullscale 1023; zerodb 0.75; fader 0 8 1015 760"</c>) or in a file next to the
/// configuration (<c>calibrationFile: desk.cal</c>, one clause per line, '#' comments). Mistakes come back as
/// <c>file:line:column: problem</c>, also for lines inside a calibration file.
/// </remarks>
internal static class FeedbackSection
{
    public static SurfaceFeedbackConfig? Parse(ConfigNode entry)
    {
        if (entry.Section("feedback") is not { } node)
            return null;
        var calibration = Calibration(entry, node, out var source);
        var lsb = 1.0 / (calibration?.FullScale ?? 1023);
        var defaults = new FeedbackOptions();
        var options = new FeedbackOptions
        {
            TouchDebounce = Ms(node, "touchDebounceMs", defaults.TouchDebounce, 0, 1000),
            StillTimeout = Ms(node, "stillMs", defaults.StillTimeout, 1, 10_000),
            SettleTime = Ms(node, "settleMs", defaults.SettleTime, 0, 5000),
            EchoWindow = Ms(node, "echoWindowMs", defaults.EchoWindow, 0, 5000),
            EchoTolerance = node.Has("echoToleranceLsb") ? node.Number("echoToleranceLsb", 0, 0, 1000) * lsb : defaults.EchoTolerance,
            TargetsPerSecond = node.Number("targetsPerSecond", defaults.TargetsPerSecond, 1, 1000),
            LinkBytesPerSecond = node.Int("linkBytesPerSecond", defaults.LinkBytesPerSecond, 0, 100_000_000),
            MotorSpeed = node.Number("motorSpeed", defaults.MotorSpeed, 0.05, 100),
            GlideSpeed = node.Number("glideSpeed", defaults.GlideSpeed, 0.05, 100),
            JitterNoiseLsb = node.Int("deadbandLsb", defaults.JitterNoiseLsb, 0, 1000),
            TouchMode = Choice(node, "touch", "auto", ["auto", "sensor", "movement"]) switch
            {
                "sensor" => TouchMode.SensorWithMovementFallback,
                "movement" => TouchMode.MovementOnly,
                _ => null,
            },
            PickupMode = Pickup(node, node.String("pickup") ?? "pickup", "pickup"),
            PickupModes = [.. node.Strings("pickupFaders").Select(m => Pickup(node, m, "pickupFaders"))],
            PickupTolerance = node.Number("pickupTolerance", defaults.PickupTolerance, 0, 0.5),
            PickupHint = Choice(node, "pickupHint", "none", ["none", "leds", "text"]) switch
            {
                "leds" => PickupHintStyle.Leds,
                "text" => PickupHintStyle.Text,
                _ => PickupHintStyle.None,
            },
            PickupHintLedBase = node.Int("pickupHintLed", 0, 0, 4096),
            PickupHintTextLine = node.Int("pickupHintLine", defaults.PickupHintTextLine, 0, 8),
        };
        node.RejectUnknownKeys();
        return new SurfaceFeedbackConfig(options, calibration, source);
    }

    private static TimeSpan Ms(ConfigNode node, string key, TimeSpan fallback, int min, int max) =>
        TimeSpan.FromMilliseconds(node.Number(key, fallback.TotalMilliseconds, min, max));

    private static string Choice(ConfigNode node, string key, string fallback, string[] known)
    {
        var value = node.String(key) ?? fallback;
        return Array.IndexOf(known, value) >= 0
            ? value
            : throw node.ErrorAtKey(key, $"{key} must be {string.Join(", ", known[..^1])} or {known[^1]}, not '{value}'");
    }

    private static PickupMode Pickup(ConfigNode node, string value, string key) => value switch
    {
        "jump" => PickupMode.Jump,
        "pickup" => PickupMode.Pickup,
        "pickup-tolerant" => PickupMode.PickupTolerant,
        "scale" => PickupMode.Scale,
        _ => throw node.ErrorAtKey(key, $"a pickup mode is jump, pickup, pickup-tolerant or scale, not '{value}'"),
    };

    private static DeviceCalibration? Calibration(ConfigNode entry, ConfigNode node, out string? source)
    {
        source = null;
        if (node.Has("calibration") && node.Has("calibrationFile"))
            throw node.ErrorAtKey("calibrationFile", "give the calibration inline ('calibration') or in a file ('calibrationFile'), not both");
        if (node.String("calibration") is { } inline)
        {
            source = "inline";
            try
            {
                return DeviceCalibration.Parse(inline);
            }
            catch (CalibrationFormatException e)
            {
                throw node.ErrorAtKey("calibration", e.Problem + $" (character {e.Offset + 1} of the calibration)");
            }
        }
        if (node.String("calibrationFile") is not { } path)
            return null;
        if (!Path.IsPathRooted(path))
            path = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(node.File)) ?? ".", path);
        entry.Uses(path);
        source = path;
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw node.ErrorAtKey("calibrationFile", $"cannot read the calibration file: {e.Message}");
        }
        try
        {
            return DeviceCalibration.Parse(text);
        }
        catch (CalibrationFormatException e)
        {
            var before = text.AsSpan(0, Math.Min(e.Offset, text.Length));
            var line = before.Count('\n') + 1;
            var column = e.Offset - (before.LastIndexOf('\n') + 1) + 1;
            throw new ConfigException(path, line, column, e.Problem);
        }
    }
}
