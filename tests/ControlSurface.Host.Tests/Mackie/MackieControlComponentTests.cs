using System.Text.Json;
using ControlSurface.Core.Mapping;
using ControlSurface.Firmware.Serial;
using ControlSurface.Firmware.Simulation;
using ControlSurface.Tests.Processes;

namespace ControlSurface.Host.Tests.Mackie;

/// <summary>
/// `kind: mackie-control` on a device file, through the real path: `controlsurface run` as a child process, a firmware
/// board simulator on one pty (as on the Pi's UART), and the test playing the DAW on another pty in place of the USB
/// MIDI gadget's rawmidi node. Every wait is bounded.
/// </summary>
public sealed class MackieControlComponentTests : IDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);
    private readonly string _dir = Directory.CreateTempSubdirectory("cs-mackie-dev-").FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
            // The child may still hold a file; the OS cleans temp later.
        }
    }

    [Fact]
    public async Task Run_OnADevicePort_AnswersTheHostGoesOnlineAndCarriesFadersBothWays()
    {
        // Arrange: the board on its pty, the DAW's end of the gadget on another, the bridge between them.
        await using var rig = await Rig.StartAsync(_dir);

        // Act: the host queries and pushes its names; the hand moves fader 2; the host moves strip 3.
        var hello = await rig.Daw.WaitForSysExAsync(0x01, Bound); // a device says hello when its port opens
        rig.Daw.SendDeviceQuery();
        var answer = await rig.Daw.WaitForSysExAsync(0x01, Bound);
        rig.Daw.SendNames("Kick", "Snare", "Bass", "Vox");
        var online = await rig.Bridge.WaitForLineAsync("mackie-control daw mcu: online", Bound);
        await rig.BoardReadyAsync();
        rig.Board.Move(2, 0.6);
        var bend = await rig.Daw.WaitForFaderAsync(2, v => Math.Abs(v - 9830) <= 100, Bound); // the hand stays on the knob
        rig.Daw.SendFader(3, 0.25);
        await rig.UntilAsync(() => Math.Abs(rig.Board.FaderPosition(3) - 0.25) < 0.01 && !rig.Board.FaderMoving(3), "the board's motor takes fader 3 to 0.25");
        var report = await rig.StopAsync();

        // Assert: the answer names the main unit; the model has both moves and the names; the link counts one open.
        Assert.Equal(MackieModel, hello[3]);
        Assert.Equal(MackieModel, answer[3]);
        Assert.Contains("mackie-control daw mcu: online (the DAW talks on serial:", online);
        Assert.InRange(bend, 9830 - 100, 9830 + 100);
        var strips = report.GetProperty("strips");
        Assert.InRange(strips[2].GetProperty("fader").GetDouble(), 0.59, 0.61);
        Assert.InRange(strips[3].GetProperty("fader").GetDouble(), 0.245, 0.255);
        Assert.Equal(["Kick", "Snare", "Bass", "Vox"], Enumerable.Range(0, 4).Select(i => strips[i].GetProperty("name").GetString()));
        var unit = Unit(report);
        Assert.True(unit.GetProperty("online").GetBoolean());
        Assert.Equal(1, unit.GetProperty("opens").GetInt64());
        Assert.Equal(0, unit.GetProperty("lost").GetInt64());
        Assert.Equal(1, unit.GetProperty("queries").GetInt64());
    }

    [Fact]
    public async Task Run_DeviceClosedMidStreamAndBack_ReopensSaysHelloAgainAndKeepsTheMix()
    {
        // Arrange: online, strip 1 set by the host, names shown.
        await using var rig = await Rig.StartAsync(_dir);
        await rig.Daw.WaitForSysExAsync(0x01, Bound);
        rig.Daw.SendDeviceQuery();
        await rig.Daw.WaitForSysExAsync(0x01, Bound);
        rig.Daw.SendNames("Kick", "Snare");
        await rig.Bridge.WaitForLineAsync("mackie-control daw mcu: online", Bound);
        await rig.BoardReadyAsync();
        rig.Daw.SendFader(1, 0.4);
        await rig.UntilAsync(() => Math.Abs(rig.Board.FaderPosition(1) - 0.4) < 0.01, "the board's motor takes fader 1 to 0.4");

        // Act: the cable goes in the middle of an LCD message, then the gadget comes back.
        rig.Daw.Send([0xF0, 0x00, 0x00, 0x66, 0x14, 0x12, 0x00, (byte)'K', (byte)'i']);
        rig.Daw.Dispose();
        var lost = await rig.Bridge.WaitForLineAsync(" lost (", Bound);
        rig.Reopen();
        var back = await rig.Bridge.WaitForLineAsync(" back (", Bound);
        await rig.Daw.WaitForSysExAsync(0x01, Bound); // hello on the new connection, unprompted
        rig.Daw.SendDeviceQuery();
        await rig.Daw.WaitForSysExAsync(0x01, Bound);
        await rig.Bridge.WaitForLineAsync("mackie-control daw mcu: online", Bound);
        await rig.UntilAsync(() => rig.Board.InSession, "the board's link is up");
        rig.Board.Move(5, 0.8);
        var bend = await rig.Daw.WaitForFaderAsync(5, v => Math.Abs(v - 13106) <= 100, Bound);
        var report = await rig.StopAsync();

        // Assert: counted once lost and reopened; the mix and the names survived; the new link carries moves.
        Assert.Contains("mackie-control daw mcu:", lost);
        Assert.Contains("reopened 1 times", back);
        Assert.InRange(bend, 13106 - 100, 13106 + 100);
        var strips = report.GetProperty("strips");
        Assert.InRange(strips[1].GetProperty("fader").GetDouble(), 0.395, 0.405); // where the motor put it, read back by the board
        Assert.Equal("Kick", strips[0].GetProperty("name").GetString());
        Assert.Equal("Snare", strips[1].GetProperty("name").GetString());
        var unit = Unit(report);
        Assert.Equal(2, unit.GetProperty("opens").GetInt64());
        Assert.Equal(1, unit.GetProperty("lost").GetInt64());
        Assert.Equal(2, unit.GetProperty("queries").GetInt64());
        Assert.True(unit.GetProperty("hellos").GetInt64() >= 2, unit.ToString());
        Assert.True(unit.GetProperty("online").GetBoolean());
        Assert.True(unit.GetProperty("connected").GetBoolean());
    }

    private const byte MackieModel = 0x14;

    private static JsonElement Unit(JsonElement report)
    {
        var target = Assert.Single(report.GetProperty("targets").EnumerateArray());
        Assert.Equal("daw", target.GetProperty("name").GetString());
        Assert.Equal("device", target.GetProperty("link").GetString());
        return Assert.Single(target.GetProperty("units").EnumerateArray());
    }

    /// <summary>Board simulator, DAW end and the bridge process; disposing stops all three.</summary>
    private sealed class Rig : IAsyncDisposable
    {
        private readonly PseudoTerminal _boardPty;
        private readonly SimulatedBoard _board;
        private readonly string _gadget;

        private Rig(PseudoTerminal boardPty, SimulatedBoard board, string gadget, DawHostEnd daw, LiveProcess bridge)
        {
            _boardPty = boardPty;
            _board = board;
            _gadget = gadget;
            Daw = daw;
            Bridge = bridge;
        }

        public DawHostEnd Daw { get; private set; }

        public LiveProcess Bridge { get; }

        public BoardSimulator Board => _board.Board;

        public static async Task<Rig> StartAsync(string dir)
        {
            var boardPort = Path.Combine(dir, "ttyBoard");
            var gadget = Path.Combine(dir, "midiC1D0");
            var boardPty = PseudoTerminal.Open(boardPort);
            var board = new SimulatedBoard(new BoardSimulator(new SimulatorOptions("GADGET-0001", Faders: 8, Pads: 16, Buttons: StandardBoard.ButtonCount(8), Encoders: 8), TimeProvider.System), TimeProvider.System);
            board.Connect(boardPty.Master);
            board.Start();
            var daw = DawHostEnd.Open(gadget);
            var config = Path.Combine(dir, "bridge.yaml");
            await File.WriteAllTextAsync(config, $"""
                engine:
                  strips: 8
                surfaces:
                  - kind: firmware
                    name: desk
                    port: {boardPort}
                    faders: 8
                targets:
                  - kind: mackie-control
                    name: daw
                    port: {gadget}
                takes:
                  db: {Path.Combine(dir, "takes.db")}
                """, TestContext.Current.CancellationToken);
            return new Rig(boardPty, board, gadget, daw, ProgramProcess.Start(null, "run", "--config", config, "--json"));
        }

        /// <summary>The gadget is set up again: a new pty behind the same path.</summary>
        public void Reopen() => Daw = DawHostEnd.Open(_gadget);

        /// <summary>Polls <paramref name="condition"/> (board state has no event to wait on); bounded, and fails if the bridge died.</summary>
        public async Task UntilAsync(Func<bool> condition, string what)
        {
            var deadline = DateTime.UtcNow + Bound;
            while (!condition())
            {
                if (Bridge.HasExited)
                    throw new InvalidOperationException($"the bridge exited while waiting until {what}; stderr:\n{Bridge.SeenLines}");
                if (DateTime.UtcNow > deadline)
                    throw new TimeoutException($"not within {Bound}: {what}");
                await Task.Delay(10);
            }
        }

        /// <summary>Waits for the board's link and its start-up glide to the model (unity gain) to finish, so later moves race nothing.</summary>
        public Task BoardReadyAsync() => UntilAsync(
            () => Board.InSession && Enumerable.Range(0, 8).All(i => !Board.FaderMoving(i) && Board.FaderPosition(i) > 0.7),
            "the board's link is up and its faders rest at unity");

        /// <summary>SIGTERM, then the JSON report it prints.</summary>
        public async Task<JsonElement> StopAsync()
        {
            Bridge.Signal("TERM");
            var (code, stdout) = await Bridge.WaitForExitAsync(Bound);
            Assert.True(code == 0, $"exit {code}; stderr:\n{Bridge.SeenLines}");
            return JsonDocument.Parse(stdout).RootElement.Clone();
        }

        public async ValueTask DisposeAsync()
        {
            await Bridge.DisposeAsync();
            Daw.Dispose();
            await _board.DisposeAsync();
            _boardPty.Dispose();
        }
    }
}
