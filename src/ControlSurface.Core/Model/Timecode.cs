using System.Globalization;

namespace ControlSurface.Core.Model;

/// <summary>A SMPTE timecode label HH:MM:SS:FF at a frame rate.</summary>
/// <remarks>
/// <para>A sample position maps to the frame it falls in (rounded down). Labels wrap after 23:59:59, as SMPTE does.</para>
/// <para>Drop-frame (29.97): frames run at 30000/1001 per second and labels ;00 and ;01 are skipped at the start of
/// every minute except minutes 00, 10, 20, 30, 40 and 50, so the label keeps up with the wall clock. Frame 1800 is
/// 00:01:00;02 and frame 17982 is 00:10:00;00. Drop-frame labels are written with ';' before the frames.</para>
/// </remarks>
/// <param name="Hours">0..23.</param>
/// <param name="Minutes">0..59.</param>
/// <param name="Seconds">0..59.</param>
/// <param name="Frames">0 .. nominal fps − 1.</param>
/// <param name="Rate">The frame rate.</param>
public readonly record struct Timecode(int Hours, int Minutes, int Seconds, int Frames, TimecodeRate Rate)
{
    /// <summary>Frames in ten minutes at 29.97 drop-frame: 17,982.</summary>
    public const int DropFramesPerTenMinutes = 17982;

    private const int DropFramesPerMinute = 1798; // a minute that drops two labels

    /// <summary>The timecode of a sample position.</summary>
    /// <param name="samples">Position in samples, 0 or more.</param>
    /// <param name="sampleRate">Samples per second, 1 or more.</param>
    /// <param name="rate">The frame rate.</param>
    /// <returns>The label of the frame the position falls in.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A negative position or a sample rate below 1.</exception>
    public static Timecode FromSamples(long samples, int sampleRate, TimecodeRate rate)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(samples);
        ArgumentOutOfRangeException.ThrowIfLessThan(sampleRate, 1);
        var (num, den) = rate.ExactFps();
        var frames = (long)((Int128)samples * num / ((Int128)sampleRate * den));
        return FromFrameCount(frames, rate);
    }

    /// <summary>The label of a frame count (frame 0 is 00:00:00:00).</summary>
    /// <param name="frames">Frames since zero, 0 or more.</param>
    /// <param name="rate">The frame rate.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A negative frame count.</exception>
    public static Timecode FromFrameCount(long frames, TimecodeRate rate)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(frames);
        frames %= rate.FramesPerDay();
        var fps = rate.NominalFps();

        if (rate.IsDropFrame())
        {
            // Add back the labels skipped so far, then count as plain 30 fps.
            var tens = frames / DropFramesPerTenMinutes;
            var rest = frames % DropFramesPerTenMinutes;
            var dropped = 18 * tens;
            if (rest >= 2)
            {
                dropped += 2 * ((rest - 2) / DropFramesPerMinute);
            }

            frames += dropped;
        }

        var ff = (int)(frames % fps);
        var totalSeconds = frames / fps;
        return new Timecode((int)(totalSeconds / 3600), (int)(totalSeconds / 60 % 60), (int)(totalSeconds % 60), ff, rate);
    }

    /// <summary>True when every field is in range and, for drop-frame, the label is not a skipped one.</summary>
    public bool IsValid =>
        Hours is >= 0 and <= 23 && Minutes is >= 0 and <= 59 && Seconds is >= 0 and <= 59
        && Frames >= 0 && Frames < Rate.NominalFps()
        && !(Rate.IsDropFrame() && Seconds == 0 && Frames < 2 && Minutes % 10 != 0);

    /// <summary>The frame count this label names (inverse of <see cref="FromFrameCount"/>).</summary>
    /// <returns>Frames since 00:00:00:00.</returns>
    /// <exception cref="InvalidOperationException">The label is not valid (see <see cref="IsValid"/>).</exception>
    public long ToFrameCount()
    {
        if (!IsValid)
        {
            throw new InvalidOperationException($"{this} is not a valid {Rate.Label()} timecode.");
        }

        long fps = Rate.NominalFps();
        var labels = ((((Hours * 60L) + Minutes) * 60 + Seconds) * fps) + Frames;
        if (!Rate.IsDropFrame())
        {
            return labels;
        }

        var totalMinutes = (Hours * 60L) + Minutes;
        return labels - (2 * (totalMinutes - (totalMinutes / 10)));
    }

    /// <summary>The first sample of this frame.</summary>
    /// <param name="sampleRate">Samples per second, 1 or more.</param>
    /// <returns>The smallest position whose timecode is this label.</returns>
    public long ToSamples(int sampleRate)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sampleRate, 1);
        var (num, den) = Rate.ExactFps();
        var scaled = (Int128)ToFrameCount() * sampleRate * den;
        return (long)((scaled + num - 1) / num);
    }

    /// <summary>Reads "HH:MM:SS:FF" (or with ';' or '.' before the frames).</summary>
    /// <param name="text">The label.</param>
    /// <param name="rate">The frame rate it is in.</param>
    /// <param name="timecode">The timecode when valid.</param>
    /// <returns>True when the text is a valid label at that rate.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, TimecodeRate rate, out Timecode timecode)
    {
        timecode = default;
        if (text.Length != 11 || text[2] != ':' || text[5] != ':' || text[8] is not (':' or ';' or '.'))
        {
            return false;
        }

        if (!TryTwoDigits(text[0..2], out var h) || !TryTwoDigits(text[3..5], out var m)
            || !TryTwoDigits(text[6..8], out var s) || !TryTwoDigits(text[9..11], out var f))
        {
            return false;
        }

        timecode = new Timecode(h, m, s, f, rate);
        return timecode.IsValid;
    }

    /// <summary>"HH:MM:SS:FF", or "HH:MM:SS;FF" for drop-frame.</summary>
    /// <returns>The label.</returns>
    public override string ToString()
    {
        var separator = Rate.IsDropFrame() ? ';' : ':';
        return string.Create(CultureInfo.InvariantCulture, $"{Hours:00}:{Minutes:00}:{Seconds:00}{separator}{Frames:00}");
    }

    private static bool TryTwoDigits(ReadOnlySpan<char> two, out int value)
    {
        value = 0;
        if (!char.IsAsciiDigit(two[0]) || !char.IsAsciiDigit(two[1]))
        {
            return false;
        }

        value = ((two[0] - '0') * 10) + (two[1] - '0');
        return true;
    }
}
