
namespace ControlSurface.Midi.Profiles;

/// <summary>The profiles shipped inside the assembly (Profiles/BuiltIn/*.yaml), by short name.</summary>
public static class BuiltInProfiles
{
    private const string Prefix = "ControlSurface.Midi.Profiles.BuiltIn.";
    private static readonly Lazy<IReadOnlyDictionary<string, ControllerProfile>> Loaded = new(LoadAll);

    /// <summary>Short names, e.g. "nanokontrol2", "mpd218", "launchpad-mini-mk3".</summary>
    public static IReadOnlyCollection<string> Names => Loaded.Value.Keys.Order(StringComparer.Ordinal).ToArray();

    /// <summary>All built-in profiles.</summary>
    public static IEnumerable<ControllerProfile> All => Names.Select(n => Loaded.Value[n]);

    /// <summary>The built-in profile called <paramref name="name"/> (case-insensitive), if any.</summary>
    public static bool TryGet(string name, out ControllerProfile profile)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Loaded.Value.TryGetValue(name.ToLowerInvariant(), out profile!);
    }

    /// <summary>The first built-in profile whose port patterns match <paramref name="portName"/>.</summary>
    public static ControllerProfile? ForPort(string portName) => All.FirstOrDefault(p => p.Matches(portName));

    /// <summary>The text of a built-in profile (to copy and edit).</summary>
    public static string Text(string name)
    {
        using var stream = typeof(BuiltInProfiles).Assembly.GetManifestResourceStream(Prefix + name.ToLowerInvariant() + ".yaml")
            ?? throw new ArgumentException($"no built-in profile '{name}' (known: {string.Join(", ", Names)})", nameof(name));
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static IReadOnlyDictionary<string, ControllerProfile> LoadAll()
    {
        var all = new Dictionary<string, ControllerProfile>(StringComparer.Ordinal);
        var assembly = typeof(BuiltInProfiles).Assembly;
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(Prefix, StringComparison.Ordinal) || !resource.EndsWith(".yaml", StringComparison.Ordinal))
                continue;
            var name = resource[Prefix.Length..^5];
            all[name] = ProfileLoader.Parse("builtin:" + name, Text(name));
        }
        return all;
    }

}
