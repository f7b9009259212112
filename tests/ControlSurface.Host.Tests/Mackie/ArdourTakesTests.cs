using ControlSurface.Core.Takes;
using ControlSurface.Host.Takes;

namespace ControlSurface.Host.Tests.Mackie;

/// <summary>The producer's take workflow with a DAW target: pads on the simulated board (real pty) drive Ardour's
/// transport through Mackie Control, and the take lands in the SQLite sheet on disk.</summary>
[Collection(ArdourCollection.Name)]
public sealed class ArdourTakesTests(ArdourBridgeFixture ardour) : IClassFixture<ArdourBridgeFixture>
{
    // The default 16-pad layout: 0 arm, 1 record (again: stop and keep), 4 keeper, 11 rate 4.
    private const int Arm = 0, Record = 1, Keeper = 4, Rate4 = 11;

    [Fact]
    public async Task PadsRecordAKeeper_ArdourRecordsThenStops_AndTheSheetHoldsTheTake()
    {
        Assert.SkipWhen(ardour.Peer is null, ardour.SkipReason);
        var osc = ardour.Osc!;
        var board = ardour.Board!;

        board.HitPad(Arm, 1.0);
        board.HitPad(Record, 1.0);

        // Record enable, then roll: Ardour's global record and its transport both say so over OSC.
        try
        {
            await osc.WaitForAsync("/rec_enable_toggle", 0, a => a is [1.0f], ArdourBridgeFixture.Timeout, ardour.Peer!.ThrowIfDead);
        }
        catch (TimeoutException e)
        {
            using var sheet = SqliteTakeSheet.OpenForReading(ardour.TakesDb!);
            throw new TimeoutException($"{e.Message}; sheet: [{string.Join("; ", sheet.Load().Takes)}]; Mackie port {ardour.Mackie!.Ports[0].Counters.ToJson()}; REC LED {ardour.Mackie.Target.Units[0].Leds[0x5F]}", e);
        }
        await osc.WaitForAsync("/transport_play", 0, a => a is [1.0f], ArdourBridgeFixture.Timeout, ardour.Peer.ThrowIfDead);
        await ardour.WaitTicksAsync(20);

        board.HitPad(Record, 1.0);
        await osc.WaitForAsync("/transport_play", 0, a => a is [0.0f], ArdourBridgeFixture.Timeout, ardour.Peer.ThrowIfDead);
        board.HitPad(Keeper, 1.0);
        board.HitPad(Rate4, 1.0);

        Take? take = null;
        await ardour.WaitUntilAsync(() =>
        {
            using var sheet = SqliteTakeSheet.OpenForReading(ardour.TakesDb!);
            take = sheet.Load().Takes.SingleOrDefault();
            return take is { Status: TakeStatus.Complete, Verdict: TakeVerdict.Keeper, Rating: 4 };
        }, () => $"the sheet at {ardour.TakesDb} holds one complete keeper rated 4 (latest: {take})");
        Assert.True(take!.EndSample > take.StartSample);
        Assert.NotNull(take.EndedAt);
    }
}
