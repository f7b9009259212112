using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ControlSurface.Midi.Codec;

/// <summary>The parser's fast path between messages: delivers whole channel messages (with their own status byte or
/// under running status) and real-time bytes while the chunk holds them, and stops at the first byte it does not
/// take (SysEx, system common, undefined, a data byte with no status, a message cut by a status byte, a chunk end).
/// <see cref="MidiStreamParser"/> then takes that byte one at a time, exactly as if the fast path did not exist.</summary>
/// <remarks>
/// <list type="bullet">
/// <item>Laid out for the common case first: a data byte under a two-data-byte running status, then a real-time byte,
/// then a channel message with its status byte; every other byte (and a status byte where data should be) stops it.
/// Tried and measured slower on mixed surface traffic: a branch-free loop with a status table, and 64-byte blocks
/// classified with vector compares. Both make the next message's position wait on the current byte's load; the
/// branches let the CPU run ahead.</item>
/// <item>Strides: under running status, when the next 8 bytes hold no status byte (one 64-bit test), they are four
/// messages of a fader sweep, delivered without a test each.</item>
/// </list>
/// <para>The sink is copied to a local for the loop so a small struct sink's fields stay in registers (not behind the
/// caller's reference), and written back before the caller can see it. If the sink throws, the sink and the parser
/// are left in an unspecified state.</para>
/// </remarks>
internal static class WholeMessageScanner
{
    private const ulong HighBits = 0x8080_8080_8080_8080;

    /// <summary>Scans from <paramref name="i"/>; returns where it stopped. <paramref name="running"/> is the running
    /// status (0 for none) on entry and on return; <paramref name="offset"/> is the stream offset of bytes[0].</summary>
    public static int Scan<TSink>(ReadOnlySpan<byte> bytes, int i, ref byte running, long offset, ref TSink sink)
        where TSink : IMidiSink, allows ref struct
    {
        ref var first = ref MemoryMarshal.GetReference(bytes);
        var n = bytes.Length;
        var last = n - 2; // a message starting before here has all its bytes in the chunk
        var status = (uint)running;
        var local = sink;
        while (i < last)
        {
            uint b0 = Unsafe.Add(ref first, i);
            if (b0 < 0x80)
            {
                // Running status: two data bytes for a two-data-byte status.
                if (status == 0 || (status & 0xE0) == 0xC0)
                    break;
                if (i + 8 <= n && (Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref first, i)) & HighBits) == 0)
                {
                    // Eight data bytes: four messages of a fader sweep, nothing to decide per message.
                    for (var end = i + 8; i < end; i += 2)
                    {
                        var r = MidiMessage.FromParsed((byte)status, Unsafe.Add(ref first, i), Unsafe.Add(ref first, i + 1), offset + i);
                        local.OnMessage(in r);
                    }
                    continue;
                }
                uint d = Unsafe.Add(ref first, i + 1);
                if (d >= 0x80)
                    break;
                var m = MidiMessage.FromParsed((byte)status, (byte)b0, (byte)d, offset + i);
                local.OnMessage(in m);
                i += 2;
                continue;
            }
            if (b0 >= 0xF8 && !MidiStatus.IsUndefined((byte)b0))
            {
                var rt = MidiMessage.FromParsed((byte)b0, 0, 0, offset + i);
                local.OnMessage(in rt);
                i++;
                continue;
            }
            uint b1 = Unsafe.Add(ref first, i + 1);
            uint b2 = Unsafe.Add(ref first, i + 2);
            if (b0 >= 0xF0 || (b0 & 0xE0) == 0xC0 || (b1 | b2) >= 0x80)
                break;
            status = b0;
            var full = MidiMessage.FromParsed((byte)b0, (byte)b1, (byte)b2, offset + i);
            local.OnMessage(in full);
            i += 3;
        }
        sink = local;
        running = (byte)status;
        return i;
    }
}
