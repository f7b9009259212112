using ControlSurface.Core.Takes;
using ControlSurface.Host.Takes;

namespace ControlSurface.Host.Tests.Takes;

public sealed class BackgroundTakeSheetTests
{
    [Fact]
    public void Dispose_CommitsEveryQueuedWriteInOrder()
    {
        var inner = new InMemoryTakeSheet();
        var sheet = new BackgroundTakeSheet(inner);

        for (var i = 0; i < 100; i++)
            sheet.SaveSong($"Song {i}");
        sheet.Dispose();

        Assert.Equal(100, inner.Writes);
        Assert.Equal(Enumerable.Range(0, 100).Select(i => $"Song {i}"), inner.Load().Songs);
        Assert.Equal(0, sheet.Pending);
    }

    [Fact]
    public void AFailingWrite_IsReported_AndLaterWritesStillLand()
    {
        var inner = new FailingOnceSheet();
        var sheet = new BackgroundTakeSheet(inner);

        sheet.SaveSong("boom");
        sheet.SaveSong("Song 2");
        sheet.Dispose();

        Assert.Equal("disk full", sheet.LastError);
        Assert.Equal(["Song 2"], inner.Saved);
    }

    [Fact]
    public void WriteAfterDispose_IsWrittenInPlaceNotLost()
    {
        var inner = new InMemoryTakeSheet();
        var sheet = new BackgroundTakeSheet(inner);
        sheet.Dispose();

        sheet.SaveSong("late");

        Assert.Equal(["late"], inner.Load().Songs);
    }

    private sealed class FailingOnceSheet : ITakeSheet
    {
        public List<string> Saved { get; } = [];

        public TakeSheetContents Load() => TakeSheetContents.Empty;

        public void SaveSong(string song)
        {
            if (song == "boom")
                throw new TakeSheetException("disk full");
            Saved.Add(song);
        }

        public void SaveTake(Take take) => throw new InvalidOperationException("not used");

        public void DeleteTake(string song, int number) => throw new InvalidOperationException("not used");
    }
}
