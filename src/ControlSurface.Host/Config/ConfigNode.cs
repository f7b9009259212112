using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ControlSurface.Host.Config;

/// <summary>A mapping in a YAML configuration file, with typed getters that report mistakes by file, line and column.</summary>
/// <remarks>Every key a reader asks for is remembered; <see cref="RejectUnknownKeys"/> then points at any key nobody read (a typo).</remarks>
internal sealed class ConfigNode
{
    private readonly YamlMappingNode _map;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);
    private readonly List<string> _files = [];

    public ConfigNode(string file, YamlMappingNode map)
    {
        File = file;
        _map = map;
    }

    /// <summary>The file this node came from.</summary>
    public string File { get; }

    /// <summary>An error located at this mapping.</summary>
    public ConfigException Error(string problem) => ErrorAt(_map, problem);

    /// <summary>An error located at any node of this file.</summary>
    public ConfigException ErrorAt(YamlNode node, string problem) => new(File, node.Start.Line, node.Start.Column, problem);

    /// <summary>An error located at the value of <paramref name="key"/> (or at this mapping if the key is absent).</summary>
    public ConfigException ErrorAtKey(string key, string problem) => Find(key) is { } n ? ErrorAt(n, problem) : Error(problem);

    public bool Has(string key) => Find(key) is not null;

    public string? String(string key)
    {
        if (Find(key) is not { } n)
            return null;
        return n is YamlScalarNode { Value: { } v } ? v : throw ErrorAt(n, $"'{key}' must be a text value");
    }

    public string RequiredString(string key) => String(key) ?? throw Error($"'{key}' is required");

    public int Int(string key, int fallback, int min = int.MinValue, int max = int.MaxValue)
    {
        if (Find(key) is not { } n)
            return fallback;
        if (n is YamlScalarNode { Value: { } v } && int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i >= min && i <= max)
            return i;
        throw ErrorAt(n, $"'{key}' must be a whole number from {min} to {max}");
    }

    public double Number(string key, double fallback, double min = double.MinValue, double max = double.MaxValue)
    {
        if (Find(key) is not { } n)
            return fallback;
        if (n is YamlScalarNode { Value: { } v } && double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d >= min && d <= max)
            return d;
        throw ErrorAt(n, $"'{key}' must be a number from {min} to {max}");
    }

    public bool Bool(string key, bool fallback)
    {
        if (Find(key) is not { } n)
            return fallback;
        return n is YamlScalarNode { Value: "true" or "yes" or "on" } ? true
            : n is YamlScalarNode { Value: "false" or "no" or "off" } ? false
            : throw ErrorAt(n, $"'{key}' must be true or false");
    }

    public IReadOnlyList<string> Strings(string key)
    {
        if (Find(key) is not { } n)
            return [];
        if (n is not YamlSequenceNode seq)
            throw ErrorAt(n, $"'{key}' must be a list");
        var list = new List<string>();
        foreach (var item in seq)
            list.Add(item is YamlScalarNode { Value: { } v } ? v : throw ErrorAt(item, $"items of '{key}' must be text values"));
        return list;
    }

    public IReadOnlyList<int> Ints(string key, int min, int max)
    {
        var list = new List<int>();
        if (Find(key) is not { } n)
            return list;
        if (n is not YamlSequenceNode seq)
            throw ErrorAt(n, $"'{key}' must be a list");
        foreach (var item in seq)
        {
            if (item is YamlScalarNode { Value: { } v } && int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i >= min && i <= max)
                list.Add(i);
            else
                throw ErrorAt(item, $"items of '{key}' must be whole numbers from {min} to {max}");
        }
        return list;
    }

    public ConfigNode? Section(string key)
    {
        if (Find(key) is not { } n)
            return null;
        return n is YamlMappingNode m ? new ConfigNode(File, m) : throw ErrorAt(n, $"'{key}' must be a mapping (key: value lines)");
    }

    public IReadOnlyList<ConfigNode> Sections(string key)
    {
        if (Find(key) is not { } n)
            return [];
        if (n is not YamlSequenceNode seq)
            throw ErrorAt(n, $"'{key}' must be a list");
        var list = new List<ConfigNode>();
        foreach (var item in seq)
            list.Add(item is YamlMappingNode m ? new ConfigNode(File, m) : throw ErrorAt(item, $"items of '{key}' must be mappings"));
        return list;
    }

    /// <summary>Other files this entry's settings were read from (e.g. a Pi board description); a reload watches them too.</summary>
    public IReadOnlyList<string> Files => _files;

    /// <summary>Records that this entry's settings also come from <paramref name="path"/> (full path).</summary>
    public void Uses(string path) => _files.Add(Path.GetFullPath(path));

    /// <summary>This mapping as one normalised line (values, not layout or comments), to tell whether an entry changed.</summary>
    public string Canonical()
    {
        var text = new System.Text.StringBuilder();
        Write(text, _map);
        return text.ToString();
    }

    private static void Write(System.Text.StringBuilder text, YamlNode node)
    {
        switch (node)
        {
            case YamlScalarNode s:
                text.Append('"').Append(s.Value?.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)).Append('"');
                break;
            case YamlSequenceNode seq:
                text.Append('[');
                foreach (var item in seq)
                {
                    Write(text, item);
                    text.Append(',');
                }
                text.Append(']');
                break;
            case YamlMappingNode map:
                text.Append('{');
                foreach (var (k, v) in map.Children)
                {
                    Write(text, k);
                    text.Append(':');
                    Write(text, v);
                    text.Append(',');
                }
                text.Append('}');
                break;
            default:
                text.Append('?');
                break;
        }
    }

    /// <summary>Fails at the first key that no reader asked for.</summary>
    public void RejectUnknownKeys()
    {
        foreach (var (k, _) in _map.Children)
        {
            var name = (k as YamlScalarNode)?.Value ?? "";
            if (!_read.Contains(name))
                throw ErrorAt(k, $"unknown key '{name}' (known here: {string.Join(", ", _read.Order(StringComparer.Ordinal))})");
        }
    }

    private YamlNode? Find(string key)
    {
        _read.Add(key);
        return _map.Children.TryGetValue(new YamlScalarNode(key), out var n) ? n : null;
    }

    /// <summary>Parses a YAML file whose top level is a mapping.</summary>
    public static ConfigNode Load(string file, TextReader text)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(text);
        }
        catch (YamlException e)
        {
            throw new ConfigException(file, e.Start.Line, e.Start.Column, e.InnerException?.Message ?? e.Message);
        }
        if (stream.Documents.Count == 0)
            throw new ConfigException(file, 1, 1, "the file is empty");
        return stream.Documents[0].RootNode is YamlMappingNode root
            ? new ConfigNode(file, root)
            : throw new ConfigException(file, 1, 1, "the top level must be a mapping (key: value lines)");
    }
}
