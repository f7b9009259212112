namespace ControlSurface.Host.Takes;

/// <summary>Where the take sheet lives when nobody says: the user's data directory.</summary>
internal static class TakeSheetLocation
{
    /// <summary>The environment variable that overrides the default location.</summary>
    public const string EnvironmentVariable = "CONTROLSURFACE_TAKES_DB";

    /// <summary>
    /// The sheet's path: <paramref name="configured"/> (from --db or the config's <c>Takes:Database</c>) when given,
    /// else $CONTROLSURFACE_TAKES_DB, else $XDG_DATA_HOME/controlsurface/takes.db, else ~/.local/share/controlsurface/takes.db.
    /// </summary>
    public static string Resolve(string? configured, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        if (!string.IsNullOrWhiteSpace(configured))
            return Path.GetFullPath(configured);
        if (environment(EnvironmentVariable) is { Length: > 0 } fromEnv)
            return Path.GetFullPath(fromEnv);
        var dataHome = environment("XDG_DATA_HOME");
        if (string.IsNullOrEmpty(dataHome) || !Path.IsPathRooted(dataHome))
        {
            var home = environment("HOME") is { Length: > 0 } h ? h : Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            dataHome = Path.Combine(home, ".local", "share");
        }
        return Path.Combine(dataHome, "controlsurface", "takes.db");
    }
}
