namespace ControlSurface.Core.Model;

/// <summary>What the DAW shows on its transport displays: the time (10 digits), its mode, and the 2-digit assignment display.</summary>
/// <remarks>
/// <para>A mirror of the host's own text, kept beside the model's position (which the bridge computes itself), so a
/// report or another surface can show exactly what the DAW shows. Digits are numbered from the left, 0..9 for the
/// time and 0..1 for the assignment; each holds one character (7-segment displays show ASCII 0x20..0x5F) and
/// whether its decimal point is lit.</para>
/// <para>Values through the engine: <c>character | <see cref="DotFlag"/></c> when the point is lit. Setters return
/// true when something changed. Only the engine writes; not thread-safe.</para>
/// </remarks>
public sealed class TransportDisplay
{
    /// <summary>Digits of the time display.</summary>
    public const int TimeDigits = 10;

    /// <summary>Digits of the assignment display.</summary>
    public const int AssignmentDigits = 2;

    /// <summary>Added to a digit's character when its decimal point is lit.</summary>
    public const int DotFlag = 0x100;

    private readonly short[] _time = new short[TimeDigits];
    private readonly short[] _assignment = new short[AssignmentDigits];

    /// <summary>Creates blank displays (all spaces, no dots) in <see cref="TimeDisplayMode.Unknown"/> mode.</summary>
    public TransportDisplay()
    {
        Array.Fill(_time, (short)' ');
        Array.Fill(_assignment, (short)' ');
    }

    /// <summary>True once the host has written any time digit (a bridge with no DAW display keeps showing its own time).</summary>
    public bool HasTime { get; private set; }

    /// <summary>True once the host has written any assignment digit.</summary>
    public bool HasAssignment { get; private set; }

    /// <summary>Timecode or bars|beats, as the host's lamps say.</summary>
    public TimeDisplayMode Mode { get; set; }

    /// <summary>The time display left to right, a '.' after each digit whose point is lit (e.g. "001.01.01.000").</summary>
    public string Time => Render(_time);

    /// <summary>The assignment display, left to right, with its points (e.g. "MX", "Pn").</summary>
    public string Assignment => Render(_assignment);

    /// <summary>Sets time digit <paramref name="position"/> (0 = leftmost) to <paramref name="value"/> (character, plus <see cref="DotFlag"/>).</summary>
    /// <returns>True when the digit changed; false for a position out of range or the same value.</returns>
    public bool SetTimeDigit(int position, int value)
    {
        HasTime |= (uint)position < TimeDigits;
        return Set(_time, position, value);
    }

    /// <summary>Sets assignment digit <paramref name="position"/> (0 = left, 1 = right).</summary>
    /// <returns>True when the digit changed; false for a position out of range or the same value.</returns>
    public bool SetAssignmentDigit(int position, int value)
    {
        HasAssignment |= (uint)position < AssignmentDigits;
        return Set(_assignment, position, value);
    }

    /// <summary>The value of time digit <paramref name="position"/> (character plus <see cref="DotFlag"/>).</summary>
    public int TimeDigit(int position) => _time[position];

    /// <summary>The value of assignment digit <paramref name="position"/>.</summary>
    public int AssignmentDigit(int position) => _assignment[position];

    private static bool Set(short[] digits, int position, int value)
    {
        if ((uint)position >= (uint)digits.Length)
            return false;
        // Anything outside printable ASCII shows blank, as on the hardware.
        var c = value & 0xFF;
        var v = (short)((c is >= 0x20 and < 0x7F ? c : ' ') | (value & DotFlag));
        if (digits[position] == v)
            return false;
        digits[position] = v;
        return true;
    }

    private static string Render(short[] digits)
    {
        Span<char> text = stackalloc char[digits.Length * 2];
        var n = 0;
        foreach (var d in digits)
        {
            text[n++] = (char)(d & 0xFF);
            if ((d & DotFlag) != 0)
                text[n++] = '.';
        }
        return new string(text[..n]);
    }
}
