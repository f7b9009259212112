using ControlSurface.Core.Surfaces;
using ControlSurface.Midi.Codec;

namespace ControlSurface.Midi.Profiles;

/// <summary>A profile compiled for output: feedback commands in, the bytes the device understands out.</summary>
/// <remarks>
/// <para><see cref="FeedbackKind.FaderTarget"/> drives a motor fader with the message the fader sends;
/// <see cref="FeedbackKind.Led"/> lights the LED whose number is <see cref="FeedbackCommand.Control"/> (a
/// button's or pad's number: a profile never gives a lit pad and a lit button the same number);
/// <see cref="FeedbackKind.Ring"/> sets a knob's ring. Blinking (value 0.5) uses the LED's blink value or blink
/// channel; RGB pads show the palette entry nearest the colour. Commands the device cannot show write nothing.</para>
/// <para>Stateless after construction and allocation-free; thread-safe.</para>
/// </remarks>
public sealed class ProfileEncoder
{
    /// <summary>The most bytes one command can produce (an NRPN motor move: four control changes).</summary>
    public const int MaxCommandLength = 12;

    private readonly ProfileControl?[] _faders;
    private readonly ProfileControl?[] _leds;
    private readonly ProfileControl?[] _rings;
    private readonly ColorPalette _palette;

    /// <summary>Compiles <paramref name="profile"/>'s feedback.</summary>
    public ProfileEncoder(ControllerProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        Profile = profile;
        _palette = profile.Palette;
        _faders = Table(profile, c => c.Kind == ProfileControlKind.Fader && c.Motor);
        _leds = Table(profile, c => c.Led is not null);
        _rings = Table(profile, c => c.Kind == ProfileControlKind.Knob && c.Ring is not null);
    }

    /// <summary>The profile this encoder was compiled from.</summary>
    public ControllerProfile Profile { get; }

    /// <summary>Writes the bytes for <paramref name="command"/> into <paramref name="destination"/> (at least <see cref="MaxCommandLength"/> bytes).</summary>
    /// <returns>Bytes written; 0 when the device has nothing to show it on.</returns>
    public int Encode(in FeedbackCommand command, Span<byte> destination)
    {
        switch (command.Kind)
        {
            case FeedbackKind.FaderTarget when Find(_faders, command.Control) is { } fader:
                return WriteValue(fader.Source, Math.Clamp(command.Value, 0, 1), destination);
            case FeedbackKind.Led when Find(_leds, command.Control) is { Led: { } led }:
                return WriteLed(led, command.Value, command.Color, destination);
            case FeedbackKind.Ring when Find(_rings, command.Control) is { Ring: { } ring }:
                return Write(ring, (int)Math.Round(Math.Clamp(command.Value, 0, 1) * 127), destination);
            default:
                return 0;
        }
    }

    private int WriteLed(LedSpec led, double state, int color, Span<byte> destination)
    {
        if (state <= 0)
            return Write(led.Target, led.Off, destination);
        var on = led.UsePalette && color != 0 ? _palette.Nearest(color, led.On) : led.On;
        var blinking = state < 1;
        if (blinking && led.BlinkChannel is { } ch)
            return Write(led.Target with { Channel = ch }, on, destination);
        return Write(led.Target, blinking && led.Blink is { } blink ? blink : on, destination);
    }

    private static int WriteValue(MessageSource source, double value, Span<byte> d)
    {
        var v14 = (int)Math.Round(value * 16383);
        var status = source.Channel.Index;
        switch (source.Kind)
        {
            case SourceKind.PitchBend:
                d[0] = (byte)(0xE0 | status);
                d[1] = (byte)(v14 & 0x7F);
                d[2] = (byte)(v14 >> 7);
                return 3;
            case SourceKind.ControlChange14:
                Cc(d, status, source.Number, v14 >> 7);
                Cc(d[3..], status, source.Number + 32, v14 & 0x7F);
                return 6;
            case SourceKind.Nrpn:
                Cc(d, status, 99, source.Number >> 7);
                Cc(d[3..], status, 98, source.Number & 0x7F);
                Cc(d[6..], status, 6, v14 >> 7);
                Cc(d[9..], status, 38, v14 & 0x7F);
                return 12;
            default:
                return Write(source, (int)Math.Round(value * 127), d);
        }
    }

    private static int Write(MessageSource target, int value, Span<byte> d)
    {
        var ch = target.Channel.Index;
        if (target.Kind == SourceKind.Note)
        {
            d[0] = (byte)(0x90 | ch);
            d[1] = (byte)target.Number;
            d[2] = (byte)(value & 0x7F);
            return 3;
        }
        if (target.Kind == SourceKind.ControlChange14 || target.Kind == SourceKind.Nrpn || target.Kind == SourceKind.PitchBend)
            return WriteValue(target, value / 127.0, d);
        Cc(d, ch, target.Number, value);
        return 3;
    }

    private static void Cc(Span<byte> d, int channel, int controller, int value)
    {
        d[0] = (byte)(0xB0 | channel);
        d[1] = (byte)(controller & 0x7F);
        d[2] = (byte)(value & 0x7F);
    }

    private static ProfileControl? Find(ProfileControl?[] table, int number) =>
        (uint)number < (uint)table.Length ? table[number] : null;

    private static ProfileControl?[] Table(ControllerProfile profile, Func<ProfileControl, bool> which)
    {
        var max = -1;
        foreach (var c in profile.Controls)
        {
            if (which(c))
                max = Math.Max(max, c.Number);
        }
        var table = new ProfileControl?[max + 1];
        foreach (var c in profile.Controls)
        {
            if (which(c))
                table[c.Number] = c;
        }
        return table;
    }
}
