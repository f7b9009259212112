using ControlSurface.Midi.Profiles;

namespace ControlSurface.Midi.Tests.Profiles;

public sealed class PortPatternTests
{
    [Theory]
    [InlineData("nanoKONTROL2*", "nanoKONTROL2 MIDI 1", true)]
    [InlineData("nanoKONTROL2*", "NANOKONTROL2", true)]
    [InlineData("*MPD218*", "system:midi_capture_3 MPD218 Port A", true)]
    [InlineData("MPD21?", "MPD218", true)]
    [InlineData("MPD21?", "MPD2188", false)]
    [InlineData("*LPMiniMK3 MIDI*", "LPMiniMK3 DAW", false)]
    public void IsMatch_WildcardsAndCase(string pattern, string name, bool expected)
    {
        Assert.Equal(expected, PortPattern.IsMatch(pattern, name));
    }
}
