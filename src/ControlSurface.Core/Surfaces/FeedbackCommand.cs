namespace ControlSurface.Core.Surfaces;

/// <summary>Something the engine wants a surface to show: a motor target, an LED, text, a meter.</summary>
/// <remarks>
/// <paramref name="Control"/> is zero-based within the surface. <paramref name="Color"/> doubles as
/// the display line for <see cref="FeedbackKind.Text"/>. Text is the only field that allocates, and
/// texts change rarely.
/// </remarks>
public readonly record struct FeedbackCommand(FeedbackKind Kind, int Control, double Value, int Color = 0, string? Text = null)
{
    /// <summary>A motor-fader target.</summary>
    public static FeedbackCommand FaderTarget(int fader, double position) => new(FeedbackKind.FaderTarget, fader, position);

    /// <summary>An LED state; <paramref name="state"/> 0 off, 1 on, 0.5 blink.</summary>
    public static FeedbackCommand Led(int led, double state, int color = 0) => new(FeedbackKind.Led, led, state, color);

    /// <summary>A line of text for a strip's display.</summary>
    public static FeedbackCommand Display(int strip, int line, string text) => new(FeedbackKind.Text, strip, 0, line, text);
}
