namespace ControlSurface.Firmware.Link;

/// <summary>Where a serial link is in its life.</summary>
public enum LinkState
{
    /// <summary>The port is closed or gone; retrying.</summary>
    Closed,
    /// <summary>The port is open; waiting for HELLO.</summary>
    AwaitingHello,
    /// <summary>HELLO arrived but no surface takes this identity; waiting.</summary>
    Unclaimed,
    /// <summary>WELCOME sent; waiting for the state dump to end.</summary>
    Resyncing,
    /// <summary>Resynchronised and running.</summary>
    Ready,
}
