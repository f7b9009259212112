using YamlDotNet.RepresentationModel;

namespace ControlSurface.Midi.Profiles;

/// <summary>A <c>bind:</c> read from a control entry, resolved once every control is known.</summary>
internal sealed record PendingBinding(ProfileNode Entry, YamlNode Node, string Target, ProfileControl Control, int Strip, int Offset, double? Amount);
