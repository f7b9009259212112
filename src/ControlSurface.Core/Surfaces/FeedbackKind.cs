namespace ControlSurface.Core.Surfaces;

/// <summary>What a feedback command asks a surface to show or do.</summary>
public enum FeedbackKind : byte
{
    /// <summary>Drive a motor fader to <see cref="FeedbackCommand.Value"/> (0..1).</summary>
    FaderTarget,
    /// <summary>Turn a fader's motor on (value 1) or off (value 0).</summary>
    MotorEnable,
    /// <summary>Set an LED: value 0 off, 1 on, 0.5 blinking; <see cref="FeedbackCommand.Color"/> as 0xRRGGBB for RGB LEDs.</summary>
    Led,
    /// <summary>Show <see cref="FeedbackCommand.Text"/> on display line <see cref="FeedbackCommand.Color"/> of strip <see cref="FeedbackCommand.Control"/>.</summary>
    Text,
    /// <summary>Show a meter level, 0..1.</summary>
    Meter,
    /// <summary>Show an encoder's LED ring value, 0..1.</summary>
    Ring,
    /// <summary>Show a strip's colour, 0xRRGGBB in <see cref="FeedbackCommand.Value"/> (e.g. a colour scribble strip); 0 means none.</summary>
    StripColor,
}
