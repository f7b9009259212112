namespace ControlSurface.Core.Feedback;

/// <summary>A mistake in the text form of a <see cref="DeviceCalibration"/>, with where it is.</summary>
/// <remarks><see cref="Offset"/> is the zero-based character offset of the clause at fault, so a file reader can turn it into a line and column.</remarks>
public sealed class CalibrationFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong (already naming the offset).</param>
    /// <param name="offset">Zero-based character offset of the clause at fault.</param>
    /// <param name="inner">The error that caused it, if any.</param>
    public CalibrationFormatException(string message, int offset, Exception? inner = null)
        : base(message, inner)
    {
        Offset = offset;
    }

    /// <summary>Zero-based character offset of the clause at fault.</summary>
    public int Offset { get; }

    /// <summary>What is wrong, without the offset (for messages that say where in their own terms).</summary>
    public string Problem { get; private init; } = "";

    /// <summary>Creates the exception for <paramref name="problem"/> at <paramref name="offset"/>.</summary>
    internal static CalibrationFormatException At(string problem, int offset, Exception? inner = null) =>
        new($"calibration: {problem} (at offset {offset})", offset, inner) { Problem = problem };
}
