using ControlSurface.Core.Surfaces;

namespace ControlSurface.Core.Tests.Engine;

/// <summary>A surface that keeps every feedback command it is sent.</summary>
internal sealed class RecordingSurface(SurfaceLayout layout, string name = "test board") : ISurface
{
    public List<FeedbackCommand> Sent { get; } = [];

    public string Name => name;

    public string Kind => "test";

    public SurfaceLayout Layout => layout;

    public void Send(in FeedbackCommand command) => Sent.Add(command);

    public static SurfaceLayout Board(int faders = 8) =>
        new(faders, MotorizedFaders: true, TouchSensing: true, Pads: 16, Buttons: Mapping.StandardBoard.ButtonCount(faders), Encoders: faders, DisplayLines: 2, DisplayCharacters: 7);
}
