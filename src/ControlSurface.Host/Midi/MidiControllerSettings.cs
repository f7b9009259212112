using ControlSurface.Core.Feedback;
using ControlSurface.Midi.Profiles;

namespace ControlSurface.Host.Midi;

/// <summary>The checked settings of one `kind: midi-controller` entry.</summary>
internal sealed record MidiControllerSettings(ControllerProfile Profile, string Port, int Unit, int Baud, PickupMode Pickup, JackPortSettings? Jack = null);
