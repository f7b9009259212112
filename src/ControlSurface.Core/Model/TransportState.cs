namespace ControlSurface.Core.Model;

/// <summary>What the transport is doing.</summary>
public enum TransportState
{
    /// <summary>Not moving.</summary>
    Stopped,
    /// <summary>Rolling at normal speed, not recording.</summary>
    Playing,
    /// <summary>Rolling and recording (record enabled, and inside the punch range when punch is on).</summary>
    Recording,
    /// <summary>Held where it is, ready to resume what it was doing.</summary>
    Paused,
}
