namespace ControlSurface.Benchmarks;

/// <summary>Deterministic MIDI byte streams for the parser benchmarks, with how many messages each holds.</summary>
internal static class MidiBenchmarkStreams
{
    public const int Messages = 16_384;

    /// <summary>A control-surface mix: fader sweeps (pitch bend, running status), touch notes, CCs, 0xF8 clock bytes
    /// dropped anywhere (even between a status byte and its data), and ~1.6% LCD-style SysEx of 14..30 bytes.</summary>
    public static byte[] Mixed(out int messages)
    {
        var random = new Random(1042);
        var bytes = new List<byte>(Messages * 3);
        byte running = 0;
        messages = 0;
        while (messages < Messages)
        {
            var roll = random.Next(1000);
            if (roll < 16 && messages + 1 <= Messages)
            {
                var length = random.Next(14, 31);
                bytes.AddRange([0xF0, 0x00, 0x00, 0x66, 0x14, 0x12]);
                for (var i = 5; i < length; i++)
                    bytes.Add((byte)random.Next(0x20, 0x7F));
                bytes.Add(0xF7);
                running = 0;
                messages++;
                continue;
            }
            if (roll < 60)
            {
                bytes.Add(0xF8);
                messages++;
                continue;
            }
            byte status;
            byte d1;
            byte d2;
            if (roll < 600)
            {
                var value = random.Next(16384);
                (status, d1, d2) = ((byte)(0xE0 | random.Next(2)), (byte)(value & 0x7F), (byte)(value >> 7));
            }
            else if (roll < 800)
            {
                (status, d1, d2) = ((byte)(0x90 | random.Next(2)), (byte)(0x68 + random.Next(9)), (byte)(random.Next(2) * 0x7F));
            }
            else
            {
                (status, d1, d2) = ((byte)(0xB0 | random.Next(2)), (byte)(0x10 + random.Next(8)), (byte)random.Next(128));
            }
            if (status != running)
                bytes.Add(status);
            running = status;
            bytes.Add(d1);
            if (messages + 2 <= Messages && random.Next(40) == 0)
            {
                bytes.Add(0xF8); // a clock between the data bytes
                messages++;
            }
            bytes.Add(d2);
            messages++;
        }
        return [.. bytes];
    }

    /// <summary>Fader sweeps only: runs of 64 pitch bends on one channel under running status.</summary>
    public static byte[] Faders(out int messages)
    {
        var bytes = new List<byte>(Messages * 2 + Messages / 64);
        for (var i = 0; i < Messages; i++)
        {
            if (i % 64 == 0)
                bytes.Add((byte)(0xE0 | (i / 64 % 9)));
            var value = i * 37 % 16384;
            bytes.Add((byte)(value & 0x7F));
            bytes.Add((byte)(value >> 7));
        }
        messages = Messages;
        return [.. bytes];
    }
}
