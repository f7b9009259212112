using System.Globalization;
using ControlSurface.Core.Engine;

namespace ControlSurface.Core.Takes;

/// <summary>The producer's take workflow: songs with numbered takes, driven by take actions, kept on a take sheet.</summary>
/// <remarks>
/// Not thread-safe: the engine owns it and calls <see cref="Apply"/> on its own thread. Every action
/// that changes the sheet writes it through <see cref="ITakeSheet"/> at once. Time comes only from the
/// <see cref="TimeProvider"/>; timeline positions from <see cref="ITakeTransport"/>.
/// </remarks>
public sealed class TakeSession
{
    private readonly ITakeTransport _transport;
    private readonly ITakeSheet _sheet;
    private readonly TimeProvider _time;
    private readonly TakeSessionOptions _options;
    private readonly List<string> _songs;
    private readonly List<Take> _takes;
    private int _song;
    private int? _selected;

    /// <summary>Opens a session over a sheet, continuing its songs and take numbers.</summary>
    public TakeSession(ITakeTransport transport, ITakeSheet sheet, TimeProvider time, TakeSessionOptions? options = null)
    {
        _transport = transport ?? throw new ArgumentNullException(nameof(transport));
        _sheet = sheet ?? throw new ArgumentNullException(nameof(sheet));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _options = options ?? new TakeSessionOptions();
        var contents = sheet.Load();
        _songs = [.. contents.Songs];
        // A take still "recording" on a freshly opened sheet belongs to a process that died.
        _takes = [.. contents.Takes.Select(t => t.Status == TakeStatus.Recording ? t with { Status = TakeStatus.Interrupted } : t)];
        foreach (var name in (_options.Songs is { Count: > 0 } s ? s : _songs.Count == 0 ? [TakeSessionOptions.NewSongName(1)] : []).Concat(_takes.Select(t => t.Song)))
            AddSong(name);
        var latest = _takes.Count == 0 ? null : _takes.MaxBy(t => t.StartedAt);
        _song = latest is null ? 0 : _songs.IndexOf(latest.Song);
    }

    /// <summary>The current song.</summary>
    public string Song => _songs[_song];

    /// <summary>All songs, in order.</summary>
    public IReadOnlyList<string> Songs => _songs;

    /// <summary>True while armed: the next Record starts a take.</summary>
    public bool Armed { get; private set; }

    /// <summary>The take being recorded, or null.</summary>
    public Take? Recording { get; private set; }

    /// <summary>The take that keeper, reject, rate and marker apply to: the recording take, else the one last stopped or played, else the song's last.</summary>
    public Take? Current => Recording ?? (_selected is { } n ? Find(Song, n) : null) ?? TakesOfSong.LastOrDefault();

    /// <summary>The current song's takes by number.</summary>
    public IReadOnlyList<Take> TakesOfSong => [.. _takes.Where(t => t.Song == Song).OrderBy(t => t.Number)];

    /// <summary>Every take on the sheet.</summary>
    public IReadOnlyList<Take> AllTakes => _takes;

    /// <summary>Counts changes; feedback re-renders when it moves.</summary>
    public int Version { get; private set; }

    /// <summary>Applies one action; returns what it did or why it was ignored.</summary>
    public TakeResult Apply(in TakeAction action)
    {
        var result = action.Kind switch
        {
            TakeActionKind.Arm => ToggleArm(),
            TakeActionKind.Record => Recording is null ? StartTake() : StopTake(TakeStatus.Complete),
            TakeActionKind.StopKeep => StopTake(TakeStatus.Complete),
            TakeActionKind.StopDiscard => StopTake(TakeStatus.Discarded),
            TakeActionKind.PlayLast => Play(TakesOfSong.LastOrDefault(t => t.Status != TakeStatus.Discarded), "no take to play yet"),
            TakeActionKind.PlayTake => Play(Find(Song, action.Argument), $"{Song} has no take {action.Argument}"),
            TakeActionKind.MarkKeeper => Judge(TakeVerdict.Keeper),
            TakeActionKind.MarkReject => Judge(TakeVerdict.Reject),
            TakeActionKind.Rate => Rate(action.Argument),
            TakeActionKind.Marker => DropMarker(action.Note),
            TakeActionKind.UndoLast => Undo(),
            TakeActionKind.NextSong => ChangeSong(+1),
            TakeActionKind.PreviousSong => ChangeSong(-1),
            _ => TakeResult.Ignored($"unknown take action {(int)action.Kind}"),
        };
        if (result.Applied)
            Version++;
        return result;
    }

    /// <summary>Moves to the song named <paramref name="name"/>, adding it after the last song when it is new.</summary>
    public TakeResult GoToSong(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (Recording is not null)
            return TakeResult.Ignored("recording: stop the take before changing song");
        AddSong(name.Trim());
        _song = _songs.IndexOf(name.Trim());
        _selected = null;
        Version++;
        return new(true, $"song: {Song}");
    }

    private TakeResult ToggleArm()
    {
        if (Recording is not null)
            return TakeResult.Ignored("recording: stop the take before disarming");
        Armed = !Armed;
        return new(true, Armed ? "armed" : "disarmed");
    }

    private TakeResult StartTake()
    {
        if (_options.RequireArm && !Armed)
            return TakeResult.Ignored("not armed: hit Arm first");
        var start = _transport.Position;
        // Record enable, then roll: a Mackie DAW needs both; the built-in transport already rolls on Record.
        _transport.Send(new ModelAddress(Parameter.Record), 1);
        _transport.Send(new ModelAddress(Parameter.Play), 1);
        var number = _takes.Where(t => t.Song == Song).Select(t => t.Number).DefaultIfEmpty(0).Max() + 1;
        var take = new Take(Song, number, TakeStatus.Recording, start, null, _transport.SampleRate, _time.GetUtcNow(), null,
            [.. _transport.ArmedTracks], 0, TakeVerdict.None, []);
        _takes.Add(take);
        Recording = take;
        _selected = number;
        _sheet.SaveTake(take);
        return new(true, $"{Song} take {number} recording", take);
    }

    private TakeResult StopTake(TakeStatus status)
    {
        if (Recording is not { } take)
            return TakeResult.Ignored("not recording");
        // Stop also drops record enable (the built-in transport and Ardour both do), so no Record 0 follows.
        _transport.Send(new ModelAddress(Parameter.Stop), 1);
        var stopped = Replace(take, take with { Status = status, EndSample = _transport.Position, EndedAt = _time.GetUtcNow() });
        Recording = null;
        return new(true, $"{Song} take {take.Number} {(status == TakeStatus.Discarded ? "discarded" : "kept")}", stopped);
    }

    private TakeResult Play(Take? take, string missing)
    {
        if (Recording is not null)
            return TakeResult.Ignored("recording: stop the take before playing one back");
        if (take is null)
            return TakeResult.Ignored(missing);
        _transport.Send(new ModelAddress(Parameter.Locate), take.StartSample);
        _transport.Send(new ModelAddress(Parameter.Play), 1);
        _selected = take.Number;
        return new(true, $"{Song} take {take.Number} playing", take);
    }

    private TakeResult Judge(TakeVerdict verdict)
    {
        if (Current is not { } take)
            return TakeResult.Ignored("no take to mark yet");
        var next = take.Verdict == verdict ? TakeVerdict.None : verdict;
        var updated = Replace(take, take with { Verdict = next });
        return new(true, $"{Song} take {take.Number} {(next == TakeVerdict.None ? "unmarked" : next == TakeVerdict.Keeper ? "keeper" : "rejected")}", updated);
    }

    private TakeResult Rate(int stars)
    {
        if (stars is < 1 or > 5)
            return TakeResult.Ignored($"rating must be 1 to 5, got {stars}");
        if (Current is not { } take)
            return TakeResult.Ignored("no take to rate yet");
        var updated = Replace(take, take with { Rating = stars });
        return new(true, string.Create(CultureInfo.InvariantCulture, $"{Song} take {take.Number} rated {stars}"), updated);
    }

    private TakeResult DropMarker(string? note)
    {
        if (string.IsNullOrWhiteSpace(note))
            return TakeResult.Ignored("a marker needs a note");
        if (Current is not { } take)
            return TakeResult.Ignored("no take to mark yet");
        var marker = new TakeMarker(_transport.Position, _time.GetUtcNow(), note.Trim());
        var updated = Replace(take, take with { Markers = [.. take.Markers, marker] });
        return new(true, $"{Song} take {take.Number} marker \"{marker.Note}\"", updated);
    }

    private TakeResult Undo()
    {
        var last = TakesOfSong.LastOrDefault();
        if (last is null)
            return TakeResult.Ignored("no take to undo");
        if (Recording is not null)
        {
            _transport.Send(new ModelAddress(Parameter.Stop), 1);
            Recording = null;
        }
        _takes.Remove(last);
        if (_selected == last.Number)
            _selected = null;
        _sheet.DeleteTake(last.Song, last.Number);
        return new(true, $"{Song} take {last.Number} removed", last);
    }

    private TakeResult ChangeSong(int step)
    {
        if (Recording is not null)
            return TakeResult.Ignored("recording: stop the take before changing song");
        var next = _song + step;
        if (next < 0)
            return TakeResult.Ignored("already at the first song");
        if (next >= _songs.Count)
            AddSong(TakeSessionOptions.NewSongName(_songs.Count + 1));
        _song = next;
        _selected = null;
        return new(true, $"song: {Song}");
    }

    private void AddSong(string name)
    {
        if (_songs.Contains(name))
            return;
        _songs.Add(name);
        _sheet.SaveSong(name);
    }

    private Take? Find(string song, int number) => _takes.Find(t => t.Song == song && t.Number == number);

    private Take Replace(Take old, Take updated)
    {
        _takes[_takes.IndexOf(old)] = updated;
        if (ReferenceEquals(Recording, old))
            Recording = updated;
        _sheet.SaveTake(updated);
        return updated;
    }
}
