using System.Text.Json;

namespace ControlSurface.Host.Bridge;

/// <summary>What configuration reloads did during a run; the report's <c>config</c> section.</summary>
/// <remarks>Changed only by the run's own flow (reloads and the final report happen one after another), so no locking.</remarks>
internal sealed class ReloadStatus(string file)
{
    /// <summary>The configuration file being watched.</summary>
    public string File { get; } = file;

    /// <summary>Reloads applied (a valid file was read and put into effect).</summary>
    public int Reloads { get; set; }

    /// <summary>Reloads refused because the file was invalid; the running configuration stayed.</summary>
    public int Rejected { get; set; }

    /// <summary>The last problem (file:line:column: what), or null if there never was one.</summary>
    public string? LastError { get; set; }

    /// <summary>What the last applied reload changed.</summary>
    public string? LastChange { get; set; }

    /// <summary>How long the engine loop stood still for the last applied reload (inputs wait in its queue meanwhile).</summary>
    public TimeSpan LastPause { get; set; }

    /// <summary>Settings changed in the file that wait for a restart.</summary>
    public IReadOnlyList<string> RestartNeeded { get; set; } = [];

    /// <summary>Writes the <c>config</c> object.</summary>
    public void Write(Utf8JsonWriter w)
    {
        w.WriteStartObject("config");
        w.WriteString("file", File);
        w.WriteNumber("reloads", Reloads);
        w.WriteNumber("rejected", Rejected);
        w.WriteString("lastError", LastError);
        w.WriteString("lastChange", LastChange);
        w.WriteNumber("lastPauseMs", Math.Round(LastPause.TotalMilliseconds, 2));
        w.WriteStartArray("restartNeeded");
        foreach (var r in RestartNeeded)
            w.WriteStringValue(r);
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
