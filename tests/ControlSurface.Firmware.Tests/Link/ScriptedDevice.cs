using System.Buffers;
using ControlSurface.Firmware.Protocol;
using ControlSurface.Firmware.Serial;

namespace ControlSurface.Firmware.Tests.Link;

/// <summary>A hand-driven device end for tests: reads the host's frames from a pty master and writes whatever the test says.</summary>
internal sealed class ScriptedDevice
{
    private readonly ISerialTransport _port;
    private readonly FrameReader _reader = new();
    private readonly byte[] _rx = new byte[8192];
    private int _length;
    private byte _sequence;

    public ScriptedDevice(ISerialTransport port) => _port = port;

    public void Send<T>(in T message) where T : struct, IFirmwareMessage<T>
    {
        var wire = new byte[ProtocolLimits.MaxWireLength];
        _port.Write(wire.AsSpan(0, FrameWriter.Encode(message, _sequence++, wire)));
    }

    public void SendRaw(byte[] bytes) => _port.Write(bytes);

    /// <summary>Reads until a frame of <paramref name="type"/> (matching <paramref name="match"/>) arrives; returns header and payload.</summary>
    public byte[] WaitFor(MessageType type, TimeSpan timeout, Func<FrameView, bool>? match = null)
    {
        var task = Task.Run(() =>
        {
            var frame = new byte[ProtocolLimits.MaxFrameLength];
            while (true)
            {
                var input = new ReadOnlySequence<byte>(_rx, 0, _length);
                FrameStatus status;
                while ((status = _reader.Read(ref input, frame, out var n)) != FrameStatus.NeedMoreData)
                {
                    if (status == FrameStatus.Ok && Matches(new FrameView(frame.AsSpan(0, n)), type, match))
                    {
                        Keep(input);
                        return frame.AsSpan(0, n).ToArray();
                    }
                }
                Keep(input);
                var read = _port.Read(_rx.AsSpan(_length));
                if (read == 0)
                    throw new IOException("port closed");
                _length += read;
            }
        });
        return task.Wait(timeout) ? task.Result : throw new TimeoutException($"no {type} from the host");
    }

    private static bool Matches(FrameView f, MessageType type, Func<FrameView, bool>? match) =>
        f.Type == type && (match is null || match(f));

    private void Keep(ReadOnlySequence<byte> rest)
    {
        var n = (int)rest.Length;
        _rx.AsSpan(_length - n, n).CopyTo(_rx);
        _length = n;
    }
}
