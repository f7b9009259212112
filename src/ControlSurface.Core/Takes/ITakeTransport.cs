using ControlSurface.Core.Engine;

namespace ControlSurface.Core.Takes;

/// <summary>The take session's view of the transport: where it is, which strips are armed, and a way to command it.</summary>
/// <remarks>
/// The engine implements this over its transport and mixer model. <see cref="Send"/> emits transport
/// commands as model addresses (<see cref="Parameter.Play"/>, <see cref="Parameter.Stop"/>,
/// <see cref="Parameter.Record"/>, <see cref="Parameter.Locate"/>) for the engine to apply to the
/// model and forward to the targets (a DAW over Mackie Control, or the built-in mixer). Called on the
/// engine thread; must not block.
/// </remarks>
public interface ITakeTransport
{
    /// <summary>The transport position in samples.</summary>
    long Position { get; }

    /// <summary>Samples per second of <see cref="Position"/>.</summary>
    int SampleRate { get; }

    /// <summary>Zero-based strips whose record arm is on, ascending.</summary>
    IReadOnlyList<int> ArmedTracks { get; }

    /// <summary>Asks the engine to apply a transport command: Play, Stop and Record (record enable) with value 1, Locate with the position in samples.</summary>
    void Send(ModelAddress address, double value);
}
