using ControlSurface.Host.Mackie;
using ControlSurface.Midi.Loopback;
using ControlSurface.Midi.Mackie;

namespace ControlSurface.Host.Tests.Mackie;

/// <summary>The watch over one emulated unit's link, on an in-memory cable whose far end plays the DAW.</summary>
public sealed class MackieUnitWatchTests : IAsyncDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);
    private readonly LoopbackMidiPort _daw;
    private readonly LoopbackMidiPort _ours;
    private readonly MackieControlTarget _target;
    private readonly List<(int Priority, string Line)> _log = [];

    public MackieUnitWatchTests()
    {
        (_daw, _ours) = LoopbackMidiPort.CreatePair("daw", "gadget");
        _target = new MackieControlTarget([_ours], "daw");
        _target.Start();
    }

    public async ValueTask DisposeAsync()
    {
        await _target.DisposeAsync();
        await _ours.DisposeAsync();
        await _daw.DisposeAsync();
    }

    private MackieUnitWatch Watch(bool device) => new(_target.Units[0], "mackie-control daw mcu", device, (p, line) =>
    {
        lock (_log)
            _log.Add((p, line));
    });

    [Fact]
    public async Task Check_DeviceOpen_SaysHelloOnce()
    {
        var watch = Watch(device: true);

        watch.Check();
        watch.Check();
        var hello = await ReceiveAsync();

        Assert.Equal([0xF0, 0x00, 0x00, 0x66, MackieProtocol.ModelMain, MackieProtocol.HostConnectionQuery], hello[..6]);
        Assert.Equal(1, watch.Hellos);
        Assert.Equal(1, watch.Opens);
        Assert.Empty(_log);
    }

    [Fact]
    public void Check_OnJack_SaysNothingUnprompted()
    {
        var watch = Watch(device: false);

        watch.Check();

        Assert.Equal(0, watch.Hellos);
        Assert.Equal(1, watch.Opens);
    }

    [Fact]
    public async Task Check_AfterTheHostQueried_IsOnlineAndSaysSoOnce()
    {
        var watch = Watch(device: true);
        watch.Check();
        await ReceiveAsync();

        _daw.Send([0xF0, 0x00, 0x00, 0x66, MackieProtocol.ModelMain, MackieProtocol.DeviceQuery, 0xF7]);
        await ReceiveAsync(); // the answer: the query has been handled
        watch.Check();
        watch.Check();

        Assert.True(watch.Online);
        var line = Assert.Single(_log);
        Assert.Equal((5, "mackie-control daw mcu: online (the DAW talks on gadget; 1 device queries answered)"), line);
    }

    [Fact]
    public async Task Check_PortLostAndBack_CountsBothGoesOfflineAndSaysHelloAgain()
    {
        var watch = Watch(device: true);
        watch.Check();
        await ReceiveAsync();
        _daw.Send([0xF0, 0x00, 0x00, 0x66, MackieProtocol.ModelMain, MackieProtocol.DeviceQuery, 0xF7]);
        await ReceiveAsync();
        watch.Check();

        _ours.Disconnect();
        watch.Check();
        var offline = !watch.Online;
        _ours.Reconnect();
        watch.Check();
        var hello = await ReceiveAsync();

        Assert.True(offline);
        Assert.False(watch.Online); // back, but the DAW has not talked yet
        Assert.Equal((1, 2, 2), (watch.Lost, watch.Opens, watch.Hellos));
        Assert.Equal(MackieProtocol.HostConnectionQuery, hello[5]);
        Assert.Contains(_log, l => l is (4, "mackie-control daw mcu: gadget lost (device gone: unplugged or torn down; 1 so far); reopening it when it is back"));
        Assert.Contains(_log, l => l is (5, "mackie-control daw mcu: gadget back (reopened 1 times); saying hello to the DAW"));
    }

    private async Task<byte[]> ReceiveAsync()
    {
        var buffer = new byte[64];
        var n = await _daw.ReceiveAsync(buffer, TestContext.Current.CancellationToken).AsTask().WaitAsync(Bound, TestContext.Current.CancellationToken);
        return buffer[..n];
    }
}
