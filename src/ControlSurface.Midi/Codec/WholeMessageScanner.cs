using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ControlSurface.Midi.Codec;

/// <summary>The parser's fast path between messages: delivers whole channel messages (with their own status byte or
/// under running status) and real-time bytes while the chunk holds them, and stops at the first byte it does not
/// take (SysEx, system common, undefined, a data byte with no status, a message cut by a status byte, a chunk end).
/// <see cref="MidiStreamParser"/> then takes that byte one at a time, exactly as if the fast path did not exist.</summary>
/// <remarks>
/// <list type="bullet">
/// <item>One message at a time, without a data-dependent branch: the status (its own or the running one), where its
/// data starts, how many data bytes it takes and whether it keeps running status come from arithmetic and one
/// 256-entry table look-up, so a stream that alternates between running status, new status bytes and clock bytes
/// costs no mispredicted branch here. One test, rarely taken, sends everything else back.</item>
/// <item>Strides: under a two-data-byte running status (a fader sweep), while the next 8 bytes hold no status byte
/// (one 64-bit test), they are four messages, delivered without looking at anything else.</item>
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
        ref var shapes = ref MemoryMarshal.GetReference(MidiStatus.FastShapes);
        var n = bytes.Length;
        var until = n - 2; // a message starting before here has all its bytes in the chunk
        var status = (uint)running;
        var local = sink;
        while (i < until)
        {
            if (Unsafe.Add(ref shapes, (nint)status) == 2 && i + 8 <= n
                && (Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref first, i)) & HighBits) == 0)
            {
                do
                {
                    for (var end = i + 8; i < end; i += 2)
                    {
                        var r = MidiMessage.FromParsed((byte)status, Unsafe.Add(ref first, i), Unsafe.Add(ref first, i + 1), offset + i);
                        local.OnMessage(in r);
                    }
                }
                while (i + 8 <= n && (Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref first, i)) & HighBits) == 0);
                continue;
            }
            uint b0 = Unsafe.Add(ref first, i);
            var withStatus = (int)(b0 >> 7);                                 // 1 when b0 is a status byte
            var message = status ^ ((status ^ b0) & (uint)-withStatus);      // else running status (0 when none)
            uint shape = Unsafe.Add(ref shapes, (nint)message);
            var length = (int)(shape & MidiStatus.LengthMask);               // data bytes: 0 (real-time), 1 or 2
            uint d1 = Unsafe.Add(ref first, i + withStatus) & (uint)-((length + 1) >> 1);
            uint d2 = Unsafe.Add(ref first, i + withStatus + 1) & (uint)-(length >> 1);
            if (((shape | d1 | d2) & 0x80) != 0)
                break; // not a shape the fast path takes, or a status byte where data should be
            var keep = (shape >> MidiStatus.KeepsRunningShift) & 1;         // real-time leaves running status alone
            status = message ^ ((message ^ status) & (uint)-(int)keep);
            var m = MidiMessage.FromParsed((byte)message, (byte)d1, (byte)d2, offset + i);
            local.OnMessage(in m);
            i += withStatus + length;
        }
        sink = local;
        running = (byte)status;
        return i;
    }
}
