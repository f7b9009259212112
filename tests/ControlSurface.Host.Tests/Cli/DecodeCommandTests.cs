using System.Text.Json;
using ControlSurface.Host.Cli;

namespace ControlSurface.Host.Tests.Cli;

public sealed class DecodeCommandTests : IDisposable
{
    // Note on, clock between status and data under running status, a SysEx, a stray data byte.
    private static readonly byte[] Capture = [0x90, 0x3C, 0x64, 0xF8, 0x3C, 0x00, 0xF0, 0x7E, 0x7F, 0xF7, 0x3C];

    private readonly string _dir = Directory.CreateTempSubdirectory("cs-decode-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string WriteCapture(byte[] bytes)
    {
        var path = Path.Combine(_dir, "capture.mid.raw");
        File.WriteAllBytes(path, bytes);
        return path;
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
    public async Task Decode_MidiFileJson_PrintsOneObjectPerLineInStreamOrder()
    {
        var path = WriteCapture(Capture);

        var (code, stdout, stderr) = await RunAsync(null, "decode", "--midi", path, "--json");

        Assert.True(code == 0, stderr);
        Assert.Equal(
            """
            {"type":"note-on","channel":1,"note":60,"velocity":100}
            {"type":"clock"}
            {"type":"note-on","channel":1,"note":60,"velocity":0}
            {"type":"sysex","data":"7E7F","complete":true}
            {"type":"error","reason":"stray-data","offset":10}

            """.ReplaceLineEndings("\n"),
            stdout);
    }

    [Fact]
    public async Task Decode_MidiFromStandardInput_ReadsBytes()
    {
        var (code, stdout, _) = await RunAsync([0xB3, 0x07, 0x7F], "decode", "--midi", "-", "--json");

        Assert.Equal(0, code);
        Assert.Equal("""{"type":"cc","channel":4,"controller":7,"value":127}""" + "\n", stdout);
    }

    [Fact]
    public async Task Decode_WithoutJson_PrintsMonitorLines()
    {
        var (code, stdout, _) = await RunAsync(Capture, "decode", "--midi", "-");

        Assert.Equal(0, code);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5, lines.Length);
        Assert.Equal("       0  ch  1  note-on           note 60 (C4)  velocity 100", lines[0]);
        Assert.Contains("stray data", lines[4], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decode_MaxSysEx_LimitsSysExLength()
    {
        var (code, stdout, _) = await RunAsync([0xF0, 1, 2, 3, 0xF7], "decode", "--midi", "-", "--json", "--max-sysex", "2");

        Assert.Equal(0, code);
        Assert.Equal("""{"type":"error","reason":"sysex-overflow","offset":3}""" + "\n", stdout);
    }

    [Theory]
    [InlineData("missing input", "decode", "--json")]
    [InlineData("--max-sysex must be a whole number", "decode", "--midi", "-", "--max-sysex", "0")]
    [InlineData("--max-sysex must be a whole number", "decode", "--midi", "-", "--max-sysex", "lots")]
    [InlineData("--midi needs a value", "decode", "--midi")]
    [InlineData("unknown option --frobnicate", "decode", "--midi", "-", "--frobnicate", "1")]
    [InlineData("unexpected argument 'extra'", "decode", "--midi", "-", "extra")]
    [InlineData("/no/such/capture.raw: no such file", "decode", "--midi", "/no/such/capture.raw")]
    public async Task Decode_BadArguments_OneLineErrorAndExitCode2(string problem, params string[] args)
    {
        var (code, stdout, stderr) = await RunAsync([], args);

        Assert.Equal(2, code);
        Assert.Empty(stdout);
        Assert.Contains(problem, stderr, StringComparison.Ordinal);
        Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Decode_DirectoryAsFile_IsRejectedWithExitCode2()
    {
        var (code, _, stderr) = await RunAsync(null, "decode", "--midi", _dir);

        Assert.Equal(2, code);
        Assert.Contains("is a directory", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decode_Help_ListsMidiInputAndJson()
    {
        var (code, stdout, _) = await RunAsync(null, "decode", "--help");

        Assert.Equal(0, code);
        Assert.Contains("--midi FILE|-", stdout, StringComparison.Ordinal);
        Assert.Contains("--max-sysex N", stdout, StringComparison.Ordinal);
        Assert.Contains("--json", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Program_DecodeMidiFile_RunsAsChildProcess()
    {
        var bytes = new List<byte>();
        for (var i = 0; i < 2000; i++)
            bytes.AddRange([0xE0, (byte)(i & 0x7F), (byte)(i >> 7)]);
        var path = WriteCapture([.. Capture, .. bytes]);

        var (code, stdout, stderr) = await ProgramProcess.RunAsync(TimeSpan.FromSeconds(60), "decode", "--midi", path, "--json");

        Assert.True(code == 0, stderr);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5 + 2000, lines.Length);
        foreach (var line in lines)
            JsonDocument.Parse(line).Dispose();
        Assert.Equal("""{"type":"pitch-bend","channel":1,"value":1999}""", lines[^1]);
    }

    [Fact]
    public async Task Program_DecodeMissingFile_ExitsWith2()
    {
        var (code, _, stderr) = await ProgramProcess.RunAsync(TimeSpan.FromSeconds(60), "decode", "--midi", Path.Combine(_dir, "absent"));

        Assert.Equal(2, code);
        Assert.Contains("no such file", stderr, StringComparison.Ordinal);
    }
}
