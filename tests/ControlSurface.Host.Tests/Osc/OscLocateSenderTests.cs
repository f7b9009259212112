using System.Net;
using System.Net.Sockets;
using ControlSurface.Core.Engine;
using ControlSurface.Host.Config;
using ControlSurface.Host.Osc;

namespace ControlSurface.Host.Tests.Osc;

public sealed class OscLocateSenderTests : IDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);
    private readonly UdpClient _daw = new(new IPEndPoint(IPAddress.Loopback, 0));
    private readonly StringWriter _log = new();

    public void Dispose() => _daw.Dispose();

    private IPEndPoint Daw => (IPEndPoint)_daw.Client.LocalEndPoint!;

    private static ModelChange Locate(double samples) => new(new ModelAddress(Parameter.Locate), samples, Origin.Engine);

    [Fact]
    public void Encode_Locate_IsTheOscWireFormatArdourRegisters()
    {
        var buffer = new byte[OscLocateSender.MessageLength];

        var n = OscLocateSender.Encode(buffer, 96_000, roll: true);

        // "/locate" + NUL, ",ii" + NUL, int32 96000 (0x17700), int32 1; all big-endian, 4-byte aligned.
        Assert.Equal("2F6C6F6361746500" + "2C696900" + "00017700" + "00000001", Convert.ToHexString(buffer.AsSpan(0, n)));
    }

    [Fact]
    public async Task LocateThenPlay_SendsOneLocateThatRolls()
    {
        using var sender = new OscLocateSender("daw", Daw, _log);

        sender.Apply(Locate(123_456));
        sender.Apply(new ModelChange(new ModelAddress(Parameter.Play), 1, Origin.Engine));
        sender.Flush();
        var received = await ReceiveAsync();

        Assert.Equal(Expected(123_456, roll: true), received);
        Assert.Equal((1L, 0L, 0L), (sender.Sent, sender.Unsupported, sender.Failed));
        Assert.Equal(0, _daw.Available);
    }

    [Fact]
    public async Task LocateAlone_GoesOutWithoutRolling_AtTheEnginesNextTick()
    {
        var engine = new BridgeEngine(new EngineOptions(), new Microsoft.Extensions.Time.Testing.FakeTimeProvider());
        using var sender = new OscLocateSender("daw", Daw, _log, engine);
        engine.AddTarget(sender);

        engine.Writer.Apply(new ModelAddress(Parameter.Locate), 96_000, Origin.Engine);
        var before = _daw.Available;
        engine.Process(EngineInput.Tick());
        var received = await ReceiveAsync();

        Assert.Equal(0, before);
        Assert.Equal(Expected(96_000, roll: false), received);
    }

    [Fact]
    public async Task PlayWithoutALocate_SendsNothing_AndAStopDoesNotRoll()
    {
        using var sender = new OscLocateSender("daw", Daw, _log);

        sender.Apply(new ModelChange(new ModelAddress(Parameter.Play), 1, Origin.Engine));
        sender.Apply(Locate(10));
        sender.Apply(new ModelChange(new ModelAddress(Parameter.Stop), 1, Origin.Engine));
        sender.Flush();
        var received = await ReceiveAsync();

        Assert.Equal(Expected(10, roll: false), received);
        Assert.Equal(1, sender.Sent);
    }

    [Fact]
    public async Task LocateTheDawDidNotFollow_IsSentAgain_AfterItsPlayheadSaysSo()
    {
        var (engine, time, sender) = Attached();
        using var _ = sender;
        engine.Writer.Apply(new ModelAddress(Parameter.Locate), 96_000, Origin.Engine);
        engine.Writer.Apply(new ModelAddress(Parameter.Play), 1, Origin.Engine);
        Assert.Equal(Expected(96_000, roll: true), await ReceiveAsync());

        engine.Process(EngineInput.Tick());
        time.Advance(OscLocateSender.CheckAfter);
        engine.Process(EngineInput.Tick());
        var query = await _daw.ReceiveAsync(TestContext.Current.CancellationToken).AsTask().WaitAsync(Bound, TestContext.Current.CancellationToken);
        Assert.Equal("/transport_frame\0\0\0\0,\0\0\0"u8.ToArray(), query.Buffer);
        // Ardour dropped the locate: it rolls on from 500000.
        await _daw.SendAsync(FrameAnswer(500_000), query.RemoteEndPoint, TestContext.Current.CancellationToken);
        await TickUntilAsync(engine, () => sender.Retried == 1);

        Assert.Equal(Expected(96_000, roll: true), await ReceiveAsync());
        Assert.Equal((2L, 0L), (sender.Sent, sender.Failed));
    }

    [Fact]
    public async Task LocateTheDawFollowed_IsNotSentAgain()
    {
        var (engine, time, sender) = Attached();
        using var _ = sender;
        engine.Writer.Apply(new ModelAddress(Parameter.Locate), 96_000, Origin.Engine);
        engine.Writer.Apply(new ModelAddress(Parameter.Play), 1, Origin.Engine);
        await ReceiveAsync();

        engine.Process(EngineInput.Tick());
        time.Advance(OscLocateSender.CheckAfter);
        engine.Process(EngineInput.Tick());
        var query = await _daw.ReceiveAsync(TestContext.Current.CancellationToken).AsTask().WaitAsync(Bound, TestContext.Current.CancellationToken);
        // Rolling from the target for 250 ms: 12000 samples on.
        await _daw.SendAsync(FrameAnswer(108_000), query.RemoteEndPoint, TestContext.Current.CancellationToken);
        await TickUntilAsync(engine, () => !sender.Checking);

        Assert.Equal((1L, 0L, 0L, 0L), (sender.Sent, sender.Retried, sender.Failed, sender.Unchecked));
        Assert.Equal(0, _daw.Available);
    }

    [Fact]
    public async Task DawThatNeverAnswers_LeavesTheLocateUnchecked()
    {
        var (engine, time, sender) = Attached();
        using var _ = sender;
        engine.Writer.Apply(new ModelAddress(Parameter.Locate), 4_800, Origin.Engine);
        engine.Process(EngineInput.Tick());
        await ReceiveAsync();

        engine.Process(EngineInput.Tick());
        time.Advance(OscLocateSender.CheckAfter);
        engine.Process(EngineInput.Tick());
        time.Advance(OscLocateSender.AnswerWithin + TimeSpan.FromMilliseconds(10));
        engine.Process(EngineInput.Tick());

        Assert.Equal((1L, 0L, 1L), (sender.Sent, sender.Retried, sender.Unchecked));
        Assert.False(sender.Checking);
    }

    private (BridgeEngine Engine, Microsoft.Extensions.Time.Testing.FakeTimeProvider Time, OscLocateSender Sender) Attached()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();
        var engine = new BridgeEngine(new EngineOptions(), time);
        var sender = new OscLocateSender("daw", Daw, _log, engine);
        engine.AddTarget(sender);
        return (engine, time, sender);
    }

    private static byte[] FrameAnswer(long samples)
    {
        var answer = new byte[32];
        "/transport_frame\0\0\0\0,h\0\0"u8.CopyTo(answer);
        System.Buffers.Binary.BinaryPrimitives.WriteInt64BigEndian(answer.AsSpan(24), samples);
        return answer;
    }

    /// <summary>Ticks the engine (its clock standing still) until <paramref name="done"/>: the answer crosses a real socket.</summary>
    private static async Task TickUntilAsync(BridgeEngine engine, Func<bool> done)
    {
        var deadline = DateTime.UtcNow + Bound;
        while (!done())
        {
            Assert.True(DateTime.UtcNow < deadline, "the sender never acted on the DAW's answer");
            await Task.Delay(5, TestContext.Current.CancellationToken);
            engine.Process(EngineInput.Tick());
        }
    }

    private async Task<byte[]> ReceiveAsync() =>
        (await _daw.ReceiveAsync(TestContext.Current.CancellationToken).AsTask().WaitAsync(Bound, TestContext.Current.CancellationToken)).Buffer;

    private static byte[] Expected(int samples, bool roll)
    {
        var expected = new byte[OscLocateSender.MessageLength];
        OscLocateSender.Encode(expected, samples, roll);
        return expected;
    }

    [Fact]
    public void Apply_WithoutAnAddress_CountsEveryLocate_AndSaysSoOnce()
    {
        using var sender = new OscLocateSender("ardour", null, _log);

        sender.Apply(Locate(48_000));
        sender.Apply(Locate(96_000));

        Assert.Equal((0L, 2L), (sender.Sent, sender.Unsupported));
        var line = Assert.Single(_log.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("ardour: cannot locate the DAW to sample 48000: Mackie Control has no absolute locate", line, StringComparison.Ordinal);
        Assert.Contains("locate: osc://HOST:PORT", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_PastInt32Samples_IsCountedAsFailed_AndSendsNothing()
    {
        using var sender = new OscLocateSender("daw", Daw, _log);

        sender.Apply(Locate(3_000_000_000));
        sender.Flush();

        Assert.Equal((0L, 1L), (sender.Sent, sender.Failed));
        Assert.Contains("sample 3000000000 is past what OSC /locate carries (int32)", _log.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, _daw.Available);
    }

    [Theory]
    [InlineData("osc://127.0.0.1:3819", "127.0.0.1:3819")]
    [InlineData("osc://[::1]:9000", "[::1]:9000")]
    public void ParseAddress_OscUrl_GivesTheUdpEndpoint(string text, string expected)
    {
        var endpoint = OscLocateSender.ParseAddress(text);

        Assert.Equal(IPEndPoint.Parse(expected), endpoint);
    }

    [Fact]
    public void ParseAddress_HostName_IsResolvedOnce()
    {
        var endpoint = OscLocateSender.ParseAddress("osc://localhost:3819/");

        Assert.True(IPAddress.IsLoopback(endpoint.Address));
        Assert.Equal(3819, endpoint.Port);
    }

    [Theory]
    [InlineData("127.0.0.1:3819", "is not an OSC address: write osc://HOST:PORT")]
    [InlineData("udp://127.0.0.1:3819", "is not an OSC address")]
    [InlineData("osc://127.0.0.1", "has no port: write osc://127.0.0.1:PORT")]
    [InlineData("osc://127.0.0.1:3819/locate", "must be only osc://HOST:PORT")]
    public void ParseAddress_Wrong_SaysWhatToWrite(string text, string problem)
    {
        var e = Assert.Throws<FormatException>(() => OscLocateSender.ParseAddress(text));

        Assert.Contains(problem, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MackieTargetConfig_BadLocate_IsAnErrorAtItsLineAndColumn()
    {
        const string yaml = "targets:\n  - kind: mackie-control\n    name: ardour\n    locate: osc://127.0.0.1\n";

        var e = Assert.Throws<ConfigException>(() => ConfigLoader.Parse("bridge.yaml", yaml));

        Assert.Equal("bridge.yaml:4:13: 'osc://127.0.0.1' has no port: write osc://127.0.0.1:PORT (Ardour listens on 3819)", e.Message);
    }
}
