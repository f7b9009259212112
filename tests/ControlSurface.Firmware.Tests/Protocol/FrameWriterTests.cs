using System.Buffers;
using ControlSurface.Firmware.Protocol;
using ControlSurface.Firmware.Protocol.Messages;

namespace ControlSurface.Firmware.Tests.Protocol;

public sealed class FrameWriterTests
{
    public static TheoryData<string> GoodCases()
    {
        var data = new TheoryData<string>();
        foreach (var c in GoldenVectors.Cases)
        {
            var expect = c.GetProperty("expect");
            if (expect.GetArrayLength() == 1 && expect[0].GetProperty("status").GetString() == "ok" && expect[0].GetProperty("offset").GetInt64() == 0)
                data.Add(c.GetProperty("name").GetString()!);
        }
        return data;
    }

    private static int Reencode(FrameView f, Span<byte> wire) => f.Type switch
    {
        MessageType.HelloRequest => Encode<HelloRequest>(f, wire),
        MessageType.Hello => Encode<Hello>(f, wire),
        MessageType.Welcome => Encode<Welcome>(f, wire),
        MessageType.Heartbeat => Encode<Heartbeat>(f, wire),
        MessageType.Ack => Encode<Ack>(f, wire),
        MessageType.Error => Encode<ErrorReport>(f, wire),
        MessageType.DumpRequest => Encode<DumpRequest>(f, wire),
        MessageType.DumpEnd => Encode<DumpEnd>(f, wire),
        MessageType.Fader => Encode<FaderReport>(f, wire),
        MessageType.PadPressure => Encode<PadPressureReport>(f, wire),
        MessageType.Buttons => Encode<ButtonStates>(f, wire),
        MessageType.Event => Encode<DeviceEvent>(f, wire),
        MessageType.FaderTarget => Encode<FaderTarget>(f, wire),
        MessageType.Motor => Encode<MotorEnable>(f, wire),
        MessageType.Led => Encode<LedState>(f, wire),
        MessageType.Text => Encode<DisplayText>(f, wire),
        MessageType.Meter => Encode<MeterLevel>(f, wire),
        MessageType.Ring => Encode<RingValue>(f, wire),
        MessageType.ConfigGet => Encode<ConfigGet>(f, wire),
        MessageType.ConfigSet => Encode<ConfigSet>(f, wire),
        MessageType.ConfigValue => Encode<ConfigValue>(f, wire),
        _ => throw new InvalidOperationException($"no message for {f.Type}"),
    };

    private static int Encode<T>(FrameView f, Span<byte> wire) where T : struct, IFirmwareMessage<T>
    {
        Assert.True(f.TryRead<T>(out var message));
        return FrameWriter.Encode(message, f.Sequence, wire);
    }

    [Theory]
    [MemberData(nameof(GoodCases))]
    public void Encode_ParsedGoldenFrame_ReproducesTheWireBytes(string name)
    {
        var wire = GoldenVectors.Wire(GoldenVectors.Case(name));
        var input = new ReadOnlySequence<byte>(wire);
        var frame = new byte[ProtocolLimits.MaxFrameLength];
        Assert.Equal(FrameStatus.Ok, new FrameReader().Read(ref input, frame, out var length));
        var output = new byte[ProtocolLimits.MaxWireLength];

        var written = Reencode(new FrameView(frame.AsSpan(0, length)), output);

        Assert.Equal(Convert.ToHexString(wire), Convert.ToHexString(output, 0, written));
    }

    [Fact]
    public void Write_IntoBufferWriter_AppendsOneDelimitedFrame()
    {
        var writer = new ArrayBufferWriter<byte>();

        FrameWriter.Write(writer, new FaderReport(2, 1023, true), 8);
        FrameWriter.Write(writer, new Ack(4660), 4);

        var expected = GoldenVectors.Wire(GoldenVectors.Case("fader")).Concat(GoldenVectors.Wire(GoldenVectors.Case("ack")));
        Assert.Equal(expected, writer.WrittenSpan.ToArray());
    }

    [Fact]
    public void EncodeRaw_LargestPayload_FitsTheWireLimit()
    {
        var payload = Enumerable.Repeat((byte)0x7E, ProtocolLimits.MaxPayloadLength).ToArray();
        var wire = new byte[ProtocolLimits.MaxWireLength];

        var written = FrameWriter.EncodeRaw(0x7F, 0, payload, wire);

        Assert.Equal(ProtocolLimits.MaxWireLength, written);
        Assert.Throws<ArgumentException>(() => FrameWriter.EncodeRaw(0x7F, 0, new byte[ProtocolLimits.MaxPayloadLength + 1], wire));
    }
}
