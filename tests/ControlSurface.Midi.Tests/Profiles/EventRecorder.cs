using ControlSurface.Core.Surfaces;
using ControlSurface.Midi.Codec;
using ControlSurface.Midi.Profiles;

namespace ControlSurface.Midi.Tests.Profiles;

/// <summary>Collects decoded events and unclaimed messages.</summary>
public sealed class EventRecorder : IControlEventSink
{
    public List<ControlEvent> Events { get; } = [];

    public List<MidiMessage> Unclaimed { get; } = [];

    public void OnControl(in ControlEvent controlEvent) => Events.Add(controlEvent);

    public void OnUnclaimed(in MidiMessage message) => Unclaimed.Add(message);

    /// <summary>Plays raw bytes through a parser and the profile's decoder.</summary>
    public static EventRecorder Play(ControllerProfile profile, params byte[] bytes)
    {
        var input = new ProfileInput(new ProfileDecoder(profile));
        var recorder = new EventRecorder();
        input.Feed(bytes, ref recorder);
        return recorder;
    }

    /// <summary>The feedback bytes for a command, as hex.</summary>
    public static string Feedback(ControllerProfile profile, FeedbackCommand command)
    {
        Span<byte> buffer = stackalloc byte[ProfileEncoder.MaxCommandLength];
        var n = new ProfileEncoder(profile).Encode(command, buffer);
        return HexBytes.Format(buffer[..n]);
    }
}
