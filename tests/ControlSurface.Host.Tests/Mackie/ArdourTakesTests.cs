using System.Globalization;
using ControlSurface.Core.Mapping;
using ControlSurface.Core.Takes;
using ControlSurface.Host.Takes;

namespace ControlSurface.Host.Tests.Mackie;

/// <summary>The producer's take workflow with a DAW target: pads on the simulated board (real pty) drive Ardour's
/// transport through Mackie Control (and its locates through Ardour's OSC surface), and the takes land in the SQLite
/// sheet on disk. Ardour is read back over its own OSC surface.</summary>
/// <remarks>
/// Both tests share one Ardour and one sheet, in either order: each arms only when the session is not armed yet,
/// and waits for transport events that happened after its own pad hits (<see cref="Tests.Ardour.OscProbe.Mark"/>), never
/// for a latest state that an earlier test (or a brief blip) may have left.
/// </remarks>
[Collection(ArdourCollection.Name)]
public sealed class ArdourTakesTests(ArdourBridgeFixture ardour) : IClassFixture<ArdourBridgeFixture>
{
    // The fixture's pad layout: 0 arm, 1 record (again: stop and keep), 2 undo, 4 keeper, 7 next song, 11 rate 4, 14 play take 1.
    private const int Arm = 0, Record = 1, Undo = 2, Keeper = 4, NextSong = 7, Rate4 = 11, PlayTake1 = 14;
    private const int Attempts = 3;
    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(5);
    private const int SampleRate = 48_000;
    private static readonly string[] Transport = ["/rec_enable_toggle", "/transport_play", "/transport_stop", "/record_tally"];

    [Fact]
    public async Task PadsRecordAKeeper_ArdourRecordsThenStops_AndTheSheetHoldsTheTake()
    {
        Assert.SkipWhen(ardour.Peer is null, ardour.SkipReason);
        var board = ardour.Board!;
        await ArmAsync();

        await RecordTakeAsync(seconds: 0.2);
        board.HitPad(Keeper, 1.0);
        board.HitPad(Rate4, 1.0);

        Take? take = null;
        await ardour.WaitUntilAsync(() =>
        {
            take = Sheet().MaxBy(t => t.StartedAt);
            return take is { Status: TakeStatus.Complete, Verdict: TakeVerdict.Keeper, Rating: 4 };
        }, () => $"the sheet at {ardour.TakesDb} holds the take just recorded, complete, keeper, rated 4 (latest: {take})");
        Assert.True(take!.EndSample > take.StartSample);
        Assert.NotNull(take.EndedAt);
    }

    [Fact]
    public async Task PlayTake1PadAfterTwoTakes_ArdourLocatesToTake1sStartAndRolls()
    {
        Assert.SkipWhen(ardour.Peer is null, ardour.SkipReason);
        var osc = ardour.Osc!;
        var board = ardour.Board!;
        // A song of its own, so its takes are numbered from 1 whatever ran before on this Ardour.
        board.HitPad(NextSong, 1.0);
        await ArmAsync();
        // Roll a little first: take 1 then starts at a sample only a real locate gets back to.
        var mark = osc.Mark;
        var from = LatestPosition();
        board.Click(StandardBoard.Play);
        await osc.WaitForEventAsync("/transport_play", 0, mark, a => a is [1.0f], ArdourBridgeFixture.Timeout, ardour.Peer!.ThrowIfDead);
        await WaitForPositionAsync(mark, p => p >= from + SampleRate / 4, "a quarter second on");
        mark = osc.Mark;
        board.Click(StandardBoard.Stop);
        await StoppedAsync(mark);

        // Whether Ardour recorded audio is the other test's matter (its retries): here only where the takes lie counts.
        await RecordTakeAsync(seconds: 1, mustRecord: false);
        await RecordTakeAsync(seconds: 1, mustRecord: false);
        IReadOnlyList<Take> song = [];
        await ardour.WaitUntilAsync(() =>
        {
            var all = Sheet();
            var latest = all.MaxBy(t => t.StartedAt);
            song = latest is null ? [] : [.. all.Where(t => t.Song == latest.Song).OrderBy(t => t.Number)];
            return song is [{ Number: 1, Status: TakeStatus.Complete }, { Number: 2, Status: TakeStatus.Complete }];
        }, () => $"the sheet holds takes 1 and 2 of the new song, both complete (now: {string.Join("; ", song)})");
        var start = song[0].StartSample;
        var before = LatestPosition();

        mark = osc.Mark;
        board.HitPad(PlayTake1, 1.0);

        // Ardour's own word: its playhead jumps back to take 1's start (reported within half a second of it), and it rolls.
        var at = await WaitForPositionAsync(mark, p => p >= start && p < start + SampleRate / 2, $"in [{start}, {start + SampleRate / 2}) (take 1's start)");
        await osc.WaitForEventAsync("/transport_play", 0, mark, a => a is [1.0f], ArdourBridgeFixture.Timeout, ardour.Peer.ThrowIfDead);
        Assert.True(start > 0, $"take 1 starts at sample {start}, after the roll before it");
        Assert.False(before >= start && before < start + SampleRate / 2, $"before the pad Ardour was at {before}, already where take 1 starts ({start})");
        Assert.InRange(at, start, start + SampleRate / 2);
        // One locate, plus one for each time the sender found Ardour's playhead elsewhere and sent it again.
        var locate = ardour.Mackie!.Locate;
        Assert.Equal((1 + locate.Retried, 0L, 0L), (locate.Sent, locate.Unsupported, locate.Failed));
        mark = osc.Mark;
        board.Click(StandardBoard.Stop);
        await StoppedAsync(mark);
    }

    /// <summary>Makes sure Ardour listens and is stopped, then hits Arm unless the session is armed already (Arm toggles),
    /// and waits until it is.</summary>
    /// <remarks>
    /// Once per Ardour: Play on the board until Ardour says it rolls (at most 3 clicks, each waited for 5 s), then Stop.
    /// Under load, Ardour 7.3 sometimes ignores the first button presses right after its Mackie handshake (the bridge
    /// sent them: seen with jack_midi_dump on our port), and its first record after start can lose record enable as
    /// the roll starts; a warm-up roll gets both out of the way before the take workflow is what is tested.
    /// </remarks>
    private async Task ArmAsync()
    {
        var osc = ardour.Osc!;
        var board = ardour.Board!;
        for (var click = 1; !ardour.ArdourListens; click++)
        {
            var mark = osc.Mark;
            board.Click(StandardBoard.Play);
            try
            {
                await osc.WaitForEventAsync("/transport_play", 0, mark, a => a is [1.0f], TimeSpan.FromSeconds(5), ardour.Peer!.ThrowIfDead);
                ardour.ArdourListens = true;
            }
            catch (TimeoutException) when (click < 3)
            {
                // Not yet: click again.
            }
        }
        if (osc.Latest("/transport_stop") is not [1.0f] || osc.Latest("/transport_play") is [1.0f])
        {
            var mark = osc.Mark;
            board.Click(StandardBoard.Stop);
            await StoppedAsync(mark);
        }
        if (!ardour.TakesArmed)
            board.HitPad(Arm, 1.0);
        await ardour.WaitUntilAsync(() => ardour.TakesArmed, "the take session is armed");
    }

    /// <summary>Record pad, <paramref name="seconds"/> of recording by Ardour's own playhead, record pad again (stop and
    /// keep); each step waits for Ardour to say it happened.</summary>
    /// <remarks>
    /// Ardour 7.3 on a loaded machine (load 20 on 2 cores) sometimes turns record enable off again in the millisecond its
    /// transport starts, or ignores the presses altogether (over Mackie Control only; the bridge sent exactly REC and
    /// PLAY, seen with jack_midi_dump). The take is then undone with the undo pad and played again, as a producer
    /// would, up to <see cref="Attempts"/> times; the sheet then holds only the take Ardour recorded.
    /// </remarks>
    /// <param name="seconds">How far Ardour's playhead moves during the take.</param>
    /// <param name="mustRecord">Whether Ardour must have recorded; false where only the take's place on the timeline matters.</param>
    private async Task RecordTakeAsync(double seconds, bool mustRecord = true)
    {
        var osc = ardour.Osc!;
        var lost = new List<string>();
        for (var attempt = 1; ; attempt++)
        {
            var mark = osc.Mark;
            var from = LatestPosition();
            ardour.Board!.HitPad(Record, 1.0);
            try
            {
                await osc.WaitForEventAsync("/transport_play", 0, mark, a => a is [1.0f], AttemptTimeout, ardour.Peer!.ThrowIfDead);
                await WaitForPositionAsync(mark, p => p >= from + (long)(seconds * SampleRate), $"{seconds} s past {from}");
                // Ardour kept recording all along: record enabled and rolling, as the take ends.
                if (!mustRecord || osc.Latest("/rec_enable_toggle") is [1.0f] && osc.Latest("/transport_play") is [1.0f])
                    break;
                lost.Add($"rolled without recording: {osc.History(mark, Transport)}");
            }
            catch (TimeoutException e)
            {
                lost.Add($"{e.Message}; since the record pad: {osc.History(mark, Transport)}; Mackie port {ardour.Mackie!.Ports[0].Counters.ToJson()}");
            }
            Assert.True(attempt < Attempts, $"Ardour did not record in {Attempts} takes: {string.Join(" | ", lost)}; sheet: [{string.Join("; ", Sheet())}]");
            var undo = osc.Mark;
            ardour.Board.HitPad(Undo, 1.0);
            await ardour.WaitUntilAsync(() => !ardour.TakeRecording, "the take session undid the take");
            if (osc.Latest("/transport_stop") is not [1.0f])
                await StoppedAsync(undo);
        }
        var stop = osc.Mark;
        ardour.Board.HitPad(Record, 1.0);
        await StoppedAsync(stop);
    }

    /// <summary>Waits until Ardour has really stopped since <paramref name="mark"/>: it says "stopped" and has dropped record
    /// enable. /transport_play 0 alone comes as the stop begins; a Record that arrives before the stop completes is
    /// taken as a punch-in, and the next roll then turns record off again (Ardour's start_transport: Recording → Disabled).</summary>
    private async Task StoppedAsync(int mark)
    {
        var osc = ardour.Osc!;
        try
        {
            await osc.WaitForEventAsync("/transport_stop", 0, mark, a => a is [1.0f], ArdourBridgeFixture.Timeout, ardour.Peer!.ThrowIfDead);
            await ardour.WaitUntilAsync(() => osc.Latest("/transport_stop") is [1.0f] && osc.Latest("/rec_enable_toggle") is null or [0.0f],
                () => $"Ardour stopped with record off ({osc.History(mark, Transport)})");
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{e.Message}; since the stop: {osc.History(mark, Transport)}", e);
        }
    }

    private IReadOnlyList<Take> Sheet()
    {
        using var sheet = SqliteTakeSheet.OpenForReading(ardour.TakesDb!);
        return sheet.Load().Takes;
    }

    /// <summary>Ardour's last reported playhead (it reports when the playhead moves), 0 before its first report.</summary>
    private long LatestPosition() =>
        ardour.Osc!.Latest("/position/samples") is [string s] ? long.Parse(s, CultureInfo.InvariantCulture) : 0;

    private async Task<long> WaitForPositionAsync(int mark, Func<long, bool> match, string what)
    {
        var osc = ardour.Osc!;
        try
        {
            var args = await osc.WaitForEventAsync("/position/samples", 0, mark,
                a => a is [string s] && long.TryParse(s, CultureInfo.InvariantCulture, out var p) && match(p), ArdourBridgeFixture.Timeout, ardour.Peer!.ThrowIfDead);
            return long.Parse((string)args[0], CultureInfo.InvariantCulture);
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{e.Message}; wanted a position {what}; Ardour since the pad: {osc.History(mark, [.. Transport, "/position/samples"])}; " +
                $"the whole test: {osc.History(0, Transport)}; " +
                $"locates sent {ardour.Mackie!.Locate.Sent}, failed {ardour.Mackie.Locate.Failed}", e);
        }
    }
}
