namespace ControlSurface.Firmware.Link;

/// <summary>What one serial link has seen: frames, errors, resyncs, reconnects and heartbeat round trips. Thread-safe.</summary>
public sealed class LinkCounters
{
    internal long FramesInValue;
    internal long FramesOutValue;
    internal long CrcErrorsValue;
    internal long FramingErrorsValue;
    internal long OversizeValue;
    internal long UnknownTypesValue;
    internal long BadPayloadsValue;
    internal long FramesLostValue;
    internal long DeviceErrorsValue;
    internal long ResyncsValue;
    internal long ReconnectsValue;
    internal long SessionsLostValue;

    /// <summary>Good frames received.</summary>
    public long FramesIn => Interlocked.Read(ref FramesInValue);

    /// <summary>Frames sent.</summary>
    public long FramesOut => Interlocked.Read(ref FramesOutValue);

    /// <summary>Frames dropped for a bad CRC.</summary>
    public long CrcErrors => Interlocked.Read(ref CrcErrorsValue);

    /// <summary>Frames dropped for broken COBS or too few bytes.</summary>
    public long FramingErrors => Interlocked.Read(ref FramingErrorsValue);

    /// <summary>Runs of more than 255 bytes without a delimiter, dropped.</summary>
    public long Oversize => Interlocked.Read(ref OversizeValue);

    /// <summary>Frames of unknown type, skipped.</summary>
    public long UnknownTypes => Interlocked.Read(ref UnknownTypesValue);

    /// <summary>Frames of a known type with a malformed payload, skipped.</summary>
    public long BadPayloads => Interlocked.Read(ref BadPayloadsValue);

    /// <summary>Frames missing according to the device's frame counter.</summary>
    public long FramesLost => Interlocked.Read(ref FramesLostValue);

    /// <summary>ERROR frames received from the device.</summary>
    public long DeviceErrors => Interlocked.Read(ref DeviceErrorsValue);

    /// <summary>Completed resynchronisations (state dump received, host state re-sent), the first connect included.</summary>
    public long Resyncs => Interlocked.Read(ref ResyncsValue);

    /// <summary>Sessions established again after a loss.</summary>
    public long Reconnects => Interlocked.Read(ref ReconnectsValue);

    /// <summary>Sessions ended by silence, a vanished port or an I/O error.</summary>
    public long SessionsLost => Interlocked.Read(ref SessionsLostValue);

    /// <summary>Heartbeat round-trip times.</summary>
    public RoundTripStats RoundTrip { get; } = new();
}
