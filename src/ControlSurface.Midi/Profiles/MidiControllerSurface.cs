using ControlSurface.Core.Feedback;
using ControlSurface.Core.Surfaces;
using ControlSurface.Midi.Ports;

namespace ControlSurface.Midi.Profiles;

/// <summary>Any MIDI controller described by a profile, as a surface: port bytes to control events, feedback commands to port bytes.</summary>
/// <remarks>
/// <para><see cref="RunAsync"/> reads the port and posts decoded events through the callback given at
/// construction; <see cref="Send"/> (engine thread) encodes on the stack and hands the bytes to the port,
/// which queues them, so it never blocks and allocates nothing.</para>
/// <para>Its <see cref="Layout"/> says which faders have motors (<see cref="SurfaceLayout.FadersWithoutMotor"/>):
/// the engine's feedback stage drives those and gives the others soft takeover, so a fader without a motor
/// picks up the model value itself, not a glide step on its way there.</para>
/// <para>The profile's init messages go out on <see cref="Start"/> and again after the port reconnects
/// (<see cref="CheckConnection"/>); its exit messages on <see cref="Stop"/>.</para>
/// </remarks>
public sealed class MidiControllerSurface : ISurface
{
    private readonly IMidiPort _port;
    private readonly Action<ControlEvent> _post;
    private readonly ProfileEncoder _encoder;
    private readonly ProfileInput _input;
    private bool _wasConnected;

    /// <summary>Creates the surface; nothing is sent until <see cref="Start"/>.</summary>
    /// <param name="name">The identity a user sees, e.g. "Korg nanoKONTROL2 #1".</param>
    /// <param name="profile">The controller's profile.</param>
    /// <param name="port">The device's port (JACK, rawmidi, serial, loopback).</param>
    /// <param name="post">Where control events go (e.g. the engine's queue); called on the reading task.</param>
    public MidiControllerSurface(string name, ControllerProfile profile, IMidiPort port, Action<ControlEvent> post)
    {
        ArgumentNullException.ThrowIfNull(profile);
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Profile = profile;
        _port = port ?? throw new ArgumentNullException(nameof(port));
        _post = post ?? throw new ArgumentNullException(nameof(post));
        _encoder = new ProfileEncoder(profile);
        _input = new ProfileInput(new ProfileDecoder(profile));
        var layout = profile.Layout;
        var motor = new bool[layout.Faders];
        foreach (var c in profile.Controls)
        {
            if (c is { Kind: ProfileControlKind.Fader, Motor: true })
                motor[c.Number] = true;
        }
        var withoutMotor = 0L;
        for (var i = 0; i < Math.Min(motor.Length, 64); i++)
        {
            if (!motor[i])
                withoutMotor |= 1L << i;
        }
        Layout = layout with { MotorizedFaders = Array.IndexOf(motor, true) >= 0, FadersWithoutMotor = withoutMotor };
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public string Kind => "midi";

    /// <inheritdoc />
    public SurfaceLayout Layout { get; }

    /// <summary>The profile.</summary>
    public ControllerProfile Profile { get; }

    /// <summary>The engine's number for this surface, stamped on its events; set it after registering.</summary>
    public int SurfaceIndex
    {
        get => _input.Decoder.Surface;
        set => _input.Decoder.Surface = value;
    }

    /// <summary>Messages from the device that no control claims.</summary>
    public long Unclaimed => _input.Decoder.Unclaimed;

    /// <summary>Feedback commands the device has nothing to show on.</summary>
    public long FeedbackIgnored { get; private set; }

    /// <summary>Sends the profile's init messages (device mode switch).</summary>
    public void Start()
    {
        _wasConnected = _port.IsConnected;
        foreach (var m in Profile.Init)
            _port.Send(m);
    }

    /// <summary>Sends the profile's exit messages (device back to its own mode).</summary>
    public void Stop()
    {
        foreach (var m in Profile.Exit)
            _port.Send(m);
    }

    /// <summary>Call periodically: after the port comes back, re-sends init and forgets stale state. True when it just reconnected.</summary>
    public bool CheckConnection()
    {
        var now = _port.IsConnected;
        var back = now && !_wasConnected;
        _wasConnected = now;
        if (back)
        {
            Start();
        }
        return back;
    }

    /// <summary>The status counters as a JSON object, port counters included.</summary>
    public string CountersJson() =>
        $"{{\"unclaimed\":{Unclaimed},\"streamErrors\":{_input.StreamErrors},\"feedbackIgnored\":{FeedbackIgnored},\"port\":{_port.Counters.ToJson()}}}";

    /// <summary>Reads the port until cancelled, posting control events.</summary>
    public async Task RunAsync(CancellationToken cancellation)
    {
        var buffer = new byte[1024];
        var sink = new Poster(this);
        try
        {
            while (!cancellation.IsCancellationRequested)
            {
                var n = await _port.ReceiveAsync(buffer, cancellation).ConfigureAwait(false);
                _input.Feed(buffer.AsSpan(0, n), ref sink);
            }
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            // Stopping is the normal way out.
        }
    }

    /// <summary>Feeds bytes as if read from the port (for tests and replays of captured input).</summary>
    public void Receive(ReadOnlySpan<byte> bytes)
    {
        var sink = new Poster(this);
        _input.Feed(bytes, ref sink);
    }

    /// <inheritdoc />
    public void Send(in FeedbackCommand command)
    {
        Span<byte> bytes = stackalloc byte[ProfileEncoder.MaxCommandLength];
        var n = _encoder.Encode(command, bytes);
        if (n == 0)
            FeedbackIgnored++;
        else
            _port.Send(bytes[..n]);
    }

    private void OnControl(in ControlEvent e) => _post(e);

    private readonly struct Poster(MidiControllerSurface owner) : IControlEventSink
    {
        public void OnControl(in ControlEvent controlEvent) => owner.OnControl(controlEvent);

        public void OnUnclaimed(in Codec.MidiMessage message)
        {
        }
    }
}
