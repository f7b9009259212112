namespace ControlSurface.Midi.Profiles;

/// <summary>What learn mode knows about one control so far.</summary>
/// <param name="Source">What it sends.</param>
/// <param name="Kind">The guessed kind.</param>
/// <param name="Number">Its number within the kind (order first touched).</param>
/// <param name="Messages">Messages seen from it.</param>
/// <param name="Min">Lowest value seen.</param>
/// <param name="Max">Highest value seen.</param>
/// <param name="Entry">A ready-to-paste profile entry, e.g. "- { fader: 0, cc: 7, channel: 1 }".</param>
public sealed record LearnedControl(MessageSource Source, ProfileControlKind Kind, int Number, int Messages, int Min, int Max, string Entry);
