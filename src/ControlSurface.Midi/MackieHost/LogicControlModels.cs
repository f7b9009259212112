namespace ControlSurface.Midi.MackieHost;

/// <summary>Model bytes of the Logic Control family, and the answer to its connection challenge.</summary>
/// <remarks>See reference/mackie-control.md section 2; the shift in the second byte is by 4 (Apple's document), not Ardour's variant.</remarks>
public static class LogicControlModels
{
    /// <summary>Logic Control main unit.</summary>
    public const byte Main = 0x10;

    /// <summary>Logic Control XT.</summary>
    public const byte Extender = 0x11;

    /// <summary>SysEx command: host connection reply (serial + response).</summary>
    public const byte ConnectionReply = 0x02;

    /// <summary>Computes the 4-byte response to a unit's 4-byte challenge.</summary>
    public static void Respond(ReadOnlySpan<byte> challenge, Span<byte> response)
    {
        int c1 = challenge[0], c2 = challenge[1], c3 = challenge[2], c4 = challenge[3];
        response[0] = (byte)((c1 + (c2 ^ 0x0A) - c4) & 0x7F);
        response[1] = (byte)(((c3 >> 4) ^ (c1 + c4)) & 0x7F);
        response[2] = (byte)(((c4 - (c3 << 2)) ^ (c1 | c2)) & 0x7F);
        response[3] = (byte)((c2 - c3 + (0xF0 ^ (c4 << 4))) & 0x7F);
    }
}
