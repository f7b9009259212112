using ControlSurface.Firmware.Protocol.Messages;

namespace ControlSurface.Firmware.Link;

/// <summary>The firmware surfaces the host knows, found by the identity a board announces in HELLO.</summary>
/// <remarks>Thread-safe. A surface bound to a serial number wins over one waiting for any board.</remarks>
public sealed class DeviceRoster
{
    private readonly Lock _gate = new();
    private readonly List<FirmwareSurface> _surfaces = [];

    /// <summary>The surfaces, in the order added.</summary>
    public IReadOnlyList<FirmwareSurface> Surfaces { get { lock (_gate) return [.. _surfaces]; } }

    /// <summary>Adds a surface.</summary>
    public void Add(FirmwareSurface surface)
    {
        ArgumentNullException.ThrowIfNull(surface);
        lock (_gate)
            _surfaces.Add(surface);
    }

    /// <summary>Finds the surface for a board and attaches it to <paramref name="link"/>; null when no surface takes it.</summary>
    internal (FirmwareSurface Surface, bool HasHistory, ushort Expected)? Claim(SerialLink link, in Hello hello)
    {
        lock (_gate)
        {
            var serial = hello.Serial;
            var surface = _surfaces.Find(s => s.Identity == serial) ?? _surfaces.Find(s => s.Accepts(serial));
            if (surface is null)
                return null;
            var (history, expected) = surface.Attach(link, hello);
            return (surface, history, expected);
        }
    }
}
