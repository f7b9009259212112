namespace ControlSurface.Firmware.Serial;

/// <summary>An open serial byte stream: one reader thread, writers serialised by the caller.</summary>
/// <remarks>
/// <see cref="Read"/> blocks until bytes arrive; disposing the transport wakes it (it then returns 0).
/// A vanished device (USB unplugged, pty closed) shows as an <see cref="IOException"/> from either call.
/// </remarks>
public interface ISerialTransport : IDisposable
{
    /// <summary>The path the transport was opened on.</summary>
    string Path { get; }

    /// <summary>Blocks until at least one byte arrived; returns the count, or 0 once disposed.</summary>
    int Read(Span<byte> buffer);

    /// <summary>Writes every byte (one system call per call where possible).</summary>
    void Write(ReadOnlySpan<byte> data);
}
