using ControlSurface.Core.Feedback;

namespace ControlSurface.Host.Config;

/// <summary>A surface entry's `feedback:` settings: its feedback options and its device's fader calibration.</summary>
/// <param name="Options">Touch, echo, budgets, glides, pickup and jitter for this surface.</param>
/// <param name="Calibration">The device's fader calibration, or null for identity.</param>
/// <param name="CalibrationSource">Where the calibration came from (a file path, or "inline"), for reports.</param>
internal sealed record SurfaceFeedbackConfig(FeedbackOptions Options, DeviceCalibration? Calibration, string? CalibrationSource);
