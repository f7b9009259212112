using System.Globalization;
using ControlSurface.Core.Takes;

namespace ControlSurface.Core.Pads;

/// <summary>Which pad does which take action, for every surface's pads.</summary>
/// <remarks>
/// The default layout for a 16-pad (4 x 4) grid, pads numbered 0..15 row by row from the top left:
/// <code>
///  0 arm          1 record (again: stop + keep)   2 stop + discard    3 play last take
///  4 keeper       5 reject                         6 previous song     7 next song
///  8 rate 1       9 rate 2                        10 rate 3           11 rate 4
/// 12 rate 5      13 marker "pitch"                14 marker "timing"  15 marker "great"
/// </code>
/// Undo, explicit stop + keep and play take N are available to custom layouts (<see cref="Parse"/>).
/// Every pad uses a linear curve with the default threshold unless the layout says otherwise.
/// </remarks>
public sealed class PadLayout
{
    private readonly PadBinding?[] _byPad;

    /// <summary>Builds a layout from bindings; a pad bound twice is an error.</summary>
    public PadLayout(IEnumerable<PadBinding> bindings)
    {
        ArgumentNullException.ThrowIfNull(bindings);
        Bindings = [.. bindings.OrderBy(b => b.Pad)];
        var size = Bindings.Count == 0 ? 0 : Bindings[^1].Pad + 1;
        _byPad = new PadBinding?[size];
        foreach (var b in Bindings)
        {
            if (b.Pad < 0 || b.Pad > MaxPad)
                throw new ArgumentException($"pad {b.Pad} is out of range 0..{MaxPad}", nameof(bindings));
            if (_byPad[b.Pad] is not null)
                throw new ArgumentException($"pad {b.Pad} is bound twice", nameof(bindings));
            _byPad[b.Pad] = b;
        }
    }

    /// <summary>The highest pad number a layout may bind.</summary>
    public const int MaxPad = 127;

    /// <summary>The bindings ordered by pad.</summary>
    public IReadOnlyList<PadBinding> Bindings { get; }

    /// <summary>The default 16-pad take layout (see the remarks).</summary>
    public static PadLayout Default16 { get; } = Parse(
        """
        0 = arm
        1 = record
        2 = stop-discard
        3 = play-last
        4 = keeper
        5 = reject
        6 = previous-song
        7 = next-song
        8 = rate:1
        9 = rate:2
        10 = rate:3
        11 = rate:4
        12 = rate:5
        13 = marker:pitch
        14 = marker:timing
        15 = marker:great
        """);

    /// <summary>The binding of <paramref name="pad"/>, or null when the pad does nothing.</summary>
    public PadBinding? this[int pad] => (uint)pad < (uint)_byPad.Length ? _byPad[pad] : null;

    /// <summary>Parses a layout: one pad per line, <c>PAD = ACTION [curve=linear|soft|hard|fixed] [threshold=0..1] [velocity=0..1]</c>.</summary>
    /// <example><c>13 = marker:too fast curve=soft threshold=0.1</c></example>
    /// <remarks>Blank lines and lines starting with '#' are skipped. ACTION is spelled as in <see cref="TakeAction.Parse"/>.</remarks>
    /// <exception cref="FormatException">A bad line; the message gives its number and what is wrong.</exception>
    public static PadLayout Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var bindings = new List<PadBinding>();
        var seen = new HashSet<int>();
        var lineNumber = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
                continue;
            try
            {
                var binding = ParseLine(line);
                if (!seen.Add(binding.Pad))
                    throw new FormatException($"pad {binding.Pad} is bound twice");
                bindings.Add(binding);
            }
            catch (FormatException e)
            {
                throw new FormatException($"pad layout line {lineNumber}: {e.Message}", e);
            }
        }
        return new PadLayout(bindings);
    }

    /// <summary>The layout in the <see cref="Parse"/> format.</summary>
    public override string ToString() => string.Join('\n', Bindings.Select(b =>
    {
        var s = string.Create(CultureInfo.InvariantCulture, $"{b.Pad} = {b.Action}");
        if (b.Curve != VelocityCurve.Default)
            s += string.Create(CultureInfo.InvariantCulture, $" curve={b.Curve.Kind.ToString().ToLowerInvariant()} threshold={b.Curve.Threshold} velocity={b.Curve.FixedVelocity}");
        return s;
    }));

    private static PadBinding ParseLine(string line)
    {
        var eq = line.IndexOf('=', StringComparison.Ordinal);
        if (eq < 0)
            throw new FormatException($"expected 'PAD = ACTION', got '{line}'");
        var padText = line[..eq].Trim();
        if (!int.TryParse(padText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var pad) || pad < 0 || pad > MaxPad)
            throw new FormatException($"pad must be a number from 0 to {MaxPad}, got '{padText}'");
        var words = line[(eq + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length == 0)
            throw new FormatException($"pad {pad} has no action");
        // A marker note may have spaces: every word up to the first key=value belongs to the action.
        var optionsAt = Array.FindIndex(words, w => w.Contains('=', StringComparison.Ordinal));
        if (optionsAt < 0)
            optionsAt = words.Length;
        if (optionsAt == 0)
            throw new FormatException($"pad {pad} has no action");
        var action = TakeAction.Parse(string.Join(' ', words[..optionsAt]));
        var curve = VelocityCurve.Default;
        foreach (var option in words.AsSpan(optionsAt))
        {
            var (key, value) = option.IndexOf('=', StringComparison.Ordinal) is var i and > 0
                ? (option[..i], option[(i + 1)..])
                : throw new FormatException($"expected key=value, got '{option}'");
            curve = key switch
            {
                "curve" => curve with { Kind = VelocityCurve.ParseKind(value) },
                "threshold" => curve with { Threshold = Unit(key, value) },
                "velocity" => curve with { FixedVelocity = Unit(key, value) },
                _ => throw new FormatException($"unknown pad option '{key}' (curve, threshold, velocity)"),
            };
        }
        return new PadBinding(pad, action, curve);
    }

    private static double Unit(string key, string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v is >= 0 and <= 1
            ? v
            : throw new FormatException($"{key} must be a number from 0 to 1, got '{value}'");
}
