namespace ControlSurface.Benchmarks.Mackie;

/// <summary>Mackie Control byte streams of one kind each, as a DAW and a unit exchange them over JACK (full status bytes).</summary>
internal static class MackieTraffic
{
    /// <summary>Short messages per stream.</summary>
    public const int Messages = 1024;

    /// <summary>LCD writes per stream: 7 characters per strip, both lines of 8 strips, as Ardour writes them.</summary>
    public const int LcdWrites = 256;

    /// <summary>Characters in one LCD write (one strip cell).</summary>
    public const int LcdCell = 7;

    private static readonly string[] Cells = ["Kick   ", "Snare  ", "Bass   ", "Vox    ", "L50R50 ", "  -5.9 ", "Pan    ", "Master "];

    /// <summary>Fader moves: pitch bend on strips 0-7 and the master (8).</summary>
    public static byte[] Faders() => Short(r => { var v = r.Next(16384); return [(byte)(0xE0 | r.Next(9)), (byte)(v & 0x7F), (byte)(v >> 7)]; });

    /// <summary>V-Pot ticks: CC 0x10-0x17, ±1..±4.</summary>
    public static byte[] VPots() => Short(r => [0xB0, (byte)(0x10 + r.Next(8)), (byte)((r.Next(2) * 0x40) | (1 + r.Next(4)))]);

    /// <summary>Button presses and releases (REC/SOLO/MUTE/SELECT, transport) and fader touches.</summary>
    public static byte[] Buttons() => Short(r => [0x90, (byte)(r.Next(4) == 0 ? 0x5B + r.Next(5) : r.Next(0x20)), (byte)(r.Next(2) * 0x7F)]);

    /// <summary>LCD writes, one strip cell each, top and bottom line.</summary>
    public static byte[] Lcd()
    {
        var bytes = new List<byte>(LcdWrites * 15);
        for (var i = 0; i < LcdWrites; i++)
        {
            var strip = i % 8;
            var offset = ((i / 8) % 2 * 0x38) + (strip * LcdCell);
            bytes.AddRange([0xF0, 0x00, 0x00, 0x66, 0x14, 0x12, (byte)offset]);
            foreach (var c in Cells[(i + (i / 8)) % Cells.Length])
                bytes.Add((byte)c);
            bytes.Add(0xF7);
        }
        return [.. bytes];
    }

    /// <summary>The cell texts the LCD stream writes, in order.</summary>
    public static string Cell(int write) => Cells[(write + (write / 8)) % Cells.Length];

    /// <summary>The LCD offset of a write in <see cref="Lcd"/>.</summary>
    public static int Offset(int write) => ((write / 8) % 2 * 0x38) + (write % 8 * LcdCell);

    private static byte[] Short(Func<Random, byte[]> next)
    {
        var random = new Random(5);
        var bytes = new List<byte>(Messages * 3);
        for (var i = 0; i < Messages; i++)
            bytes.AddRange(next(random));
        return [.. bytes];
    }
}
