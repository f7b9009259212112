using System.Buffers.Binary;
using System.Text.Json;

namespace ControlSurface.Firmware.Protocol.Messages;

/// <summary>Device to host: who the board is and what it has. Sent at boot and in answer to <see cref="HelloRequest"/>.</summary>
/// <param name="Version">The newest protocol version the device speaks.</param>
/// <param name="MinVersion">The oldest protocol version the device speaks.</param>
/// <param name="Firmware">Firmware version as major.minor.patch packed into 0x00MMmmpp.</param>
/// <param name="Capabilities">What the board has.</param>
/// <param name="NextEventSequence">The sequence number of the oldest unacknowledged event, or of the next new one.</param>
/// <param name="Serial">The stable identity: a serial number, 1-32 printable ASCII characters without spaces.</param>
/// <param name="Model">The board's model name, 0-32 printable ASCII characters.</param>
public readonly record struct Hello(
    byte Version,
    byte MinVersion,
    int Firmware,
    DeviceCapabilities Capabilities,
    ushort NextEventSequence,
    string Serial,
    string Model) : IFirmwareMessage<Hello>
{
    private const int Fixed = 5 + DeviceCapabilities.Length + 2;

    /// <inheritdoc/>
    public static MessageType Type => MessageType.Hello;

    /// <summary>The firmware version as text, e.g. "1.4.2".</summary>
    public string FirmwareText => $"{(Firmware >> 16) & 0xFF}.{(Firmware >> 8) & 0xFF}.{Firmware & 0xFF}";

    /// <inheritdoc/>
    public static bool TryRead(ReadOnlySpan<byte> payload, out Hello message)
    {
        message = default;
        if (payload.Length < Fixed + 2)
            return false;
        var serialLength = payload[Fixed];
        if (serialLength is < 1 or > 32 || payload.Length < Fixed + 1 + serialLength + 1)
            return false;
        var serial = payload.Slice(Fixed + 1, serialLength);
        var modelLength = payload[Fixed + 1 + serialLength];
        var modelStart = Fixed + 2 + serialLength;
        if (modelLength > 32 || payload.Length != modelStart + modelLength)
            return false;
        var model = payload.Slice(modelStart, modelLength);
        if (!AsciiField.IsPrintable(serial, allowSpace: false) || !AsciiField.IsPrintable(model, allowSpace: true))
            return false;
        var caps = DeviceCapabilities.Read(payload.Slice(5, DeviceCapabilities.Length));
        if (payload[0] == 0 || payload[1] == 0 || payload[1] > payload[0] || !caps.IsValid)
            return false;
        message = new Hello(
            payload[0], payload[1], (payload[2] << 16) | (payload[3] << 8) | payload[4], caps,
            BinaryPrimitives.ReadUInt16LittleEndian(payload[(5 + DeviceCapabilities.Length)..]),
            AsciiField.Read(serial), AsciiField.Read(model));
        return true;
    }

    /// <inheritdoc/>
    public int Write(Span<byte> payload)
    {
        payload[0] = Version;
        payload[1] = MinVersion;
        payload[2] = (byte)(Firmware >> 16);
        payload[3] = (byte)(Firmware >> 8);
        payload[4] = (byte)Firmware;
        Capabilities.Write(payload.Slice(5, DeviceCapabilities.Length));
        BinaryPrimitives.WriteUInt16LittleEndian(payload[(5 + DeviceCapabilities.Length)..], NextEventSequence);
        var serialLength = AsciiField.Write(Serial, payload[(Fixed + 1)..], 32);
        payload[Fixed] = (byte)serialLength;
        var modelAt = Fixed + 1 + serialLength;
        var modelLength = AsciiField.Write(Model, payload[(modelAt + 1)..], 32);
        payload[modelAt] = (byte)modelLength;
        return modelAt + 1 + modelLength;
    }

    /// <inheritdoc/>
    public void WriteJson(Utf8JsonWriter json)
    {
        ArgumentNullException.ThrowIfNull(json);
        json.WriteNumber("version", Version);
        json.WriteNumber("minVersion", MinVersion);
        json.WriteString("firmware", FirmwareText);
        json.WriteString("serial", Serial);
        json.WriteString("model", Model);
        json.WriteNumber("nextEventSeq", NextEventSequence);
        Capabilities.WriteJson(json);
    }
}
