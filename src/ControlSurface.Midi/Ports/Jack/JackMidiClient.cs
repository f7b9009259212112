using System.Runtime.InteropServices;
using ControlSurface.Midi.Ports.Native;

namespace ControlSurface.Midi.Ports.Jack;

/// <summary>A JACK client that owns MIDI ports and keeps them alive across server restarts.</summary>
/// <remarks>
/// A supervisor thread opens the client (never auto-starting a server), registers every port, activates,
/// and makes the requested connections as soon as the other ports exist. When the server goes away it
/// closes the client and retries every <see cref="JackClientOptions.EffectiveRetryInterval"/>; ports,
/// queues and wanted connections survive, so users of <see cref="JackMidiPort"/> see only a gap.
/// The process callback touches only lock-free rings (see <see cref="JackProcess"/>).
/// </remarks>
public sealed unsafe class JackMidiClient : IAsyncDisposable
{
    private readonly string _requestedName;
    private readonly JackClientOptions _options;
    private readonly EventFd _dataReady = new();
    private readonly EventFd _control = new();
    private readonly JackProcess.State _state;
    private readonly GCHandle _handle;
    private readonly Lock _portsGate = new();
    private readonly List<JackMidiPort> _ports = [];
    private readonly List<JackMidiPort> _removedPorts = [];
    private static readonly Lock s_openGate = new();
    private static readonly string? s_environmentServer = Environment.GetEnvironmentVariable("JACK_DEFAULT_SERVER");
    private long _supervisorFaults;
    private readonly Thread _supervisor;
    private readonly Thread _pump;
    private volatile bool _disposed;
    private volatile bool _connected;
    private volatile string? _actualName;
    private nint _client;
    private int _portsChanged;
    private long _opens;

    private JackMidiClient(string name, JackClientOptions options)
    {
        _requestedName = name;
        _options = options;
        _state = new JackProcess.State(_dataReady, _control);
        _handle = GCHandle.Alloc(_state);
        _supervisor = new Thread(Supervise) { IsBackground = true, Name = $"jack supervisor {name}" };
        _pump = new Thread(Pump) { IsBackground = true, Name = $"jack pump {name}" };
    }

    /// <summary>Starts a client; it connects in the background and reconnects on its own.</summary>
    /// <exception cref="DllNotFoundException">libjack is not installed.</exception>
    public static JackMidiClient Start(string name, JackClientOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        options ??= new JackClientOptions();
        if (!JackNative.IsAvailable)
            throw new DllNotFoundException("libjack.so.0 not found: install jackd2 (or pipewire-jack)");
        var client = new JackMidiClient(name, options);
        client._supervisor.Start();
        client._pump.Start();
        return client;
    }

    /// <summary>The name JACK gave the client (may differ from the requested one), or null while disconnected.</summary>
    public string? ActualName => _actualName;

    /// <summary>True while the client is open and active.</summary>
    public bool IsConnected => _connected;

    /// <summary>How many times the client was opened (2 or more means it reconnected).</summary>
    public long Opens => Interlocked.Read(ref _opens);

    /// <summary>Process cycles run so far.</summary>
    public long Cycles => Volatile.Read(ref _state.Cycles);

    /// <summary>Raised on the supervisor thread when the client comes up (true) or goes down (false).</summary>
    public event Action<bool>? ConnectionChanged;

    /// <summary>Raised on the supervisor thread after ports appeared, vanished, connected or disconnected anywhere in the JACK graph.</summary>
    public event Action? GraphChanged;

    /// <summary>Adds a duplex MIDI port ("NAME in" and "NAME out") and the connections it should keep.</summary>
    /// <param name="name">Port base name.</param>
    /// <param name="connectInputFrom">Another client's output port to feed our input, e.g. "ardour:mackie control out", or a pattern with <c>*</c> and <c>?</c> (every matching output port, case ignored).</param>
    /// <param name="connectOutputTo">Another client's input port our output feeds, e.g. "ardour:mackie control in", or a pattern (every matching input port).</param>
    public JackMidiPort AddPort(string name, string? connectInputFrom = null, string? connectOutputTo = null)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var port = new JackMidiPort(this, name, connectInputFrom, connectOutputTo, _options.QueueBytes);
        lock (_portsGate)
            _ports.Add(port);
        Volatile.Write(ref _portsChanged, 1);
        _control.Signal();
        return port;
    }

    /// <summary>Wakes the supervisor (a port wants its connections redone).</summary>
    internal void Wake() => _control.Signal();

    internal void RemovePort(JackMidiPort port)
    {
        lock (_portsGate)
        {
            if (_ports.Remove(port))
                _removedPorts.Add(port);
        }
        Volatile.Write(ref _portsChanged, 1);
        _control.Signal();
    }

    private void Supervise()
    {
        JackProcess.Prepare();
        var retryMs = (int)_options.EffectiveRetryInterval.TotalMilliseconds;
        while (!_disposed)
        {
            try
            {
                if (_client == 0 && !TryOpen())
                {
                    _control.Wait(retryMs);
                    continue;
                }
                if (Interlocked.Exchange(ref _state.ShutdownSeen, 0) == 1)
                {
                    _state.WaitOutsideCallbacks();
                    CloseClient();
                    continue;
                }
                if (Interlocked.Exchange(ref _portsChanged, 0) == 1)
                    SyncPorts();
                var graphChanged = Interlocked.Exchange(ref _state.GraphChanged, 0) == 1;
                EnsureConnections();
                if (graphChanged)
                    GraphChanged?.Invoke();
                // The wait also re-checks wanted connections once a second, in case a notification was missed.
                _control.Wait(1000);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A server that goes away mid-call (port registration, connection, a listener) must not end the
                // process, which an exception escaping this thread would: count it, start over with a fresh client.
                Interlocked.Increment(ref _supervisorFaults);
                CloseClientQuietly();
                _control.Wait(retryMs);
            }
        }
        CloseClientQuietly();
    }

    /// <summary>Faults the supervisor recovered from by reopening the client (a server gone mid-call).</summary>
    public long SupervisorFaults => Interlocked.Read(ref _supervisorFaults);

    private void CloseClientQuietly()
    {
        try
        {
            CloseClient();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Interlocked.Increment(ref _supervisorFaults);
            _client = 0;
        }
    }

    private bool TryOpen()
    {
        JackNative.jack_set_error_function(&JackProcess.OnLibraryMessage);
        JackNative.jack_set_info_function(&JackProcess.OnLibraryMessage);
        var client = OpenClient(_requestedName, _options.ServerName);
        if (client == 0)
            return false;
        var arg = GCHandle.ToIntPtr(_handle);
        if (JackNative.jack_set_process_callback(client, &JackProcess.Process, arg) != 0
            || JackNative.jack_set_port_registration_callback(client, &JackProcess.OnPortRegistration, arg) != 0
            || JackNative.jack_set_port_connect_callback(client, &JackProcess.OnPortConnect, arg) != 0)
        {
            JackNative.jack_client_close(client);
            return false;
        }
        JackNative.jack_on_shutdown(client, &JackProcess.OnShutdown, arg);
        _client = client;
        Volatile.Write(ref _state.ShutdownSeen, 0);
        _actualName = JackNative.Utf8(JackNative.jack_get_client_name(client));
        lock (_portsGate)
        {
            foreach (var port in _ports)
                port.Register(client);
        }
        PublishSlots();
        if (JackNative.jack_activate(client) != 0)
        {
            CloseClient();
            return false;
        }
        Interlocked.Increment(ref _opens);
        _connected = true;
        lock (_portsGate)
        {
            foreach (var port in _ports)
                port.Counters.AddConnect();
        }
        EnsureConnections();
        ConnectionChanged?.Invoke(true);
        return true;
    }

    /// <summary>Opens a client on <paramref name="serverName"/> (null: JACK_DEFAULT_SERVER as the process started, else "default").</summary>
    /// <remarks>
    /// libjack reads the server name from the environment at open time, and .NET's environment does not
    /// reach libc's, so the name is set with setenv under a process-wide lock just before each open.
    /// Never starts a server (JackNoStartServer): without one, libjack would fork jackd on the ALSA backend.
    /// </remarks>
    internal static nint OpenClient(string name, string? serverName)
    {
        lock (s_openGate)
        {
            LibC.SetEnv("JACK_DEFAULT_SERVER", serverName ?? s_environmentServer ?? "default", 1);
            return JackNative.jack_client_open(name, JackNative.NoStartServer, out _);
        }
    }

    /// <summary>Closes a client under the same process-wide lock as <see cref="OpenClient"/>.</summary>
    internal static void CloseClient(nint client)
    {
        lock (s_openGate)
            JackNative.jack_client_close(client); // returns -1 after a server shutdown; expected
    }

    private void SyncPorts()
    {
        lock (_portsGate)
        {
            foreach (var port in _ports)
            {
                if (!port.IsRegistered)
                {
                    port.Register(_client);
                    port.Counters.AddConnect();
                }
            }
        }
        PublishSlots();
        lock (_portsGate)
        {
            foreach (var port in _removedPorts)
                port.UnregisterIfRemoved(_client);
            _removedPorts.Clear();
        }
    }

    private void PublishSlots()
    {
        lock (_portsGate)
        {
            var slots = new JackPortSlot[_ports.Count];
            for (var i = 0; i < slots.Length; i++)
                slots[i] = _ports[i].Slot;
            _state.Slots = slots;
        }
    }

    private void EnsureConnections()
    {
        if (_client == 0 || _actualName is null)
            return;
        JackMidiPort[] ports;
        lock (_portsGate)
            ports = [.. _ports];
        foreach (var port in ports)
            port.EnsureConnections(_client, _actualName);
    }

    private void CloseClient()
    {
        var client = _client;
        if (client == 0)
            return;
        _client = 0;
        var wasConnected = _connected;
        _connected = false;
        _actualName = null;
        // libjack's per-process globals are not safe against two clients closing at once after the
        // server died (seen as a crash in jack_client_close), so opens and closes share one lock.
        CloseClient(client);
        _state.Slots = [];
        lock (_portsGate)
        {
            foreach (var port in _ports)
                port.Forget();
            foreach (var port in _removedPorts)
                port.Forget();
            _removedPorts.Clear();
        }
        if (wasConnected)
            ConnectionChanged?.Invoke(false);
    }

    private void Pump()
    {
        while (!_disposed)
        {
            _dataReady.Wait(-1);
            lock (_portsGate)
            {
                foreach (var port in _ports)
                {
                    try
                    {
                        if (Interlocked.Exchange(ref port.Slot.HasData, 0) == 1)
                            port.DataArrived();
                    }
                    catch (Exception e) when (e is not OutOfMemoryException)
                    {
                        // A reader's wake-up failing must not end the process (this is a bare thread).
                        Interlocked.Increment(ref _supervisorFaults);
                    }
                }
            }
        }
    }

    /// <summary>Closes the client and stops its threads.</summary>
    public ValueTask DisposeAsync()
    {
        if (_disposed)
            return ValueTask.CompletedTask;
        _disposed = true;
        _control.Signal();
        _dataReady.Signal();
        _supervisor.Join();
        _pump.Join();
        _handle.Free();
        _dataReady.Dispose();
        _control.Dispose();
        return ValueTask.CompletedTask;
    }
}
