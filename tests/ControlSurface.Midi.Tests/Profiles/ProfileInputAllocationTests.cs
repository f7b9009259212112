using ControlSurface.Core.Surfaces;
using ControlSurface.Midi.Codec;
using ControlSurface.Midi.Profiles;

namespace ControlSurface.Midi.Tests.Profiles;

/// <summary>Decoding a controller's bytes through a profile allocates nothing per message.</summary>
public sealed class ProfileInputAllocationTests
{
    [Theory]
    [InlineData("nanokontrol2")]
    [InlineData("mpd218")]
    [InlineData("launchpad-mini-mk3")]
    [InlineData("x-touch-mini")]
    public void Feed_RandomChannelTraffic_AllocatesNothing(string name)
    {
        Assert.True(BuiltInProfiles.TryGet(name, out var profile));
        var input = new ProfileInput(new ProfileDecoder(profile));
        var random = new Random(5);
        var bytes = new byte[30_000];
        for (var i = 0; i < bytes.Length; i += 3)
        {
            // Note on/off, CC and channel pressure on channels 1, 10 and 11: what these devices send.
            bytes[i] = (byte)((random.Next(3) switch { 0 => 0x90, 1 => 0xB0, _ => 0x80 }) | random.Next(3) switch { 0 => 0, 1 => 9, _ => 10 });
            bytes[i + 1] = (byte)random.Next(128);
            bytes[i + 2] = (byte)random.Next(128);
        }
        var sink = new Counting();
        input.Feed(bytes, ref sink);

        var before = GC.GetAllocatedBytesForCurrentThread();
        input.Feed(bytes, ref sink);
        input.Feed(bytes, ref sink);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.True(sink.Events > 100, $"{sink.Events} events");
    }

    private struct Counting : IControlEventSink
    {
        public int Events;

        public void OnControl(in ControlEvent controlEvent) => Events++;

        public void OnUnclaimed(in MidiMessage message)
        {
        }
    }
}
