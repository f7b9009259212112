using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ControlSurface.Midi.Profiles;

/// <summary>A YAML mapping in a profile file, with typed getters that report mistakes by line and column.</summary>
/// <remarks>Every key asked for is remembered; <see cref="RejectUnknownKeys"/> then points at a key nobody read (a typo).</remarks>
internal sealed class ProfileNode(string file, YamlMappingNode map)
{
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public string File { get; } = file;

    public YamlMappingNode Map { get; } = map;

    public ProfileException Error(string problem) => ErrorAt(Map, problem);

    public ProfileException ErrorAt(YamlNode node, string problem) => new(File, node.Start.Line, node.Start.Column, problem);

    public ProfileException ErrorAtKey(string key, string problem) => Find(key) is { } n ? ErrorAt(n, problem) : Error(problem);

    public YamlNode? Find(string key)
    {
        _read.Add(key);
        return Map.Children.TryGetValue(new YamlScalarNode(key), out var n) ? n : null;
    }

    public string? String(string key)
    {
        if (Find(key) is not { } n)
            return null;
        return n is YamlScalarNode { Value: { } v } ? v : throw ErrorAt(n, $"'{key}' must be a text value");
    }

    public int Int(string key, int fallback, int min, int max)
    {
        if (Find(key) is not { } n)
            return fallback;
        return ToInt(n, key, min, max);
    }

    public int? OptionalInt(string key, int min, int max) => Find(key) is { } n ? ToInt(n, key, min, max) : null;

    public int ToInt(YamlNode n, string what, int min, int max)
    {
        if (n is YamlScalarNode { Value: { } v } && int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i >= min && i <= max)
            return i;
        throw ErrorAt(n, $"'{what}' must be a whole number from {min} to {max}");
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
        return [.. seq.Select(item => item is YamlScalarNode { Value: { } v } ? v : throw ErrorAt(item, $"items of '{key}' must be text values"))];
    }

    public IReadOnlyList<ProfileNode> Sections(string key)
    {
        if (Find(key) is not { } n)
            return [];
        if (n is not YamlSequenceNode seq)
            throw ErrorAt(n, $"'{key}' must be a list");
        return [.. seq.Select(item => item is YamlMappingNode m ? new ProfileNode(File, m) : throw ErrorAt(item, $"items of '{key}' must be mappings"))];
    }

    public void RejectUnknownKeys()
    {
        foreach (var (k, _) in Map.Children)
        {
            var name = (k as YamlScalarNode)?.Value ?? "";
            if (!_read.Contains(name))
                throw ErrorAt(k, $"unknown key '{name}' (known here: {string.Join(", ", _read.Order(StringComparer.Ordinal))})");
        }
    }

    /// <summary>Parses a YAML document whose top level is a mapping.</summary>
    public static ProfileNode Load(string file, TextReader text)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(text);
        }
        catch (YamlException e)
        {
            throw new ProfileException(file, e.Start.Line, e.Start.Column, e.InnerException?.Message ?? e.Message);
        }
        if (stream.Documents.Count == 0)
            throw new ProfileException(file, 1, 1, "the profile is empty");
        return stream.Documents[0].RootNode is YamlMappingNode root
            ? new ProfileNode(file, root)
            : throw new ProfileException(file, 1, 1, "the top level must be a mapping (key: value lines)");
    }
}
