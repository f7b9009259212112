using System.Threading.Channels;
using ControlSurface.Core.Banks;
using ControlSurface.Core.Mapping;
using ControlSurface.Core.Model;
using ControlSurface.Core.Surfaces;
using ControlSurface.Core.Takes;

namespace ControlSurface.Core.Engine;

/// <summary>The single loop that alone changes the model: surfaces and targets post inputs, the loop applies them in order.</summary>
/// <remarks>
/// <para><see cref="Post"/> is thread-safe and never blocks. Everything else runs on the engine thread
/// (the one calling <see cref="RunAsync"/>, or a test calling <see cref="Process"/> directly).</para>
/// <para>Time comes only from the injected <see cref="TimeProvider"/>; each processed input is handed to
/// the journal first, so replaying the journal with a <see cref="ReplayClock"/> reproduces the final
/// state exactly.</para>
/// </remarks>
public sealed class BridgeEngine
{
    private readonly Channel<EngineInput> _queue;
    private readonly TimeProvider _time;
    private readonly List<SurfaceSlot> _surfaces = [];
    private readonly List<ITarget> _targets = [];
    private readonly ControlRouter _router;
    private DateTimeOffset _lastTick;
    private DateTimeOffset _now;
    private long _dropped;

    /// <summary>Creates an engine with a fresh model.</summary>
    public BridgeEngine(EngineOptions options, TimeProvider time, IEngineJournal? journal = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        _time = time ?? throw new ArgumentNullException(nameof(time));
        Journal = journal;
        Mixer = new Mixer(options.StripCount);
        for (var i = 0; i < Mixer.Strips.Count; i++)
            Mixer.Strips[i].Name = i < options.StripNames.Count ? options.StripNames[i] : $"Ch {i + 1}";
        Transport = new Transport(options.SampleRate) { TimecodeRate = options.TimecodeRate };
        Start = time.GetUtcNow();
        _lastTick = Start;
        _now = Start;
        _queue = Channel.CreateBounded<EngineInput>(new BoundedChannelOptions(options.QueueCapacity)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        Writer = new ModelWriter(this);
        Feedback = new SurfaceFeedback(this);
        _router = new ControlRouter(this);
    }

    /// <summary>The options the engine was made with.</summary>
    public EngineOptions Options { get; }

    /// <summary>The mixer model. Read it on the engine thread only.</summary>
    public Mixer Mixer { get; }

    /// <summary>The transport model. Read it on the engine thread only.</summary>
    public Transport Transport { get; }

    /// <summary>What the engine has done.</summary>
    public EngineCounters Counters { get; } = new();

    /// <summary>When the engine was created; engine time counts from here.</summary>
    public DateTimeOffset Start { get; }

    /// <summary>The surfaces, by index.</summary>
    public IReadOnlyList<SurfaceSlot> Surfaces => _surfaces;

    /// <summary>The targets, by index.</summary>
    public IReadOnlyList<ITarget> Targets => _targets;

    /// <summary>The journal every input goes to, if any.</summary>
    public IEngineJournal? Journal { get; set; }

    /// <summary>Applies values to the model and fans the changes out; for modules running on the engine thread.</summary>
    public ModelWriter Writer { get; }

    /// <summary>Turns model changes into surface feedback.</summary>
    public SurfaceFeedback Feedback { get; }

    /// <summary>Called on the engine thread for pad hits, pad pressure and button presses on controls bound to
    /// <see cref="Parameter.TakeAction"/>; the event's <see cref="ControlEvent.Control"/> is the binding's take pad slot.</summary>
    public Action<ControlEvent>? TakeActions { get; set; }

    /// <summary>The take session driven by this engine's pads, once one is attached.</summary>
    public EngineTakes? Takes { get; internal set; }

    /// <summary>Inputs refused because the queue was full (the engine stalled).</summary>
    public long DroppedInputs => Interlocked.Read(ref _dropped);

    /// <summary>Engine time of the input being processed: time since start, read once per input so a replay sees the same.</summary>
    public TimeSpan Now => _now - Start;

    /// <summary>Called on the engine thread after every tick, e.g. to copy a view of the model for a display.</summary>
    public event Action<BridgeEngine>? Ticked;

    /// <summary>Registers a surface; its bank window spans its bank-relative faders.</summary>
    /// <param name="surface">The surface.</param>
    /// <param name="mapping">Its bindings.</param>
    /// <param name="name">The name reports use (the user's, from the configuration); the surface's own by default.</param>
    public int AddSurface(ISurface surface, SurfaceMapping mapping, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(surface);
        ArgumentNullException.ThrowIfNull(mapping);
        var width = Math.Max(1, mapping.FaderWidth);
        var slot = new SurfaceSlot(_surfaces.Count, surface, mapping, new BankWindow(width, Mixer.Strips.Count), name ?? surface.Name);
        _surfaces.Add(slot);
        return slot.Index;
    }

    /// <summary>Registers a target and returns its index.</summary>
    public int AddTarget(ITarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        _targets.Add(target);
        return _targets.Count - 1;
    }

    /// <summary>Takes surface <paramref name="index"/> out (e.g. a configuration reload removed it); later inputs from it are rejected.</summary>
    /// <remarks>Call only when the loop is not running, or on the engine thread. Indices stay stable: the slot stays, silenced.</remarks>
    public void RemoveSurface(int index) => _surfaces[index].Detach();

    /// <summary>Takes target <paramref name="index"/> out: it receives no more changes; its index is never reused.</summary>
    /// <remarks>Call only when the loop is not running, or on the engine thread.</remarks>
    public void RemoveTarget(int index) => _targets[index] = new DetachedTarget(_targets[index].Name);

    /// <summary>Queues an input. Thread-safe, never blocks; false (and counted) only if the engine has stalled.</summary>
    public bool Post(in EngineInput input)
    {
        if (_queue.Writer.TryWrite(input))
            return true;
        Interlocked.Increment(ref _dropped);
        return false;
    }

    /// <summary>Runs the loop until cancelled: ticks on <see cref="EngineOptions.TickInterval"/> and applies inputs in order.</summary>
    public async Task RunAsync(CancellationToken cancellation)
    {
        using var timer = _time.CreateTimer(static s => ((BridgeEngine)s!).Post(EngineInput.Tick()), this, Options.TickInterval, Options.TickInterval);
        var reader = _queue.Reader;
        try
        {
            while (await reader.WaitToReadAsync(cancellation).ConfigureAwait(false))
            {
                while (reader.TryRead(out var input))
                    Process(input);
            }
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            // Stopping is the normal way out.
        }
    }

    /// <summary>Applies everything queued so far, on the calling thread. For shutdown and tests.</summary>
    public void Drain()
    {
        while (_queue.Reader.TryRead(out var input))
            Process(input);
    }

    /// <summary>Applies one input now. Call only from the engine thread.</summary>
    public void Process(in EngineInput input)
    {
        var at = _time.GetUtcNow();
        _now = at;
        Journal?.Record(at, input);
        Counters.Inputs++;
        switch (input.Kind)
        {
            case EngineInputKind.Control:
                Counters.ControlEvents++;
                _router.Handle(input.Control);
                break;
            case EngineInputKind.TargetUpdate:
                Counters.TargetUpdates++;
                Writer.Apply(input.Address, input.Value, input.Origin, input.Text);
                break;
            case EngineInputKind.Tick:
                Counters.Ticks++;
                Tick(at);
                break;
            case EngineInputKind.SurfaceStatus:
                ApplyStatus(input);
                break;
            default:
                Counters.RejectedInputs++;
                break;
        }
    }

    private void Tick(DateTimeOffset at)
    {
        var elapsed = at - _lastTick;
        _lastTick = at;
        if (elapsed > TimeSpan.Zero)
            Transport.Advance(elapsed);
        var now = at - Start;
        Mixer.Master.Meter.Decay(now);
        // A for loop: foreach over IReadOnlyList would box an enumerator every tick.
        var strips = Mixer.Strips;
        for (var i = 0; i < strips.Count; i++)
            strips[i].Meter.Decay(now);
        Feedback.Tick(now);
        Ticked?.Invoke(this);
    }

    private void ApplyStatus(in EngineInput input)
    {
        var index = input.Origin.Index;
        if ((uint)index >= (uint)_surfaces.Count)
        {
            Counters.RejectedInputs++;
            return;
        }
        var slot = _surfaces[index];
        if (slot.Removed)
            return; // the final status of a surface a reload took out
        var connected = input.Value != 0;
        var reconnected = connected && !slot.Connected;
        slot.Connected = connected;
        slot.CountersJson = input.Text ?? "{}";
        if (reconnected)
            Feedback.Resend(slot);
    }
}
