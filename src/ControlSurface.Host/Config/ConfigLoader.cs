using ControlSurface.Core.Engine;
using ControlSurface.Core.Model;

namespace ControlSurface.Host.Config;

/// <summary>Reads a bridge configuration (YAML) and checks all of it before anything runs.</summary>
/// <remarks>
/// Layout: <c>engine:</c> (strips, sampleRate, timecodeFps, stripNames), <c>surfaces:</c> and <c>targets:</c> (lists of
/// entries with a <c>kind:</c> and that kind's settings), <c>takes:</c> (db, pads, songs). Every mistake is reported
/// as <c>file:line:column: problem</c>.
/// </remarks>
internal static class ConfigLoader
{
    public static BridgeConfig LoadFile(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConfigException(path, 0, 0, e.Message);
        }
        return Parse(path, text);
    }

    public static BridgeConfig Parse(string source, string text)
    {
        var root = ConfigNode.Load(source, new StringReader(text));
        var engine = ParseEngine(root.Section("engine"));
        var components = new List<ComponentConfig>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (section, role) in new[] { ("surfaces", "surface"), ("targets", "target") })
        {
            var entries = root.Sections(section);
            for (var i = 0; i < entries.Count; i++)
            {
                var node = entries[i];
                var kindName = node.RequiredString("kind");
                var kind = ComponentKinds.All.FirstOrDefault(k => k.Kind == kindName && k.Role == role)
                    ?? throw node.ErrorAtKey("kind", $"unknown {role} kind '{kindName}' (known: {string.Join(", ", ComponentKinds.All.Where(k => k.Role == role).Select(k => k.Kind))})");
                var name = node.String("name") ?? $"{kindName} {i + 1}";
                if (!names.Add(name))
                    throw node.ErrorAtKey("name", $"the name '{name}' is used twice; give each surface and target its own");
                var feedback = role == "surface" ? FeedbackSection.Parse(node) : null;
                var settings = kind.Parse(node);
                node.RejectUnknownKeys();
                components.Add(new ComponentConfig(kind, name, settings, Fingerprint(node), node.Files, feedback));
            }
        }
        var extras = new Dictionary<string, string>(StringComparer.Ordinal);
        if (root.Section("takes") is { } takes)
        {
            if (takes.String("db") is { } db)
                extras["takes.db"] = db;
            if (takes.Has("pads"))
            {
                var pads = string.Join('\n', takes.Strings("pads"));
                try
                {
                    Core.Pads.PadLayout.Parse(pads);
                }
                catch (FormatException e)
                {
                    throw takes.ErrorAtKey("pads", e.Message.Replace("pad layout line", "pads item", StringComparison.Ordinal));
                }
                extras["takes.pads"] = pads;
            }
            if (takes.Has("songs"))
                extras["takes.songs"] = string.Join('\n', takes.Strings("songs"));
            takes.RejectUnknownKeys();
        }
        root.RejectUnknownKeys();
        return new BridgeConfig(source, engine, components, extras);
    }

    private static string Fingerprint(ConfigNode node)
    {
        var text = new System.Text.StringBuilder(node.Canonical());
        foreach (var file in node.Files)
        {
            // The kind has just read the file; hash what is there now (a later edit triggers another reload).
            // The content itself, not a hash: no crypto library (OpenSSL) needed by the Pi build for a few hundred bytes.
            var content = File.Exists(file) ? Convert.ToBase64String(File.ReadAllBytes(file)) : "missing";
            text.Append('\n').Append(file).Append('=').Append(content);
        }
        return text.ToString();
    }

    private static EngineOptions ParseEngine(ConfigNode? node)
    {
        if (node is null)
            return new EngineOptions();
        var options = new EngineOptions
        {
            StripCount = node.Int("strips", 32, 1, 1024),
            SampleRate = node.Int("sampleRate", 48_000, 8_000, 384_000),
            StripNames = node.Strings("stripNames"),
            TimecodeRate = (node.String("timecodeFps") ?? "30") switch
            {
                "24" => TimecodeRate.Fps24,
                "25" => TimecodeRate.Fps25,
                "29.97df" => TimecodeRate.Fps2997DropFrame,
                "30" => TimecodeRate.Fps30,
                var other => throw node.ErrorAtKey("timecodeFps", $"timecodeFps must be 24, 25, 29.97df or 30, not '{other}'"),
            },
        };
        node.RejectUnknownKeys();
        return options;
    }
}
