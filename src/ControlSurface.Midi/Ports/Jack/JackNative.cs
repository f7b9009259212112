using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ControlSurface.Midi.Ports.Jack;

/// <summary>P/Invoke declarations for libjack (jackd2, JACK1 and PipeWire's JACK all export these).</summary>
/// <remarks>
/// Resolved as "libjack.so.0" first (the runtime soname), then "libjack.so". Functions called on the
/// real-time thread suppress the GC transition. <c>jack_client_open</c> is variadic: only the three
/// fixed parameters are declared and JackServerName is never passed (use JACK_DEFAULT_SERVER).
/// </remarks>
internal static unsafe partial class JackNative
{
    public const string Lib = "libjack.so.0";
    public const string MidiType = "8 bit raw midi";
    public const int NoStartServer = 0x01;
    public const int UseExactName = 0x02;
    public const ulong PortIsInput = 0x01;
    public const ulong PortIsOutput = 0x02;
    public const ulong PortIsPhysical = 0x04;
    public const int EExist = 17;

    static JackNative() => NativeLibrary.SetDllImportResolver(typeof(JackNative).Assembly, Resolve);

    private static nint Resolve(string name, System.Reflection.Assembly assembly, DllImportSearchPath? path)
    {
        if (name != Lib)
            return 0;
        foreach (var candidate in (ReadOnlySpan<string>)["libjack.so.0", "libjack.so", "libjack.0.dylib", "libjack64.dll"])
        {
            if (NativeLibrary.TryLoad(candidate, assembly, path, out var handle))
                return handle;
        }
        return 0;
    }

    /// <summary>True when libjack can be loaded on this machine.</summary>
    public static bool IsAvailable
    {
        get
        {
            try
            {
                Marshal.PrelinkAll(typeof(JackNative));
                return true;
            }
            catch (DllNotFoundException)
            {
                return false;
            }
            catch (EntryPointNotFoundException)
            {
                return false;
            }
        }
    }

    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)]
    public static partial nint jack_client_open(string name, int options, out int status);

    [LibraryImport(Lib)]
    public static partial int jack_client_close(nint client);

    [LibraryImport(Lib)]
    public static partial byte* jack_get_client_name(nint client);

    [LibraryImport(Lib)]
    public static partial int jack_activate(nint client);

    [LibraryImport(Lib)]
    public static partial int jack_deactivate(nint client);

    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)]
    public static partial nint jack_port_register(nint client, string name, string type, CULong flags, CULong bufferSize);

    [LibraryImport(Lib)]
    public static partial int jack_port_unregister(nint client, nint port);

    [LibraryImport(Lib)]
    public static partial byte* jack_port_name(nint port);

    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)]
    public static partial nint jack_port_by_name(nint client, string name);

    [LibraryImport(Lib)]
    public static partial int jack_port_flags(nint port);

    [LibraryImport(Lib)]
    public static partial byte* jack_port_type(nint port);

    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int jack_port_connected_to(nint port, string otherPortName);

    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int jack_connect(nint client, string source, string destination);

    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int jack_disconnect(nint client, string source, string destination);

    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)]
    public static partial byte** jack_get_ports(nint client, string? namePattern, string? typePattern, CULong flags);

    [LibraryImport(Lib)]
    public static partial void jack_free(void* pointer);

    [LibraryImport(Lib)]
    public static partial uint jack_get_sample_rate(nint client);

    [LibraryImport(Lib)]
    public static partial uint jack_get_buffer_size(nint client);

    [LibraryImport(Lib)]
    public static partial int jack_set_process_callback(nint client, delegate* unmanaged[Cdecl]<uint, nint, int> callback, nint argument);

    [LibraryImport(Lib)]
    public static partial void jack_on_shutdown(nint client, delegate* unmanaged[Cdecl]<nint, void> callback, nint argument);

    [LibraryImport(Lib)]
    public static partial int jack_set_port_registration_callback(nint client, delegate* unmanaged[Cdecl]<uint, int, nint, void> callback, nint argument);

    [LibraryImport(Lib)]
    public static partial int jack_set_port_connect_callback(nint client, delegate* unmanaged[Cdecl]<uint, uint, int, nint, void> callback, nint argument);

    [LibraryImport(Lib)]
    public static partial int jack_port_connected(nint port);

    [LibraryImport(Lib)]
    public static partial void jack_set_error_function(delegate* unmanaged[Cdecl]<byte*, void> callback);

    [LibraryImport(Lib)]
    public static partial void jack_set_info_function(delegate* unmanaged[Cdecl]<byte*, void> callback);

    [LibraryImport(Lib), SuppressGCTransition]
    public static partial void* jack_port_get_buffer(nint port, uint frames);

    [LibraryImport(Lib), SuppressGCTransition]
    public static partial uint jack_midi_get_event_count(void* buffer);

    [LibraryImport(Lib), SuppressGCTransition]
    public static partial int jack_midi_event_get(JackMidiEvent* evt, void* buffer, uint index);

    [LibraryImport(Lib), SuppressGCTransition]
    public static partial void jack_midi_clear_buffer(void* buffer);

    [LibraryImport(Lib), SuppressGCTransition]
    public static partial byte* jack_midi_event_reserve(void* buffer, uint time, nuint size);

    [LibraryImport(Lib), SuppressGCTransition]
    public static partial uint jack_midi_get_lost_event_count(void* buffer);

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static string? Utf8(byte* text) => text is null ? null : Marshal.PtrToStringUTF8((nint)text);
}
