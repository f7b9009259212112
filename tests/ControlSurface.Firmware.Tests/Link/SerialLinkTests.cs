using ControlSurface.Core.Surfaces;
using ControlSurface.Firmware.Link;
using ControlSurface.Firmware.Protocol;
using ControlSurface.Firmware.Serial;
using ControlSurface.Firmware.Simulation;

namespace ControlSurface.Firmware.Tests.Link;

/// <summary>Reconnect, resync, silence, identity and the System.IO.Ports path, over real ptys.</summary>
public sealed class SerialLinkTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(5);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task UnplugAndPlug_MidStream_ReconnectsAndResyncsWithinOneSecond()
    {
        var recorder = new EventRecorder();
        await using var rig = await SimulatedBoardRig.StartAsync(new RigOptions(), recorder.Post, TimeProvider.System, Cancel);
        rig.Surface.Send(FeedbackCommand.FaderTarget(1, 0.3));
        rig.Simulator.Move(0, 0.9, speed: 0.5);

        rig.Unplug();
        // While the board is away the engine keeps changing what it should show.
        rig.Surface.Send(FeedbackCommand.FaderTarget(1, 0.8));
        rig.Surface.Send(FeedbackCommand.Led(5, 1, 0x00FF00));
        rig.Surface.Send(FeedbackCommand.Display(3, 1, "Vox"));
        rig.Plug();
        await rig.WaitForResyncAsync(1, TimeSpan.FromSeconds(1), Cancel);

        Assert.Equal(1, rig.Counters.Reconnects);
        Assert.Equal(LinkState.Ready, rig.Link.State);
        Assert.True(await recorder.WaitUntilAsync(_ => rig.Simulator.Led(5).Color == 0x00FF00 && rig.Simulator.Text(3, 1).StartsWith("Vox", StringComparison.Ordinal), Bound));
        Assert.True(await recorder.WaitUntilAsync(_ => Math.Abs(rig.Simulator.FaderTarget(1) - 0.8) < 0.002, Bound));
    }

    [Fact]
    public async Task PadHitDuringUnplug_IsDeliveredOnceAfterReconnect()
    {
        var recorder = new EventRecorder();
        await using var rig = await SimulatedBoardRig.StartAsync(new RigOptions(), recorder.Post, TimeProvider.System, Cancel);
        rig.Simulator.HitPad(1, 0.5);
        Assert.True(await recorder.WaitUntilAsync(e => e.Count(x => x.Kind == ControlEventKind.PadHit) == 1, Bound));

        rig.Unplug();
        rig.Simulator.HitPad(2, 1.0);
        rig.Plug();
        await rig.WaitForResyncAsync(1, Bound, Cancel);
        var second = await recorder.WaitUntilAsync(e => e.Count(x => x.Kind == ControlEventKind.PadHit) == 2, Bound);

        Assert.True(second);
        Assert.Equal([1, 2], recorder.OfKind(ControlEventKind.PadHit).Select(h => h.Control));
    }

    [Fact]
    public async Task SilentBoard_IsDroppedAndReconnectedWhenItTalksAgain()
    {
        var recorder = new EventRecorder();
        await using var rig = await SimulatedBoardRig.StartAsync(new RigOptions(), recorder.Post, TimeProvider.System, Cancel);

        // The firmware hangs: the port stays, nothing comes back; only the heartbeat timeout can tell.
        rig.Board.Hung = true;
        var dropped = await recorder.WaitUntilAsync(_ => rig.Counters.SessionsLost > 0, Bound);
        var error = rig.Link.LastError;
        rig.Board.Hung = false;
        await rig.WaitForResyncAsync(1, Bound, Cancel);

        Assert.True(dropped);
        Assert.Contains("silent", error, StringComparison.Ordinal);
        Assert.Equal(1, rig.Counters.Reconnects);
        Assert.Equal(LinkState.Ready, rig.Link.State);
    }

    [Fact]
    public async Task SwappedBoards_KeepTheirRolesByIdentity()
    {
        var dir = Directory.CreateTempSubdirectory("controlsurface-swap-").FullName;
        var portA = Path.Combine(dir, "ttyA");
        var portB = Path.Combine(dir, "ttyB");
        var one = new EventRecorder();
        var two = new EventRecorder();
        var roster = new DeviceRoster();
        var layout = new SurfaceLayout(2, true, true, 4, 4, 2, 2, 7);
        var surfaceOne = new FirmwareSurface(layout, one.Post, "BOARD-ONE") { Index = 1 };
        var surfaceTwo = new FirmwareSurface(layout, two.Post, "BOARD-TWO") { Index = 2 };
        roster.Add(surfaceOne);
        roster.Add(surfaceTwo);
        var boardOne = new SimulatedBoard(new BoardSimulator(new SimulatorOptions("BOARD-ONE", 2, 4, 4, 2), TimeProvider.System), TimeProvider.System);
        var boardTwo = new SimulatedBoard(new BoardSimulator(new SimulatorOptions("BOARD-TWO", 2, 4, 4, 2), TimeProvider.System), TimeProvider.System);
        var ptyA = PseudoTerminal.Open(portA);
        var ptyB = PseudoTerminal.Open(portB);
        boardOne.Connect(ptyA.Master);
        boardTwo.Connect(ptyB.Master);
        boardOne.Start();
        boardTwo.Start();
        await using var linkA = new SerialLink(portA, roster, TimeProvider.System);
        await using var linkB = new SerialLink(portB, roster, TimeProvider.System);
        linkA.Start();
        linkB.Start();
        try
        {
            Assert.True(await one.WaitUntilAsync(_ => surfaceOne.Connected && surfaceTwo.Connected, Bound));
            Assert.Equal(portA, surfaceOne.Link!.Path);

            // Swap the cables: board one now answers on port B, board two on port A.
            boardOne.Disconnect();
            boardTwo.Disconnect();
            ptyA.Dispose();
            ptyB.Dispose();
            ptyA = PseudoTerminal.Open(portA);
            ptyB = PseudoTerminal.Open(portB);
            boardOne.Connect(ptyB.Master);
            boardTwo.Connect(ptyA.Master);
            Assert.True(await one.WaitUntilAsync(_ => surfaceOne.Link?.Path == portB && surfaceOne.Connected && surfaceTwo.Link?.Path == portA && surfaceTwo.Connected, Bound));
            boardOne.Board.HitPad(3, 1);
            boardTwo.Board.HitPad(1, 1);

            Assert.True(await one.WaitUntilAsync(e => e.Any(x => x.Kind == ControlEventKind.PadHit), Bound));
            Assert.True(await two.WaitUntilAsync(e => e.Any(x => x.Kind == ControlEventKind.PadHit), Bound));
            Assert.Equal(3, one.OfKind(ControlEventKind.PadHit).Single().Control);
            Assert.Equal(1, two.OfKind(ControlEventKind.PadHit).Single().Control);
            Assert.All(one.Snapshot(), e => Assert.Equal(1, e.Surface));
            Assert.All(two.Snapshot(), e => Assert.Equal(2, e.Surface));
        }
        finally
        {
            await boardOne.DisposeAsync();
            await boardTwo.DisposeAsync();
            ptyA.Dispose();
            ptyB.Dispose();
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task SystemIoPortsPath_OnTheSamePty_ResyncsAndCarriesEventsBothWays()
    {
        var recorder = new EventRecorder();
        await using var rig = await SimulatedBoardRig.StartAsync(new RigOptions { SerialPath = "ports" }, recorder.Post, TimeProvider.System, Cancel);

        rig.Simulator.HitPad(4, 1);
        rig.Surface.Send(FeedbackCommand.FaderTarget(0, 0.5));
        var hit = await recorder.WaitUntilAsync(e => e.Any(x => x.Kind == ControlEventKind.PadHit && x.Control == 4), Bound);
        var moved = await recorder.WaitUntilAsync(_ => Math.Abs(rig.Simulator.FaderTarget(0) - 0.5) < 0.002, Bound);

        Assert.True(hit);
        Assert.True(moved);
        Assert.Equal(LinkState.Ready, rig.Link.State);
        Assert.True(rig.Link.Ping(Bound) is not null);
    }

    [Fact]
    public async Task Ping_OverRealPty_MeasuresTheRoundTrip()
    {
        var recorder = new EventRecorder();
        await using var rig = await SimulatedBoardRig.StartAsync(new RigOptions(), recorder.Post, TimeProvider.System, Cancel);

        var rtt = rig.Link.Ping(Bound);

        Assert.NotNull(rtt);
        Assert.True(rtt > TimeSpan.Zero);
        Assert.True(rig.Counters.RoundTrip.Count >= 1);
        Assert.True(rig.Counters.RoundTrip.Percentile(50) > 0);
    }

    [Fact]
    public async Task UnknownAndCorruptFramesFromBoard_AreSkippedAndCountedWithoutDroppingTheLink()
    {
        var recorder = new EventRecorder();
        using var pty = PseudoTerminal.Open();
        var device = new ScriptedDevice(pty.Master);
        var roster = new DeviceRoster();
        var surface = new FirmwareSurface(new SurfaceLayout(1, true, true, 0, 0, 0), recorder.Post);
        roster.Add(surface);
        await using var link = new SerialLink(pty.SlavePath, roster, TimeProvider.System);
        link.Start();
        device.WaitFor(MessageType.HelloRequest, Bound);
        device.Send(new ControlSurface.Firmware.Protocol.Messages.Hello(1, 1, 0x010203,
            new ControlSurface.Firmware.Protocol.Messages.DeviceCapabilities(1, 10, true, true, 0, 7, true, false, 0, 0, 0, false, 0, 0, 0, 0),
            0, "SCRIPTED-1", "script"));
        device.WaitFor(MessageType.Welcome, Bound);
        device.Send(default(ControlSurface.Firmware.Protocol.Messages.DumpEnd));
        Assert.True(await recorder.WaitUntilAsync(_ => link.State == LinkState.Ready, Bound));

        device.SendRaw(FrameWriterBytes(0x7F, [1, 2, 3]));
        var corrupt = FrameWriterBytes((byte)MessageType.Fader, [0, 1, 2, 0]);
        corrupt[2] ^= 0x10;
        device.SendRaw(corrupt);
        device.Send(new ControlSurface.Firmware.Protocol.Messages.Heartbeat(false, 1234, 0));
        var reply = device.WaitFor(MessageType.Heartbeat, Bound, f => f.Payload[0] == 1);

        Assert.Equal(1234u, System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(reply.AsSpan(3)));
        Assert.Equal(1, link.Counters.UnknownTypes);
        Assert.Equal(1, link.Counters.CrcErrors + link.Counters.FramingErrors);
        Assert.Equal(LinkState.Ready, link.State);
        Assert.Equal("SCRIPTED-1", surface.Identity);
    }

    [Fact]
    public async Task BoardWithANewerProtocolOnly_IsRefusedWithUnsupportedVersion()
    {
        var recorder = new EventRecorder();
        using var pty = PseudoTerminal.Open();
        var device = new ScriptedDevice(pty.Master);
        var roster = new DeviceRoster();
        roster.Add(new FirmwareSurface(new SurfaceLayout(1, true, true, 0, 0, 0), recorder.Post));
        await using var link = new SerialLink(pty.SlavePath, roster, TimeProvider.System);
        link.Start();
        device.WaitFor(MessageType.HelloRequest, Bound);

        device.Send(new ControlSurface.Firmware.Protocol.Messages.Hello(3, 2, 0x020000,
            new ControlSurface.Firmware.Protocol.Messages.DeviceCapabilities(1, 10, true, true, 0, 7, true, false, 0, 0, 0, false, 0, 0, 0, 0),
            0, "FUTURE-1", "v2 board"));
        var error = device.WaitFor(MessageType.Error, Bound);

        Assert.Equal((byte)ErrorCode.UnsupportedVersion, error[2]);
        Assert.True(await recorder.WaitUntilAsync(_ => link.State == LinkState.Unclaimed, Bound));
        Assert.Contains("protocol 2..3", link.LastError, StringComparison.Ordinal);
    }

    private static byte[] FrameWriterBytes(byte type, byte[] payload)
    {
        var wire = new byte[ProtocolLimits.MaxWireLength];
        return wire.AsSpan(0, FrameWriter.EncodeRaw(type, 0, payload, wire)).ToArray();
    }
}
