using NAudio.Midi;

namespace ControlSurface.Benchmarks;

/// <summary>The baseline: a minimal byte framer (running status, real-time, SysEx copied to an array) feeding
/// NAudio's <see cref="MidiEvent.FromRawMessage"/>, as someone pairing NAudio with a raw port on Linux would write.</summary>
internal sealed class NAudioFramer
{
    private readonly byte[] _sysEx = new byte[65536];
    private int _sysExLength;
    private bool _inSysEx;
    private int _status;
    private int _needed;
    private int _count;
    private int _data1;

    /// <summary>False: count the decoded events without reading their fields (the parse alone, to compare with a
    /// counting sink on our side).</summary>
    public bool ReadFields { get; init; } = true;

    /// <summary>Frames and decodes every message; returns a checksum of the decoded fields so none is skipped.</summary>
    public long Run(ReadOnlySpan<byte> bytes)
    {
        long sum = 0;
        foreach (var b in bytes)
        {
            if (b >= 0xF8)
            {
                sum += Consume(MidiEvent.FromRawMessage(b), ReadFields);
            }
            else if (b >= 0x80)
            {
                if (_inSysEx)
                {
                    sum += _sysEx.AsSpan(0, _sysExLength).ToArray().Length;
                    _inSysEx = false;
                    if (b == 0xF7)
                        continue;
                }
                if (b == 0xF0)
                {
                    _inSysEx = true;
                    _sysExLength = 0;
                    _status = 0;
                    continue;
                }
                _status = b;
                _needed = (b & 0xE0) == 0xC0 || b is 0xF1 or 0xF3 ? 1 : b is 0xF6 ? 0 : 2;
                _count = 0;
            }
            else if (_inSysEx)
            {
                _sysEx[_sysExLength++] = b;
            }
            else if (_status != 0)
            {
                if (_count++ == 0)
                    _data1 = b;
                if (_count < _needed)
                    continue;
                var data2 = _needed == 2 ? b : 0;
                sum += Consume(MidiEvent.FromRawMessage(_status | (_data1 << 8) | (data2 << 16)), ReadFields);
                _count = 0;
            }
        }
        return sum;
    }

    private static long Consume(MidiEvent e, bool readFields) => !readFields ? 1 : e switch
    {
        PitchWheelChangeEvent pb => pb.Pitch,
        ControlChangeEvent cc => (int)cc.Controller + cc.ControllerValue,
        NoteEvent n => n.NoteNumber + n.Velocity,
        _ => 1,
    };
}
