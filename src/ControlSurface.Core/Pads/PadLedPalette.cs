using ControlSurface.Core.Surfaces;

namespace ControlSurface.Core.Pads;

/// <summary>The LED value and RGB colour for each pad state.</summary>
/// <remarks>
/// Values follow <see cref="FeedbackKind.Led"/>: 0 off, 1 on, 0.5 blinking, so single-colour pads still
/// show idle / lit / blinking. Colours are 0xRRGGBB for RGB pads.
/// </remarks>
/// <param name="Armed">Colour when armed (default amber).</param>
/// <param name="Recording">Colour while recording, blinking (default red).</param>
/// <param name="Recorded">Colour when a take is there to act on (default green).</param>
/// <param name="Keeper">Colour of a keeper (default gold).</param>
/// <param name="Rejected">Colour of a rejected take (default purple, so it never reads as recording).</param>
public sealed record PadLedPalette(
    int Armed = 0xFF8000,
    int Recording = 0xFF0000,
    int Recorded = 0x00FF00,
    int Keeper = 0xFFD700,
    int Rejected = 0x8000FF)
{
    /// <summary>The default colours.</summary>
    public static PadLedPalette Default { get; } = new();

    /// <summary>The LED command for pad <paramref name="pad"/> in <paramref name="state"/>.</summary>
    public FeedbackCommand Command(int pad, PadLedState state) => state switch
    {
        PadLedState.Armed => FeedbackCommand.Led(pad, 1, Armed),
        PadLedState.Recording => FeedbackCommand.Led(pad, 0.5, Recording),
        PadLedState.Recorded => FeedbackCommand.Led(pad, 1, Recorded),
        PadLedState.Keeper => FeedbackCommand.Led(pad, 1, Keeper),
        PadLedState.Rejected => FeedbackCommand.Led(pad, 1, Rejected),
        _ => FeedbackCommand.Led(pad, 0),
    };
}
