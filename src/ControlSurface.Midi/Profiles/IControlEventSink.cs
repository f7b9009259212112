using ControlSurface.Core.Surfaces;

namespace ControlSurface.Midi.Profiles;

/// <summary>Receives the control events a <see cref="ProfileDecoder"/> decodes.</summary>
/// <remarks>Implement on a struct and pass by <c>ref</c> so calls are direct and nothing is boxed.</remarks>
public interface IControlEventSink
{
    /// <summary>One control event.</summary>
    void OnControl(in ControlEvent controlEvent);

    /// <summary>A message no control of the profile claims (for learn mode and counters).</summary>
    void OnUnclaimed(in Codec.MidiMessage message);
}
