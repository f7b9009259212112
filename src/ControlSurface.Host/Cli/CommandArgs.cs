using System.Globalization;

namespace ControlSurface.Host.Cli;

/// <summary>A command's arguments: `--name value` options, `--flag` switches and positionals.</summary>
/// <remarks>Every option a command reads is marked as known; <see cref="ThrowOnUnknown"/> then names any left over.</remarks>
internal sealed class CommandArgs
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);
    private readonly List<string> _positionals = [];

    /// <summary>Parses raw arguments. A `--name` followed by a value not starting with `--` takes it, unless listed in <paramref name="flags"/>.</summary>
    public CommandArgs(IReadOnlyList<string> raw, IReadOnlyCollection<string> flags)
    {
        for (var i = 0; i < raw.Count; i++)
        {
            var a = raw[i];
            if (a.StartsWith("--", StringComparison.Ordinal) && a.Length > 2)
            {
                var eq = a.IndexOf('=', StringComparison.Ordinal);
                if (eq > 0)
                {
                    _options[a[2..eq]] = a[(eq + 1)..];
                    continue;
                }
                var name = a[2..];
                if (!flags.Contains(name) && i + 1 < raw.Count && !raw[i + 1].StartsWith("--", StringComparison.Ordinal))
                    _options[name] = raw[++i];
                else
                    _options[name] = null;
            }
            else
            {
                _positionals.Add(a);
            }
        }
    }

    /// <summary>Positional arguments in order.</summary>
    public IReadOnlyList<string> Positionals => _positionals;

    /// <summary>True when `--name` was given.</summary>
    public bool Flag(string name)
    {
        _known.Add(name);
        return _options.ContainsKey(name);
    }

    /// <summary>The value of `--name`, or null when absent.</summary>
    public string? Option(string name)
    {
        _known.Add(name);
        if (!_options.TryGetValue(name, out var v))
            return null;
        return v ?? throw new UsageException($"--{name} needs a value");
    }

    /// <summary>An integer option within [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public int Int(string name, int fallback, int min = int.MinValue, int max = int.MaxValue)
    {
        var s = Option(name);
        if (s is null)
            return fallback;
        if (!int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) || v < min || v > max)
            throw new UsageException($"--{name} must be a whole number from {min} to {max}, got '{s}'");
        return v;
    }

    /// <summary>A number option within [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public double Number(string name, double fallback, double min = double.MinValue, double max = double.MaxValue)
    {
        var s = Option(name);
        if (s is null)
            return fallback;
        if (!double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || v < min || v > max)
            throw new UsageException($"--{name} must be a number from {min} to {max}, got '{s}'");
        return v;
    }

    /// <summary>Fails on any option the command did not read.</summary>
    public void ThrowOnUnknown()
    {
        foreach (var name in _options.Keys)
        {
            if (!_known.Contains(name))
                throw new UsageException($"unknown option --{name}");
        }
    }
}
