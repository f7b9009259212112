using System.IO.Ports;

namespace ControlSurface.Firmware.Serial;

/// <summary>The portable serial path through System.IO.Ports (Windows, macOS, and port enumeration everywhere).</summary>
/// <remarks>On Linux every call waits on the library's 1 ms I/O loop (~2 ms per round trip); use <see cref="TtyTransport"/> there.</remarks>
public sealed class SerialPortTransport : ISerialTransport
{
    private readonly SerialPort _port;
    private readonly Stream _stream;
    private int _disposed;

    private SerialPortTransport(SerialPort port)
    {
        _port = port;
        _stream = port.BaseStream;
    }

    /// <inheritdoc/>
    public string Path => _port.PortName;

    /// <summary>Opens <paramref name="path"/> at 115200 8N1, no handshake, DTR raised (many boards wait for it).</summary>
    /// <exception cref="IOException">The port does not exist or cannot be opened.</exception>
    public static SerialPortTransport Open(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var port = new SerialPort(path, 115200, Parity.None, 8, StopBits.One)
        {
            Handshake = Handshake.None,
            ReadBufferSize = 64 * 1024,
            WriteBufferSize = 64 * 1024,
        };
        try
        {
            port.Open();
        }
        catch (UnauthorizedAccessException e)
        {
            port.Dispose();
            throw new IOException($"open {path}: {e.Message}", e);
        }
        catch
        {
            port.Dispose();
            throw;
        }
        try
        {
            port.DtrEnable = true;
        }
        catch (IOException)
        {
            // A pseudo-terminal has no modem lines; the link works without DTR.
        }
        return new SerialPortTransport(port);
    }

    /// <summary>Serial ports the system knows (for `--port` suggestions).</summary>
    public static IReadOnlyList<string> PortNames() => SerialPort.GetPortNames();

    /// <inheritdoc/>
    public int Read(Span<byte> buffer)
    {
        try
        {
            return Volatile.Read(ref _disposed) != 0 ? 0 : _stream.Read(buffer);
        }
        catch (Exception e) when (Volatile.Read(ref _disposed) != 0 && e is IOException or ObjectDisposedException or OperationCanceledException)
        {
            return 0;
        }
    }

    /// <inheritdoc/>
    public void Write(ReadOnlySpan<byte> data)
    {
        try
        {
            _stream.Write(data);
        }
        catch (InvalidOperationException e)
        {
            throw new IOException($"write {Path}: {e.Message}", e);
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
            return;
        _port.Dispose();
    }
}
