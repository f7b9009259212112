namespace ControlSurface.Benchmarks;

/// <summary>Deterministic byte streams a controller really sends: a nanoKONTROL2 being played, an MCU's faders and buttons.</summary>
internal static class ControllerTraffic
{
    /// <summary>Messages in each stream.</summary>
    public const int Messages = 4096;

    /// <summary>nanoKONTROL2 (CC, channel 1): mostly fader and knob sweeps, some button presses and releases.</summary>
    public static byte[] NanoKontrol2()
    {
        var random = new Random(7);
        var bytes = new List<byte>(Messages * 3);
        for (var i = 0; i < Messages; i++)
        {
            var kind = random.Next(10);
            var control = random.Next(8);
            var (cc, value) = kind switch
            {
                < 5 => (control, random.Next(128)),              // fader
                < 8 => (16 + control, random.Next(128)),         // knob
                _ => (32 + 16 * random.Next(3) + control, random.Next(2) * 127), // S/M/R button
            };
            bytes.AddRange([0xB0, (byte)cc, (byte)value]);
        }
        return [.. bytes];
    }

    /// <summary>Mackie Control unit: pitch-bend fader moves with touches, V-Pot ticks and button notes.</summary>
    public static byte[] Mackie()
    {
        var random = new Random(11);
        var bytes = new List<byte>(Messages * 3);
        for (var i = 0; i < Messages; i++)
        {
            var kind = random.Next(10);
            var strip = random.Next(8);
            if (kind < 6)
            {
                var v = random.Next(16384);
                bytes.AddRange([(byte)(0xE0 | strip), (byte)(v & 0x7F), (byte)(v >> 7)]);
            }
            else if (kind < 8)
            {
                bytes.AddRange([0xB0, (byte)(0x10 + strip), (byte)(random.Next(2) == 0 ? 0x01 : 0x41)]);
            }
            else
            {
                bytes.AddRange([0x90, (byte)(random.Next(2) == 0 ? 0x68 + strip : 0x10 + strip), (byte)(random.Next(2) * 127)]);
            }
        }
        return [.. bytes];
    }
}
