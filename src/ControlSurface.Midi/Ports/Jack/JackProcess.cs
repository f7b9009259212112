using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ControlSurface.Midi.Ports.Native;

namespace ControlSurface.Midi.Ports.Jack;

/// <summary>The callbacks JACK calls on its own threads. Allocation-free, lock-free, and they never throw.</summary>
internal static unsafe class JackProcess
{
    private static long s_callbackFaults;
    private static long s_libraryErrors;

    /// <summary>Exceptions caught inside callbacks (each would otherwise have killed the process).</summary>
    public static long CallbackFaults => Volatile.Read(ref s_callbackFaults);

    /// <summary>Error lines libjack reported (kept off stderr; reconnect attempts produce many).</summary>
    public static long LibraryErrors => Volatile.Read(ref s_libraryErrors);

    /// <summary>State shared with the real-time thread through a GCHandle.</summary>
    internal sealed class State(EventFd dataReady, EventFd control)
    {
        public volatile JackPortSlot[] Slots = [];
        public readonly EventFd DataReady = dataReady;
        public readonly EventFd Control = control;
        public int ShutdownSeen;
        public int GraphChanged;
        public long Cycles;

        /// <summary>JACK threads inside one of our callbacks right now (see <see cref="WaitOutsideCallbacks"/>).</summary>
        public int InCallback;

        /// <summary>
        /// Waits (bounded) until no JACK thread is inside our managed callbacks, plus a short grace to leave the stub.
        /// After the server died, jack_client_close cancels libjack's threads (pthread_cancel); a cancel that unwinds
        /// through managed frames aborts the process ("FATAL: exception not rethrown"), so close only once they are out.
        /// </summary>
        public void WaitOutsideCallbacks()
        {
            var deadline = Environment.TickCount64 + 500;
            while (Volatile.Read(ref InCallback) != 0 && Environment.TickCount64 < deadline)
                Thread.Sleep(1);
            Thread.Sleep(20);
        }
    }

    /// <summary>JIT-compiles the callbacks and the ring methods they call, so the first cycle does not.</summary>
    public static void Prepare()
    {
        foreach (var name in (ReadOnlySpan<string>)[nameof(Process), nameof(OnShutdown), nameof(OnPortRegistration), nameof(OnPortConnect), nameof(OnLibraryMessage)])
            RuntimeHelpers.PrepareMethod(typeof(JackProcess).GetMethod(name, System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!.MethodHandle);
        var ring = new SpscByteRing(16);
        Span<byte> scratch = stackalloc byte[4];
        ring.TryWrite(scratch[..2], scratch[..1]);
        ring.Peek(scratch);
        ring.Skip(1);
        ring.Read(scratch);
        _ = ring.Count;
        new MidiPortCounters().AddIn(0);
        new MidiPortCounters().AddDroppedIn(0);
        new MidiPortCounters().AddOut(0);
        new MidiPortCounters().AddDroppedOut();
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    internal static int Process(uint frames, nint argument)
    {
        State? state = null;
        try
        {
            state = (State)GCHandle.FromIntPtr(argument).Target!;
            Interlocked.Increment(ref state.InCallback);
            state.Cycles++;
            var slots = state.Slots;
            var signal = false;
            for (var i = 0; i < slots.Length; i++)
                signal |= ProcessSlot(slots[i], frames);
            if (signal)
                state.DataReady.Signal();
        }
        catch (Exception)
        {
            Interlocked.Increment(ref s_callbackFaults);
        }
        finally
        {
            if (state is not null)
                Interlocked.Decrement(ref state.InCallback);
        }
        return 0;
    }

    private static bool ProcessSlot(JackPortSlot slot, uint frames)
    {
        var received = false;
        if (slot.InPort != 0)
        {
            var buffer = JackNative.jack_port_get_buffer(slot.InPort, frames);
            var count = JackNative.jack_midi_get_event_count(buffer);
            JackMidiEvent evt;
            for (uint e = 0; e < count; e++)
            {
                if (JackNative.jack_midi_event_get(&evt, buffer, e) != 0)
                    continue;
                var bytes = new ReadOnlySpan<byte>(evt.Buffer, (int)evt.Size);
                if (slot.Received.TryWrite(bytes))
                {
                    slot.Counters.AddIn(bytes.Length);
                    received = true;
                }
                else
                {
                    slot.Counters.AddDroppedIn(bytes.Length);
                }
            }
            if (received)
                Volatile.Write(ref slot.HasData, 1);
        }
        if (slot.OutPort != 0)
        {
            var buffer = JackNative.jack_port_get_buffer(slot.OutPort, frames);
            JackNative.jack_midi_clear_buffer(buffer);
            Span<byte> header = stackalloc byte[2];
            while (slot.ToSend.Peek(header) == 2)
            {
                var length = header[0] | (header[1] << 8);
                var target = JackNative.jack_midi_event_reserve(buffer, 0, (nuint)length);
                if (target is null)
                    break; // port buffer full: the rest goes out next cycle
                slot.ToSend.Skip(2);
                slot.ToSend.Read(new Span<byte>(target, length));
                slot.Counters.AddOut(length);
            }
        }
        return received;
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    internal static void OnShutdown(nint argument)
    {
        State? state = null;
        try
        {
            state = (State)GCHandle.FromIntPtr(argument).Target!;
            Interlocked.Increment(ref state.InCallback);
            Volatile.Write(ref state.ShutdownSeen, 1);
            state.Control.Signal();
        }
        catch (Exception)
        {
            Interlocked.Increment(ref s_callbackFaults);
        }
        finally
        {
            if (state is not null)
                Interlocked.Decrement(ref state.InCallback);
        }
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    internal static void OnPortRegistration(uint port, int registered, nint argument)
    {
        State? state = null;
        try
        {
            state = (State)GCHandle.FromIntPtr(argument).Target!;
            Interlocked.Increment(ref state.InCallback);
            if (Interlocked.Exchange(ref state.GraphChanged, 1) == 0)
                state.Control.Signal();
        }
        catch (Exception)
        {
            Interlocked.Increment(ref s_callbackFaults);
        }
        finally
        {
            if (state is not null)
                Interlocked.Decrement(ref state.InCallback);
        }
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    internal static void OnPortConnect(uint a, uint b, int connected, nint argument)
    {
        State? state = null;
        try
        {
            state = (State)GCHandle.FromIntPtr(argument).Target!;
            Interlocked.Increment(ref state.InCallback);
            if (Interlocked.Exchange(ref state.GraphChanged, 1) == 0)
                state.Control.Signal();
        }
        catch (Exception)
        {
            Interlocked.Increment(ref s_callbackFaults);
        }
        finally
        {
            if (state is not null)
                Interlocked.Decrement(ref state.InCallback);
        }
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    internal static void OnLibraryMessage(byte* message) => Interlocked.Increment(ref s_libraryErrors);
}
