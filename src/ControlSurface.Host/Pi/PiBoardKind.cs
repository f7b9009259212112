using ControlSurface.Host.Config;
using ControlSurface.Pi.Board;

namespace ControlSurface.Host.Pi;

/// <summary>`kind: pi`: controls wired to the Raspberry Pi's own pins and buses, described by a board file.</summary>
/// <remarks>The board file (JSON, see hardware/pi/README.md) is read and validated by `check-config` too, so a pin used twice fails before anything opens.</remarks>
internal sealed class PiBoardKind : IComponentKind
{
    public string Kind => "pi";

    public string Role => "surface";

    public string Description => "controls on the Pi's GPIO/I2C/SPI: board: FILE (JSON board description, relative to this config)";

    public object Parse(ConfigNode node)
    {
        var path = node.RequiredString("board");
        if (!Path.IsPathRooted(path))
            path = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(node.File)) ?? ".", path);
        node.Uses(path);
        try
        {
            return BoardReader.ReadFile(path);
        }
        catch (BoardException e)
        {
            throw node.ErrorAtKey("board", e.Message);
        }
        catch (IOException e)
        {
            throw node.ErrorAtKey("board", $"cannot read the board description {path}: {e.Message}");
        }
    }

    public IBridgeComponent Create(string name, object settings, BridgeContext context) =>
        new PiBoardComponent(context, name, (BoardDescription)settings);
}
