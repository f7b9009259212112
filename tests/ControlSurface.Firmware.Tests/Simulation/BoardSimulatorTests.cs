using System.Buffers;
using ControlSurface.Firmware.Protocol;
using ControlSurface.Firmware.Protocol.Messages;
using ControlSurface.Firmware.Simulation;
using Microsoft.Extensions.Time.Testing;

namespace ControlSurface.Firmware.Tests.Simulation;

/// <summary>The device role in memory, on a fake clock: frames in, frames out, physics stepped explicitly.</summary>
public sealed class BoardSimulatorTests
{
    private readonly FakeTimeProvider _time = new();
    private readonly BoardSimulator _board;
    private byte _sequence;

    public BoardSimulatorTests() => _board = new BoardSimulator(new SimulatorOptions(Faders: 2, Pads: 4, Buttons: 4, Encoders: 2), _time);

    private void Host<T>(in T message) where T : struct, IFirmwareMessage<T>
    {
        var wire = new byte[ProtocolLimits.MaxWireLength];
        _board.Receive(wire.AsSpan(0, FrameWriter.Encode(message, _sequence++, wire)));
    }

    private List<(MessageType Type, byte[] Payload)> Output()
    {
        var bytes = new byte[65536];
        var input = new ReadOnlySequence<byte>(bytes, 0, _board.DrainOutput(bytes));
        var reader = new FrameReader();
        var frame = new byte[ProtocolLimits.MaxFrameLength];
        var frames = new List<(MessageType, byte[])>();
        while (reader.Read(ref input, frame, out var n) is var status && status != FrameStatus.NeedMoreData)
        {
            Assert.Equal(FrameStatus.Ok, status);
            var view = new FrameView(frame.AsSpan(0, n));
            frames.Add((view.Type, view.Payload.ToArray()));
        }
        return frames;
    }

    private static T Parse<T>(byte[] payload) where T : struct, IFirmwareMessage<T>
    {
        Assert.True(T.TryRead(payload, out var m));
        return m;
    }

    private void Connect()
    {
        Host(new Welcome(1, false, 0, 100, 500));
        Output();
    }

    private void Run(int milliseconds)
    {
        for (var i = 0; i < milliseconds; i++)
        {
            _time.Advance(TimeSpan.FromMilliseconds(1));
            _board.Step(TimeSpan.FromMilliseconds(1));
        }
    }

    [Fact]
    public void New_AtPowerUp_AnnouncesHelloWithIdentityAndCapabilities()
    {
        var hello = Parse<Hello>(Output().Single().Payload);

        Assert.Equal("SIM-0001", hello.Serial);
        Assert.Equal(2, hello.Capabilities.Faders);
        Assert.Equal(10, hello.Capabilities.FaderBits);
        Assert.True(hello.Capabilities.Motorized && hello.Capabilities.TouchSensing);
    }

    [Fact]
    public void Receive_Welcome_SendsFadersButtonsThenDumpEnd()
    {
        Output();

        Host(new Welcome(1, false, 0, 100, 500));
        var frames = Output();

        Assert.Equal([MessageType.Fader, MessageType.Fader, MessageType.Buttons, MessageType.DumpEnd], frames.Select(f => f.Type));
        Assert.True(_board.InSession);
    }

    [Fact]
    public void Receive_FaderTarget_MotorTakesTheFaderThereAndReportsIt()
    {
        Connect();

        Host(new FaderTarget(1, 600, 0));
        Run(400);
        var reports = Output().Where(f => f.Type == MessageType.Fader).Select(f => Parse<FaderReport>(f.Payload)).Where(r => r.Fader == 1).ToList();

        var (min, max) = _board.Calibration(1);
        Assert.InRange(_board.FaderPosition(1), ((600.0 - min) / (max - min)) - 0.003, ((600.0 - min) / (max - min)) + 0.003);
        Assert.InRange(reports[^1].Raw, 597, 603);
        Assert.True(reports.Count > 10);
    }

    [Fact]
    public void Receive_HeartbeatRequest_AnswersAtOnceWithTheOrigin()
    {
        Connect();

        Host(new Heartbeat(false, 4242, 0));
        var reply = Parse<Heartbeat>(Output().Single(f => f.Type == MessageType.Heartbeat).Payload);

        Assert.True(reply.IsReply);
        Assert.Equal(4242u, reply.OriginMicros);
    }

    [Fact]
    public void Receive_ConfigSet_PersistsAndAnswersWithTheValue()
    {
        Host(new ConfigSet(ConfigEntry.Calibration(0, 20, 1000)));
        var value = Parse<ConfigValue>(Output().Last().Payload);
        Host(new ConfigGet(ConfigKey.FaderCalibration, 0));
        var again = Parse<ConfigValue>(Output().Single().Payload);

        Assert.Equal(ConfigEntry.Calibration(0, 20, 1000), value.Entry);
        Assert.Equal(value, again);
        Assert.Equal((20, 1000), _board.Calibration(0));
    }

    [Fact]
    public void Receive_UnknownTypeOrBadIndex_AnswersWithTheErrorAndCarriesOn()
    {
        Output();
        var wire = new byte[ProtocolLimits.MaxWireLength];

        _board.Receive(wire.AsSpan(0, FrameWriter.EncodeRaw(0x7E, 9, [1], wire)));
        Host(new LedState(999, LedMode.On, 0xFF0000));
        Host(new ConfigGet((ConfigKey)99, 0));
        var errors = Output().Select(f => Parse<ErrorReport>(f.Payload)).ToList();

        Assert.Equal([ErrorCode.UnknownType, ErrorCode.BadIndex, ErrorCode.UnknownConfigKey], errors.Select(e => e.Code));
        Assert.Equal(0x7E, errors[0].OffendingType);
        Assert.Equal(9, errors[0].OffendingSequence);
    }

    [Fact]
    public void HitPad_NotAcknowledged_IsSentAgainAfter20Ms()
    {
        Connect();

        _board.HitPad(2, 0.5);
        var first = Output().Where(f => f.Type == MessageType.Event).ToList();
        Run(25);
        var again = Output().Where(f => f.Type == MessageType.Event).ToList();
        Host(new Ack(1));
        Run(50);
        var afterAck = Output().Where(f => f.Type == MessageType.Event).ToList();

        Assert.Single(first);
        Assert.Equal(first[0].Payload, again.Single().Payload);
        Assert.Equal(new DeviceEvent(0, EventKind.PadHit, 2, 64), Parse<DeviceEvent>(first[0].Payload));
        Assert.Empty(afterAck);
    }

    [Fact]
    public void Step_HostSilentPastTheTimeout_EndsTheSessionAndHoldsEvents()
    {
        Connect();

        Run(600);
        _board.HitPad(0, 1);
        var events = Output().Count(f => f.Type == MessageType.Event);

        Assert.False(_board.InSession);
        Assert.Equal(0, events);
        Assert.Equal(1, _board.Counters.Timeouts);
    }

    [Fact]
    public void Receive_TextLedMeterRing_AreKeptAsInspectableState()
    {
        Connect();

        Host(new DisplayText(1, 0, 2, "Bass"));
        Host(new LedState(3, LedMode.Blink, 0x123456));
        Host(new MeterLevel(1, 40000));
        Host(new RingValue(0, 123));

        Assert.Equal("  Bass ", _board.Text(1, 0));
        Assert.Equal(new LedState(3, LedMode.Blink, 0x123456), _board.Led(3));
        Assert.Equal(40000, _board.Meter(1));
        Assert.Equal(123, _board.Ring(0));
    }

    [Fact]
    public void Step_AtRest_AdcNoiseDoesNotFloodReports()
    {
        Connect();

        for (var i = 0; i < 10; i++)
        {
            Run(100);
            Host(new Heartbeat(false, (uint)i, 0));
        }
        var reports = Output().Count(f => f.Type == MessageType.Fader);

        // The 250 ms refreshes (4 per fader per second) and a few flips of a knob resting between two steps,
        // not one per millisecond of noise.
        Assert.InRange(reports, 6, 30);
    }
}
