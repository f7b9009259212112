using System.Globalization;

namespace ControlSurface.Core.Model;

/// <summary>A musical position bars|beats|ticks, with bars and beats counted from 1 as Ardour shows them.</summary>
/// <remarks>
/// <para>One tempo and one meter for the whole session (no tempo map changes). The tempo is in quarter notes per
/// minute, as in Ardour and MIDI, so a beat lasts 60/tempo × 4/BeatUnit seconds: at ♩=120 a 4/4 beat is 0.5 s and
/// a 6/8 beat (an eighth) is 0.25 s, six of them to the bar.</para>
/// <para>A sample position maps to the tick it falls in (rounded down); arithmetic is in decimal so beat boundaries
/// land exactly.</para>
/// </remarks>
/// <param name="Bars">Bar, from 1.</param>
/// <param name="Beats">Beat in the bar, from 1.</param>
/// <param name="Ticks">Tick in the beat, from 0.</param>
public readonly record struct BarsBeatsTicks(int Bars, int Beats, int Ticks)
{
    /// <summary>Ardour's ticks per beat.</summary>
    public const int DefaultTicksPerBeat = 1920;

    /// <summary>The musical position of a sample position.</summary>
    /// <param name="samples">Position in samples, 0 or more.</param>
    /// <param name="sampleRate">Samples per second, 1 or more.</param>
    /// <param name="tempo">Quarter notes per minute, above 0.</param>
    /// <param name="meter">The time signature.</param>
    /// <param name="ticksPerBeat">Ticks per beat, 1 or more (default 1920, as Ardour).</param>
    /// <returns>The position, bars and beats from 1.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static BarsBeatsTicks FromSamples(long samples, int sampleRate, double tempo, TimeSignature meter, int ticksPerBeat = DefaultTicksPerBeat)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(samples);
        ArgumentOutOfRangeException.ThrowIfLessThan(sampleRate, 1);
        ValidateTempo(tempo);
        meter.Validate();
        ArgumentOutOfRangeException.ThrowIfLessThan(ticksPerBeat, 1);

        // ticks = seconds × (tempo/60 quarters per second) × (BeatUnit/4 beats per quarter) × ticksPerBeat
        var numerator = (decimal)samples * (decimal)tempo * meter.BeatUnit * ticksPerBeat;
        var denominator = 240m * sampleRate;
        var totalTicks = (long)decimal.Floor(numerator / denominator);

        var totalBeats = totalTicks / ticksPerBeat;
        return new BarsBeatsTicks(
            (int)(totalBeats / meter.Beats) + 1,
            (int)(totalBeats % meter.Beats) + 1,
            (int)(totalTicks % ticksPerBeat));
    }

    /// <summary>The first sample of this position (inverse of <see cref="FromSamples"/>).</summary>
    /// <param name="sampleRate">Samples per second, 1 or more.</param>
    /// <param name="tempo">Quarter notes per minute, above 0.</param>
    /// <param name="meter">The time signature.</param>
    /// <param name="ticksPerBeat">Ticks per beat (default 1920).</param>
    /// <returns>The smallest position that maps to this one.</returns>
    public long ToSamples(int sampleRate, double tempo, TimeSignature meter, int ticksPerBeat = DefaultTicksPerBeat)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sampleRate, 1);
        ValidateTempo(tempo);
        meter.Validate();
        ArgumentOutOfRangeException.ThrowIfLessThan(ticksPerBeat, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(Bars, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(Beats, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(Ticks);

        var totalTicks = ((((long)Bars - 1) * meter.Beats) + (Beats - 1)) * ticksPerBeat + Ticks;
        var samples = totalTicks * 240m * sampleRate / ((decimal)tempo * meter.BeatUnit * ticksPerBeat);
        return (long)decimal.Ceiling(samples);
    }

    /// <summary>"001|01|0000" style: bars to three digits, beats to two, ticks to four.</summary>
    /// <returns>The position as text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Bars:000}|{Beats:00}|{Ticks:0000}");

    internal static void ValidateTempo(double tempo)
    {
        if (!(tempo > 0.0) || tempo > 1000.0)
        {
            throw new ArgumentOutOfRangeException(nameof(tempo), tempo, "Tempo must be above 0 and at most 1000 quarter notes per minute.");
        }
    }
}
