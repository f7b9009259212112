using ControlSurface.Midi.Codec;
using YamlDotNet.RepresentationModel;

namespace ControlSurface.Midi.Profiles;

/// <summary>Reads the <c>led:</c> key of a control entry.</summary>
internal static class ProfileLeds
{
    /// <summary>One LED per control, or null when the entry has no <c>led:</c> (or <c>led: false</c>).</summary>
    public static LedSpec[]? Parse(ProfileNode entry, ProfileControlKind kind, SourceKind source, int[] numbers, Channel channel)
    {
        if (entry.Find("led") is not { } node)
            return null;
        if (kind is ProfileControlKind.Fader or ProfileControlKind.Knob)
            throw entry.ErrorAt(node, "'led' is for buttons and pads (faders use motor:, knobs ring:)");
        if (node is YamlScalarNode)
        {
            if (!entry.Bool("led", false))
                return null;
            // led: true - the LED answers to the message the control sends.
            var kindOf = source == SourceKind.Note ? SourceKind.Note : SourceKind.ControlChange;
            return [.. numbers.Select(n => new LedSpec(new MessageSource(kindOf, channel, n), 0, 127, null, null, false))];
        }
        if (node is not YamlMappingNode map)
            throw entry.ErrorAt(node, "'led' must be true or a mapping (note:/cc:, channel:, on:, off:, blink:, blinkChannel:, palette:)");
        var led = new ProfileNode(entry.File, map);
        var hasNote = led.Find("note") is not null;
        var hasCc = led.Find("cc") is not null;
        if (hasNote && hasCc)
            throw led.Error("give the LED either note: or cc:, not both");
        var targetKind = hasNote ? SourceKind.Note : hasCc ? SourceKind.ControlChange
            : source == SourceKind.Note ? SourceKind.Note : SourceKind.ControlChange;
        var targets = hasNote ? ProfileLoader.Numbers(led, "note", numbers.Length, 0, 127)
            : hasCc ? ProfileLoader.Numbers(led, "cc", numbers.Length, 0, 127)
            : numbers;
        var ledChannel = led.OptionalInt("channel", 1, 16) is { } c ? Channel.FromNumber(c) : channel;
        var on = led.Int("on", 127, 0, 127);
        var off = led.Int("off", 0, 0, 127);
        var blink = led.OptionalInt("blink", 0, 127);
        var blinkChannel = led.OptionalInt("blinkChannel", 1, 16) is { } bc ? Channel.FromNumber(bc) : (Channel?)null;
        var palette = led.Bool("palette", false);
        led.RejectUnknownKeys();
        return [.. targets.Select(t => new LedSpec(new MessageSource(targetKind, ledChannel, t), off, on, blink, blinkChannel, palette))];
    }
}
