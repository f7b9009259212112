using ControlSurface.Core.Engine;
using ControlSurface.Core.Takes;
using ControlSurface.Host.Takes;
using Microsoft.Extensions.Time.Testing;

namespace ControlSurface.Host.Tests.Takes;

/// <summary>Writes a known session into a sheet through the real take session: two songs, keepers, ratings, markers, a discard.</summary>
internal static class SampleSheet
{
    public static readonly DateTimeOffset Start = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    private sealed class Transport : ITakeTransport
    {
        public long Position { get; set; }

        public int SampleRate => 48_000;

        public IReadOnlyList<int> ArmedTracks => [0, 3];

        public void Send(ModelAddress address, double value)
        {
        }
    }

    public static void Write(string path)
    {
        var time = new FakeTimeProvider(Start);
        var transport = new Transport();
        using var sheet = SqliteTakeSheet.OpenForWriting(path);
        var s = new TakeSession(transport, sheet, time, new TakeSessionOptions(["Ballad"]));
        void Do(TakeActionKind kind, int arg = 0, string? note = null) => s.Apply(new TakeAction(kind, arg, note));
        void Take(long from, long to, double seconds)
        {
            transport.Position = from;
            Do(TakeActionKind.Record);
            time.Advance(TimeSpan.FromSeconds(seconds));
            transport.Position = to;
            Do(TakeActionKind.StopKeep);
            time.Advance(TimeSpan.FromSeconds(30));
        }

        Do(TakeActionKind.Arm);
        Take(48_000, 48_000 * 181, 180);                       // Ballad 1: 1.0 s -> 181.0 s
        transport.Position = 48_000 * 61;
        Do(TakeActionKind.Record);                             // Ballad 2, with two markers, discarded
        transport.Position = 48_000 * 70;
        Do(TakeActionKind.Marker, note: "pitch");
        transport.Position = 48_000 * 75;
        Do(TakeActionKind.Marker, note: "timing, late");
        Do(TakeActionKind.StopDiscard);
        Take(48_000, 48_000 * 180, 179);                       // Ballad 3: keeper, 5 stars, "great"
        Do(TakeActionKind.MarkKeeper);
        Do(TakeActionKind.Rate, 5);
        Do(TakeActionKind.PlayTake, 3);
        transport.Position = 48_000 * 100;
        Do(TakeActionKind.Marker, note: "great");
        Do(TakeActionKind.NextSong);                           // Song 2 take 1: rejected, 2 stars
        Take(0, 48_000 * 60, 60);
        Do(TakeActionKind.MarkReject);
        Do(TakeActionKind.Rate, 2);
    }
}
