using System.Text.Json;

namespace ControlSurface.Host.Config;

/// <summary>A component that talks to the outside world as a target (a DAW link) and reports that link in the run's report.</summary>
/// <remarks>
/// Written into the report's <c>targets</c> section at the end of a live run. The engine knows nothing of it, so a
/// replay has no such section: it is about the links of that run, not the model.
/// </remarks>
internal interface ITargetStatus
{
    /// <summary>Writes one JSON object: at least <c>name</c> and <c>kind</c>, then the link's state and counters.</summary>
    void WriteStatus(Utf8JsonWriter writer);
}
