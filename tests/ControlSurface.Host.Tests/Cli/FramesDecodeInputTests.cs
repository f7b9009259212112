using ControlSurface.Firmware.Protocol;
using ControlSurface.Firmware.Protocol.Messages;
using ControlSurface.Host.Cli;

namespace ControlSurface.Host.Tests.Cli;

public sealed class FramesDecodeInputTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("cs-frames-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static byte[] Capture()
    {
        var wire = new byte[3 * ProtocolLimits.MaxWireLength];
        var n = FrameWriter.Encode(new FaderReport(2, 1023, true), 8, wire);
        var bad = n;
        n += FrameWriter.Encode(new Ack(4660), 4, wire.AsSpan(n));
        wire[bad + 2] ^= 0x01;
        n += FrameWriter.EncodeRaw(0x7F, 1, [1, 2], wire.AsSpan(n));
        return wire.AsSpan(0, n).ToArray();
    }

    private static async Task<(int Code, string Out, string Err)> RunAsync(byte[]? stdin, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var context = new CommandContext(TextReader.Null, stdout, stderr, TimeProvider.System)
        {
            OpenStandardInput = () => new MemoryStream(stdin ?? []),
        };
        var code = await CommandLine.RunAsync(args, context, TestContext.Current.CancellationToken);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task Decode_FramesFileJson_PrintsOneObjectPerFrameOrError()
    {
        var path = Path.Combine(_dir, "capture.bin");
        await File.WriteAllBytesAsync(path, Capture(), TestContext.Current.CancellationToken);

        var (code, stdout, stderr) = await RunAsync(null, "decode", "--frames", path, "--json");

        Assert.True(code == 0, stderr);
        Assert.Equal(
            """
            {"offset":0,"status":"ok","type":"Fader","seq":8,"fader":2,"raw":1023,"touched":true}
            {"offset":10,"status":"crc-error","bytes":8}
            {"offset":18,"status":"unknown-type","type":"0x7F","seq":1,"payload":"0102"}

            """.ReplaceLineEndings("\n"),
            stdout);
    }

    [Fact]
    public async Task Decode_FramesFromStandardInput_PrintsReadableLines()
    {
        var (code, stdout, _) = await RunAsync(Capture(), "decode", "--frames", "-");

        Assert.Equal(0, code);
        Assert.StartsWith("@0 ok Fader seq=8 fader=2 raw=1023 touched=true\n@10 crc-error bytes=8\n", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decode_FramesAndMidiTogether_IsAUsageError()
    {
        var (code, _, stderr) = await RunAsync(null, "decode", "--frames", "-", "--midi", "-");

        Assert.Equal(2, code);
        Assert.Contains("cannot be combined", stderr, StringComparison.Ordinal);
    }
}
