using System.Runtime.InteropServices;

namespace ControlSurface.Midi.Ports.Jack;

/// <summary>jack_midi_event_t: 24 bytes on LP64, 12 on 32-bit; <c>nuint</c> keeps both layouts right.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct JackMidiEvent
{
    public uint Time;
    public nuint Size;
    public byte* Buffer;
}
