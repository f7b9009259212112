namespace ControlSurface.Core.Engine;

/// <summary>The kind of thing a change came from.</summary>
public enum OriginKind : byte
{
    /// <summary>The engine (timers, transport).</summary>
    Engine,
    /// <summary>A control surface (a hand).</summary>
    Surface,
    /// <summary>A target (DAW, mixer, built-in automation).</summary>
    Target,
}
