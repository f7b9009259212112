using System.Globalization;
using ControlSurface.Core.Mapping;
using ControlSurface.Midi.Codec;
using YamlDotNet.RepresentationModel;

namespace ControlSurface.Midi.Profiles;

/// <summary>Reads a controller profile (YAML) and checks all of it; every mistake comes back as <c>file:line:column: problem</c>.</summary>
/// <remarks>The format is documented in Profiles/README.md. A profile that loads always compiles into a decoder and an encoder.</remarks>
public static class ProfileLoader
{
    private static readonly string[] KindKeys = ["fader", "knob", "pad", "button"];
    private static readonly string[] SourceKeys = ["note", "cc", "cc14", "nrpn", "pitchbend"];

    /// <summary>Loads a profile file.</summary>
    /// <exception cref="ProfileException">When the file cannot be read or has a mistake.</exception>
    public static ControllerProfile LoadFile(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ProfileException(path, 0, 0, e.Message);
        }
        return Parse(path, text);
    }

    /// <summary>Parses profile text; <paramref name="source"/> names it in errors.</summary>
    /// <exception cref="ProfileException">On any mistake.</exception>
    public static ControllerProfile Parse(string source, string text)
    {
        var root = ProfileNode.Load(source, new StringReader(text));
        var name = root.String("name") ?? throw root.Error("'name' is required");
        var ports = root.Strings("ports");
        var channel = root.Int("channel", 1, 1, 16);
        var init = Messages(root, "init");
        var exit = Messages(root, "exit");
        var palette = Palette(root);
        var controls = new List<ProfileControl>();
        var bindings = new List<PendingBinding>();
        foreach (var entry in root.Sections("controls"))
            ParseEntry(entry, channel, controls, bindings);
        root.RejectUnknownKeys();
        if (controls.Count == 0)
            throw root.ErrorAtKey("controls", "a profile needs at least one control under 'controls'");
        CheckNumbers(root, controls);
        var profile = new ControllerProfile(name, source, ports, init, exit, controls, palette, []);
        try
        {
            _ = new ProfileDecoder(profile);
        }
        catch (ArgumentException e)
        {
            throw root.ErrorAtKey("controls", e.Message.Split(" (Parameter", 2)[0]);
        }
        return profile with { Bindings = ProfileBindings.Resolve(bindings) };
    }

    private static void ParseEntry(ProfileNode entry, int defaultChannel, List<ProfileControl> controls, List<PendingBinding> bindings)
    {
        var kindKey = KindKeys.Where(k => entry.Find(k) is not null).ToArray();
        if (kindKey.Length != 1)
            throw entry.Error("each control entry needs exactly one of fader:, knob:, pad:, button: (a number or a range like 0-7)");
        var kind = (ProfileControlKind)Array.IndexOf(KindKeys, kindKey[0]);
        var (first, count) = Range(entry, kindKey[0]);
        var channel = Channel.FromNumber(entry.Int("channel", defaultChannel, 1, 16));
        var sourceKey = SourceKeys.Where(k => entry.Find(k) is not null).ToArray();
        if (sourceKey.Length != 1)
            throw entry.Error("each control entry needs exactly one of note:, cc:, cc14:, nrpn:, pitchbend:");
        var sourceKind = sourceKey[0] switch
        {
            "note" => SourceKind.Note,
            "cc" => SourceKind.ControlChange,
            "cc14" => SourceKind.ControlChange14,
            "nrpn" => SourceKind.Nrpn,
            _ => SourceKind.PitchBend,
        };
        var max = sourceKind switch { SourceKind.ControlChange14 => 31, SourceKind.Nrpn => 16383, SourceKind.PitchBend => 16, _ => 127 };
        var min = sourceKind == SourceKind.PitchBend ? 1 : 0;
        var numbers = Numbers(entry, sourceKey[0], count, min, max);
        if (sourceKind is SourceKind.ControlChange14 or SourceKind.Nrpn or SourceKind.PitchBend && kind != ProfileControlKind.Fader)
            throw entry.ErrorAtKey(sourceKey[0], $"{sourceKey[0]} is for faders; knobs, pads and buttons send notes or 7-bit CCs");
        var encoding = Choice(entry, "encoding", kind == ProfileControlKind.Knob, KnobEncoding.Absolute,
            ("absolute", KnobEncoding.Absolute), ("twos-complement", KnobEncoding.TwosComplement),
            ("sign-magnitude", KnobEncoding.SignMagnitude), ("offset-64", KnobEncoding.Offset64), ("binary-offset", KnobEncoding.Offset64));
        var mode = Choice(entry, "mode", kind == ProfileControlKind.Button, ButtonMode.Momentary,
            ("momentary", ButtonMode.Momentary), ("toggle", ButtonMode.Toggle));
        var aftertouch = Choice(entry, "aftertouch", kind == ProfileControlKind.Pad, AftertouchKind.None,
            ("none", AftertouchKind.None), ("poly", AftertouchKind.Poly), ("channel", AftertouchKind.Channel));
        var motor = entry.Bool("motor", false);
        if (motor && kind != ProfileControlKind.Fader)
            throw entry.ErrorAtKey("motor", "only faders have motors");
        var touch = entry.Find("touch") is not null ? Numbers(entry, "touch", count, 0, 127) : null;
        var ring = entry.Find("ring") is not null ? Numbers(entry, "ring", count, 0, 127) : null;
        if (touch is not null && kind != ProfileControlKind.Fader)
            throw entry.ErrorAtKey("touch", "only faders report touch");
        if (ring is not null && kind != ProfileControlKind.Knob)
            throw entry.ErrorAtKey("ring", "only knobs have LED rings");
        var led = ProfileLeds.Parse(entry, kind, sourceKind, numbers, channel);
        var names = Names(entry, count);
        var bind = entry.String("bind");
        var bindNode = entry.Find("bind");
        var strip = entry.Int("strip", 1, 1, 1024) - 1;
        var amount = entry.Find("amount") is { } a ? ParseNumber(entry, a, "amount") : (double?)null;
        entry.RejectUnknownKeys();
        for (var i = 0; i < count; i++)
        {
            var source = new MessageSource(sourceKind,
                sourceKind == SourceKind.PitchBend ? Channel.FromNumber(numbers[i]) : channel,
                sourceKind == SourceKind.PitchBend ? 0 : numbers[i]);
            var control = new ProfileControl(kind, first + i, names[i], source, encoding, mode, aftertouch,
                led?[i], motor,
                touch is null ? null : new MessageSource(SourceKind.Note, channel, touch[i]),
                ring is null ? null : new MessageSource(SourceKind.ControlChange, channel, ring[i]));
            controls.Add(control);
            if (bind is not null)
                bindings.Add(new PendingBinding(entry, bindNode!, bind, control, strip + i, i, amount));
        }
    }

    private static (int First, int Count) Range(ProfileNode entry, string key)
    {
        var node = entry.Find(key)!;
        var text = (node as YamlScalarNode)?.Value ?? throw entry.ErrorAt(node, $"'{key}' must be a number or a range like 0-7");
        var dash = text.IndexOf('-', 1);
        if (dash < 0)
            return (entry.ToInt(node, key, 0, 1023), 1);
        if (int.TryParse(text[..dash], NumberStyles.None, CultureInfo.InvariantCulture, out var a)
            && int.TryParse(text[(dash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var b) && a <= b && b <= 1023)
            return (a, b - a + 1);
        throw entry.ErrorAt(node, $"'{key}' must be a number or a range like 0-7 (first <= last <= 1023), not '{text}'");
    }

    /// <summary>A scalar (the first number, counting up per control) or a list with one number per control.</summary>
    internal static int[] Numbers(ProfileNode entry, string key, int count, int min, int max)
    {
        var node = entry.Find(key)!;
        if (node is YamlSequenceNode seq)
        {
            if (seq.Children.Count != count)
                throw entry.ErrorAt(node, $"'{key}' lists {seq.Children.Count} numbers for {count} controls");
            return [.. seq.Children.Select(n => entry.ToInt(n, key, min, max))];
        }
        var start = entry.ToInt(node, key, min, max);
        if (start + count - 1 > max)
            throw entry.ErrorAt(node, $"'{key}' {start} counting up for {count} controls passes {max}");
        return [.. Enumerable.Range(start, count)];
    }

    private static string[] Names(ProfileNode entry, int count)
    {
        var list = entry.Strings("names");
        if (list.Count > 0)
            return list.Count == count ? [.. list] : throw entry.ErrorAtKey("names", $"'names' lists {list.Count} names for {count} controls");
        var name = entry.String("name") ?? "";
        return count == 1 ? [name] : [.. Enumerable.Range(1, count).Select(i => name.Length == 0 ? "" : $"{name} {i}")];
    }

    private static T Choice<T>(ProfileNode entry, string key, bool applies, T fallback, params (string Name, T Value)[] options)
    {
        if (entry.String(key) is not { } text)
            return fallback;
        if (!applies)
            throw entry.ErrorAtKey(key, $"'{key}' does not apply to this kind of control");
        foreach (var (name, value) in options)
        {
            if (name == text)
                return value;
        }
        throw entry.ErrorAtKey(key, $"'{key}' must be one of {string.Join(", ", options.Select(o => o.Name))}, not '{text}'");
    }

    private static double ParseNumber(ProfileNode entry, YamlNode node, string key) =>
        node is YamlScalarNode { Value: { } v } && double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d)
            ? d : throw entry.ErrorAt(node, $"'{key}' must be a number");

    private static List<byte[]> Messages(ProfileNode root, string key)
    {
        var list = new List<byte[]>();
        if (root.Find(key) is not { } node)
            return list;
        if (node is not YamlSequenceNode seq)
            throw root.ErrorAt(node, $"'{key}' must be a list of hex messages like \"F0 00 20 29 02 0D 0E 01 F7\"");
        foreach (var item in seq)
        {
            var bytes = item is YamlScalarNode { Value: { } v } ? HexBytes.TryParse(v) : null;
            if (bytes is not { Length: > 0 } || bytes[0] < 0x80 || (bytes[0] == 0xF0 && bytes[^1] != 0xF7))
                throw root.ErrorAt(item, $"items of '{key}' must be complete MIDI messages in hex (status byte first; SysEx ends with F7)");
            list.Add(bytes);
        }
        return list;
    }

    private static ColorPalette Palette(ProfileNode root)
    {
        if (root.Find("palette") is not { } node)
            return new ColorPalette([]);
        if (node is not YamlMappingNode map)
            throw root.ErrorAt(node, "'palette' must map colours to indices, e.g. FF0000: 5");
        var colors = new List<PaletteColor>();
        foreach (var (k, v) in map.Children)
        {
            var text = (k as YamlScalarNode)?.Value ?? "";
            if (text.Length != 6 || !int.TryParse(text, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var rgb))
                throw root.ErrorAt(k, $"palette colours are six hex digits RRGGBB, not '{text}'");
            colors.Add(new PaletteColor(rgb, root.ToInt(v, "palette index", 0, 127)));
        }
        return new ColorPalette(colors);
    }

    private static void CheckNumbers(ProfileNode root, List<ProfileControl> controls)
    {
        var seen = new HashSet<(ProfileControlKind, int)>();
        var leds = new Dictionary<int, ProfileControl>();
        foreach (var c in controls)
        {
            if (!seen.Add((c.Kind, c.Number)))
                throw root.ErrorAtKey("controls", $"{c.Kind.ToString().ToLowerInvariant()} {c.Number} is described twice");
            if (c.Led is not null && !leds.TryAdd(c.Number, c))
                throw root.ErrorAtKey("controls", $"LED {c.Number} belongs to both {leds[c.Number].Kind} {c.Number} and {c.Kind} {c.Number}; number lit pads and buttons apart");
        }
    }
}
