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
    public async Task Apply_Locate_SendsOneDatagramOverUdp_WithoutRolling()
    {
        using var sender = new OscLocateSender("daw", Daw, _log);

        sender.Apply(new ModelChange(new ModelAddress(Parameter.Play), 1, Origin.Engine));
        sender.Apply(Locate(123_456));
        var received = await _daw.ReceiveAsync(TestContext.Current.CancellationToken).AsTask().WaitAsync(Bound, TestContext.Current.CancellationToken);

        var expected = new byte[OscLocateSender.MessageLength];
        OscLocateSender.Encode(expected, 123_456, roll: false);
        Assert.Equal(expected, received.Buffer);
        Assert.Equal((1L, 0L, 0L), (sender.Sent, sender.Unsupported, sender.Failed));
        Assert.Equal(0, _daw.Available);
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
