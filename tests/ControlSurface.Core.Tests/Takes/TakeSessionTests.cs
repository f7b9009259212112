using ControlSurface.Core.Engine;
using ControlSurface.Core.Takes;
using Microsoft.Extensions.Time.Testing;

namespace ControlSurface.Core.Tests.Takes;

public sealed class TakeSessionTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _time = new(Start);
    private readonly FakeTransport _transport = new();
    private readonly InMemoryTakeSheet _sheet = new();

    private TakeSession NewSession(TakeSessionOptions? options = null) => new(_transport, _sheet, _time, options);

    private static TakeAction A(TakeActionKind kind, int arg = 0, string? note = null) => new(kind, arg, note);

    private TakeSession RecordOneTake(long from = 48_000, long to = 480_000)
    {
        var s = NewSession();
        s.Apply(A(TakeActionKind.Arm));
        _transport.Position = from;
        s.Apply(A(TakeActionKind.Record));
        _time.Advance(TimeSpan.FromSeconds(9));
        _transport.Position = to;
        s.Apply(A(TakeActionKind.StopKeep));
        return s;
    }

    [Fact]
    public void Record_WhenNotArmed_IsIgnoredAndTouchesNothing()
    {
        var s = NewSession();

        var r = s.Apply(A(TakeActionKind.Record));

        Assert.False(r.Applied);
        Assert.Contains("not armed", r.Message, StringComparison.Ordinal);
        Assert.Empty(_transport.Sent);
        Assert.Null(s.Recording);
    }

    [Fact]
    public void Record_WhenArmed_StartsTakeOneWithPositionClockAndArmedTracks()
    {
        var s = NewSession();
        s.Apply(A(TakeActionKind.Arm));
        _transport.Position = 96_000;
        _transport.ArmedTracks = [2, 5];

        var r = s.Apply(A(TakeActionKind.Record));

        Assert.True(r.Applied);
        var take = Assert.Single(_sheet.Load().Takes);
        Assert.Equal(("Song 1", 1, TakeStatus.Recording, 96_000L, Start), (take.Song, take.Number, take.Status, take.StartSample, take.StartedAt));
        Assert.Equal([2, 5], take.ArmedTracks);
        Assert.Equal([(Parameter.Record, 1.0), (Parameter.Play, 1.0)], _transport.Sent);
        Assert.Same(s.Recording, s.Current);
    }

    [Fact]
    public void Record_WhileRecording_StopsAndKeepsWithEndPositionAndClock()
    {
        var s = NewSession();
        s.Apply(A(TakeActionKind.Arm));
        s.Apply(A(TakeActionKind.Record));
        _time.Advance(TimeSpan.FromSeconds(12));
        _transport.Position = 576_000;

        s.Apply(A(TakeActionKind.Record));

        var take = Assert.Single(_sheet.Load().Takes);
        Assert.Equal(TakeStatus.Complete, take.Status);
        Assert.Equal(576_000L, take.EndSample);
        Assert.Equal(Start.AddSeconds(12), take.EndedAt);
        Assert.Equal(TimeSpan.FromSeconds(12), take.Length);
        Assert.Equal((Parameter.Stop, 1.0), _transport.Sent[^1]);
        Assert.True(s.Armed);
    }

    [Fact]
    public void StopDiscard_KeepsTheTakeListedAsDiscarded_AndTheNextTakeIsNumberTwo()
    {
        var s = NewSession();
        s.Apply(A(TakeActionKind.Arm));
        s.Apply(A(TakeActionKind.Record));
        s.Apply(A(TakeActionKind.StopDiscard));

        s.Apply(A(TakeActionKind.Record));

        Assert.Equal([TakeStatus.Discarded, TakeStatus.Recording], s.TakesOfSong.Select(t => t.Status));
        Assert.Equal(2, s.Recording!.Number);
    }

    [Fact]
    public void PlayLast_LocatesToTheLastKeptTakeAndPlays_SkippingDiscarded()
    {
        var s = RecordOneTake(from: 48_000);
        _transport.Position = 900_000;
        s.Apply(A(TakeActionKind.Record));
        s.Apply(A(TakeActionKind.StopDiscard));
        _transport.Sent.Clear();

        var r = s.Apply(A(TakeActionKind.PlayLast));

        Assert.Equal(1, r.Take!.Number);
        Assert.Equal([(Parameter.Locate, 48_000.0), (Parameter.Play, 1.0)], _transport.Sent);
    }

    [Fact]
    public void PlayTake_SelectsThatTake_SoVerdictAndRatingApplyToIt()
    {
        var s = RecordOneTake(from: 1_000);
        _transport.Position = 2_000;
        s.Apply(A(TakeActionKind.Record));
        s.Apply(A(TakeActionKind.StopKeep));

        s.Apply(A(TakeActionKind.PlayTake, 1));
        s.Apply(A(TakeActionKind.MarkKeeper));
        s.Apply(A(TakeActionKind.Rate, 4));

        var first = s.TakesOfSong[0];
        Assert.Equal((TakeVerdict.Keeper, 4), (first.Verdict, first.Rating));
        Assert.Equal(TakeVerdict.None, s.TakesOfSong[1].Verdict);
        Assert.Contains((Parameter.Locate, 1_000.0), _transport.Sent);
    }

    [Fact]
    public void PlayTake_WhenTheNumberDoesNotExist_IsIgnored()
    {
        var s = RecordOneTake();

        var r = s.Apply(A(TakeActionKind.PlayTake, 7));

        Assert.False(r.Applied);
        Assert.Contains("no take 7", r.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MarkKeeper_Twice_ClearsTheVerdict_AndRejectReplacesKeeper()
    {
        var s = RecordOneTake();

        s.Apply(A(TakeActionKind.MarkKeeper));
        Assert.True(s.Current!.IsKeeper);
        s.Apply(A(TakeActionKind.MarkReject));
        Assert.Equal(TakeVerdict.Reject, s.Current!.Verdict);
        s.Apply(A(TakeActionKind.MarkReject));

        Assert.Equal(TakeVerdict.None, _sheet.Load().Takes[0].Verdict);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void Rate_OutsideOneToFive_IsIgnored(int stars)
    {
        var s = RecordOneTake();

        Assert.False(s.Apply(A(TakeActionKind.Rate, stars)).Applied);
        Assert.Equal(0, s.Current!.Rating);
    }

    [Fact]
    public void Marker_DuringATake_LandsAtTheTransportPositionWithTheNoteAndClock()
    {
        var s = NewSession();
        s.Apply(A(TakeActionKind.Arm));
        s.Apply(A(TakeActionKind.Record));
        _transport.Position = 123_456;
        _time.Advance(TimeSpan.FromSeconds(3));

        s.Apply(A(TakeActionKind.Marker, note: "pitch"));
        s.Apply(A(TakeActionKind.Marker, note: "my own words"));

        var take = _sheet.Load().Takes[0];
        Assert.Equal(new TakeMarker(123_456, Start.AddSeconds(3), "pitch"), take.Markers[0]);
        Assert.Equal("pitch, my own words", take.Notes);
    }

    [Fact]
    public void Marker_WithNoTake_IsIgnored()
    {
        var s = NewSession();

        Assert.False(s.Apply(A(TakeActionKind.Marker, note: "great")).Applied);
    }

    [Fact]
    public void UndoLast_WhileRecording_StopsTheTransportAndFreesTheNumber()
    {
        var s = RecordOneTake();
        s.Apply(A(TakeActionKind.Record));
        _transport.Sent.Clear();

        s.Apply(A(TakeActionKind.UndoLast));
        s.Apply(A(TakeActionKind.Record));

        Assert.Equal((Parameter.Stop, 1.0), _transport.Sent[0]);
        Assert.Equal([1, 2], s.TakesOfSong.Select(t => t.Number));
        Assert.Equal(2, _sheet.Load().Takes.Count);
    }

    [Fact]
    public void NextSong_AfterTheLast_CreatesTheNextSong_AndTakesNumberFromOneThere()
    {
        var s = RecordOneTake();

        s.Apply(A(TakeActionKind.NextSong));
        s.Apply(A(TakeActionKind.Record));

        Assert.Equal(["Song 1", "Song 2"], s.Songs);
        Assert.Equal(("Song 2", 1), (s.Recording!.Song, s.Recording.Number));
        Assert.Equal(["Song 1", "Song 2"], _sheet.Load().Songs);
    }

    [Fact]
    public void SongChanges_WhileRecording_OrBeforeTheFirst_AreIgnored()
    {
        var s = NewSession(new TakeSessionOptions(["Intro", "Verse"]));
        Assert.False(s.Apply(A(TakeActionKind.PreviousSong)).Applied);
        s.Apply(A(TakeActionKind.Arm));
        s.Apply(A(TakeActionKind.Record));

        Assert.False(s.Apply(A(TakeActionKind.NextSong)).Applied);
        Assert.Equal("Intro", s.Song);
    }

    [Fact]
    public void Arm_WhileRecording_IsIgnored()
    {
        var s = NewSession();
        s.Apply(A(TakeActionKind.Arm));
        s.Apply(A(TakeActionKind.Record));

        Assert.False(s.Apply(A(TakeActionKind.Arm)).Applied);
        Assert.True(s.Armed);
    }

    [Fact]
    public void Constructor_OverAnExistingSheet_ContinuesTheLatestSongAndItsNumbering()
    {
        RecordOneTake();
        var first = NewSession();
        first.Apply(A(TakeActionKind.NextSong));
        first.Apply(A(TakeActionKind.Arm));
        _time.Advance(TimeSpan.FromMinutes(1));
        first.Apply(A(TakeActionKind.Record));

        var reopened = NewSession();

        Assert.Equal("Song 2", reopened.Song);
        Assert.Equal(TakeStatus.Interrupted, reopened.TakesOfSong.Single().Status);
        reopened.Apply(A(TakeActionKind.Arm));
        Assert.Equal(2, reopened.Apply(A(TakeActionKind.Record)).Take!.Number);
    }

    [Fact]
    public void Apply_EveryChange_IsWrittenToTheSheetAtOnce_AndMovesTheVersion()
    {
        var s = NewSession();
        var writes = _sheet.Writes;
        s.Apply(A(TakeActionKind.Arm));
        var v = s.Version;

        s.Apply(A(TakeActionKind.Record));
        s.Apply(A(TakeActionKind.Marker, note: "timing"));
        s.Apply(A(TakeActionKind.Rate, 3));
        s.Apply(A(TakeActionKind.StopKeep));

        Assert.Equal(writes + 4, _sheet.Writes);
        Assert.Equal(v + 4, s.Version);
    }

    [Fact]
    public void RequireArmOff_RecordStartsATakeWithoutArming()
    {
        var s = NewSession(new TakeSessionOptions(RequireArm: false));

        Assert.True(s.Apply(A(TakeActionKind.Record)).Applied);
    }

    [Fact]
    public void GoToSong_AddsANewSongAtTheEnd_AndReturnsToAnOldOne()
    {
        var s = RecordOneTake();

        s.GoToSong("Bridge");
        s.GoToSong("Song 1");

        Assert.Equal(["Song 1", "Bridge"], s.Songs);
        Assert.Equal(("Song 1", 1), (s.Song, s.Current!.Number));
    }
}
