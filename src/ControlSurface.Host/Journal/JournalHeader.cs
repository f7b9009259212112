using ControlSurface.Core.Engine;
using ControlSurface.Core.Mapping;
using ControlSurface.Core.Surfaces;

namespace ControlSurface.Host.Journal;

/// <summary>The first line of a journal: what the engine was built from, so a replay builds the same one.</summary>
/// <param name="Start">Engine start time; record times are offsets from it.</param>
/// <param name="Options">Engine options.</param>
/// <param name="Surfaces">Each surface's name, kind, layout and bindings, in registration order.</param>
/// <param name="Extras">Named settings of modules (e.g. the take sheet path), replayed as given.</param>
internal sealed record JournalHeader(
    DateTimeOffset Start,
    EngineOptions Options,
    IReadOnlyList<JournalSurface> Surfaces,
    IReadOnlyDictionary<string, string> Extras);

/// <summary>A surface as the journal remembers it.</summary>
/// <remarks><c>Feedback</c> and <c>Calibration</c> (profile text) are the surface's own, null when it used the engine's defaults.</remarks>
internal sealed record JournalSurface(
    string Name,
    string Kind,
    SurfaceLayout Layout,
    IReadOnlyList<ControlBinding> Bindings,
    Core.Feedback.FeedbackOptions? Feedback = null,
    string? Calibration = null);
