namespace ControlSurface.Firmware.Serial;

/// <summary>Opens serial ports with the path that suits the platform.</summary>
public static class SerialPaths
{
    /// <summary>The direct tty path on Linux, System.IO.Ports elsewhere.</summary>
    public static ISerialTransport OpenDefault(string path) =>
        OperatingSystem.IsLinux() ? TtyTransport.Open(path) : SerialPortTransport.Open(path);

    /// <summary>Opens by the named kind: "tty" (Linux direct), "ports" (System.IO.Ports) or "auto".</summary>
    /// <exception cref="ArgumentException">An unknown kind.</exception>
    public static Func<string, ISerialTransport> Opener(string kind) => kind switch
    {
        "tty" => TtyTransport.Open,
        "ports" => SerialPortTransport.Open,
        "auto" => OpenDefault,
        _ => throw new ArgumentException($"unknown serial path '{kind}' (tty, ports or auto)", nameof(kind)),
    };
}
